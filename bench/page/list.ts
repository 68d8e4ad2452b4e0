// the list scenario, seen from the page: the app's own list engine (contact-list.ts) and repositories
// against the app's own database, on the main thread as the app runs them (the survey of the sort
// indexes in the anchors worker, as the app runs it). every figure is taken with a fresh database
// handle, because the engine caches plans, counts and anchors per handle and the user's first
// screen, search or count meets an empty cache.

import type { Contact, ContactQuery } from '../../src/lib/core/index';
import { createContact } from '../../src/lib/core/index';
import { SORT_INDEXES, countMatching, pageAt, warmList } from '../../src/lib/db/contact-list';
import { addToList, deleteContacts, saveContact } from '../../src/lib/db/contacts-repo';
import {
	DEFAULT_DATABASE_NAME,
	openDatabase,
	type CarnetDatabase
} from '../../src/lib/db/database';
import { anchorsTable, readAnchors, setSurveyor } from '../../src/lib/db/list-anchors';
import { editsRow } from '../../src/lib/db/list-edits';
import { createList } from '../../src/lib/db/lists-repo';
import { fillSearchWordsInWorker, surveyInWorker } from '../../src/lib/jobs/anchors-job';
import { longTasksBetween } from './long-tasks';
import type { ListParams, PageMeasurement } from './protocol';
import { settle } from './timing';

const SCREEN = 50;
const SORTS: readonly ContactQuery['sort'][] = [
	'name',
	'email',
	'callingCode',
	'phone',
	'createdAt'
];
const DIRECTIONS: readonly ContactQuery['direction'][] = ['asc', 'desc'];
// deep, uneven places in the list: none is near an end the engine could walk from cheaply
const JUMPS: readonly number[] = [0.37, 0.73, 0.99];
// a common last-name prefix, a german mobile prefix and a first name with an initial
const SEARCHES: readonly string[] = ['mul', '0151', 'anna m'];
const COUNTS: readonly { label: string; query: ContactQuery }[] = [
	{ label: 'all', query: { sort: 'name', direction: 'asc' } },
	{ label: 'callingCode 49', query: { sort: 'name', direction: 'asc', callingCode: '49' } },
	{ label: 'hasEmail', query: { sort: 'name', direction: 'asc', hasEmail: true } }
];
const BY_NAME: ContactQuery = { sort: 'name', direction: 'asc' };
// new contacts go to the end of the creation order: the newest first is where a user looks for them
const NEWEST_FIRST: ContactQuery = { sort: 'createdAt', direction: 'desc' };
// an import writes batches of this many contacts, each in its own transaction
const BATCH = 2_000;
// saves that rename, each of another contact on a fresh handle
const RENAMES = 7;

type Details = Record<string, number | string>;

export async function measureList(params: ListParams): Promise<PageMeasurement> {
	// the app's page keeps its connection open for as long as it runs, so one stays open through the
	// scenario beside the fresh handles below. with none open, chromium closes the database's backing
	// store after a grace period and first runs clean-up on it (a sweep of stale index entries, a
	// compaction), which a running app never meets
	const held = openDatabase(DEFAULT_DATABASE_NAME);
	await held.open();
	try {
		return await measureWithFreshHandles(params);
	} finally {
		held.close();
	}
}

async function measureWithFreshHandles(params: ListParams): Promise<PageMeasurement> {
	const total = await withDatabase((db) => db.contacts.count());
	if (total < params.expected) {
		throw new Error(`the database holds ${total} contacts, the scenario needs ${params.expected}`);
	}
	const details: Details = { contacts: total };
	// before anything is timed, the stored anchors are brought up to date, as the app's worker does
	// in a quiet minute: a survey after seeding, or after an older version of the app stored them
	const settled = await withDatabase((db) => timed(() => surveyInWorker(db)));
	details['anchors settled before'] = settled.ms;
	details['anchors settled'] = String(settled.value);
	// and so are the search words of a book seeded by a version before 5 (db/search-words.ts), as the
	// app's worker does once after the upgrade
	const filled = await withDatabase((db) => timed(() => fillSearchWordsInWorker(db)));
	details['search words filled before'] = filled.ms;
	// as the app's list does (state/contact-list.svelte.ts): surveys and folds run in their worker.
	// those the list asks for during the run (after writes) run beside the timed work
	const refreshes: string[] = [];
	setSurveyor(async (db) => {
		const asked = performance.now();
		const done = await surveyInWorker(db);
		refreshes.push(
			`${Math.round(asked - start)}+${Math.round(performance.now() - asked)} ms ${done}`
		);
		return done;
	});
	const start = performance.now();

	const firstScreens: number[] = [];
	for (const sort of SORTS) {
		for (const direction of DIRECTIONS) {
			const ms = await withDatabase((db) =>
				timed(() => pageAt(db, { sort, direction }, 0, SCREEN))
			);
			details[`firstScreen ${sort} ${direction}`] = ms.ms;
			firstScreens.push(ms.ms);
		}
	}

	const jumps: number[] = [];
	for (const fraction of JUMPS) {
		const offset = Math.min(total - SCREEN, Math.floor(total * fraction));
		const ms = await withDatabase(async (db) => {
			// the user sees the first screen before dragging the scrollbar
			await pageAt(db, BY_NAME, 0, SCREEN);
			return timed(() => pageAt(db, BY_NAME, offset, SCREEN));
		});
		details[`jump ${Math.round(fraction * 100)} %`] = ms.ms;
		jumps.push(ms.ms);
	}

	// the app warms the list once the first screen is up; a later drag of the scrollbar meets anchors
	const warmJumps = await withDatabase(async (db) => {
		await pageAt(db, BY_NAME, 0, SCREEN);
		await warmList(db, BY_NAME);
		const times: number[] = [];
		for (const fraction of JUMPS) {
			const offset = Math.min(total - SCREEN, Math.floor(total * fraction));
			const ms = await timed(() => pageAt(db, BY_NAME, offset, SCREEN));
			details[`jump warm ${Math.round(fraction * 100)} %`] = ms.ms;
			times.push(ms.ms);
		}
		return times;
	});

	const searches: number[] = [];
	for (const search of SEARCHES) {
		const ms = await withDatabase((db) =>
			timed(() => pageAt(db, { ...BY_NAME, search }, 0, SCREEN))
		);
		details[`search "${search}"`] = ms.ms;
		details[`search "${search}" rows`] = ms.value.length;
		searches.push(ms.ms);
		// not in the figure: the same search descending, and its match count after the first screen
		const desc = await withDatabase((db) =>
			timed(() => pageAt(db, { ...BY_NAME, direction: 'desc', search }, 0, SCREEN))
		);
		details[`search "${search}" desc`] = desc.ms;
		const count = await withDatabase(async (db) => {
			await pageAt(db, { ...BY_NAME, search }, 0, SCREEN);
			return timed(() => countMatching(db, { ...BY_NAME, search }));
		});
		details[`search "${search}" count`] = count.ms;
		details[`search "${search}" matches`] = count.value;
	}

	const counts: number[] = [];
	for (const { label, query } of COUNTS) {
		const ms = await withDatabase((db) => timed(() => countMatching(db, query)));
		details[`count ${label}`] = ms.ms;
		details[`count ${label} matches`] = ms.value;
		counts.push(ms.ms);
	}

	// the list and its members are made outside the timing, as a user would have made them earlier
	const listId = await withDatabase(async (db) => {
		const created = await createList(db, `bench ${Date.now()} ${Math.random()}`);
		if (!created.ok) throw new Error(`createList refused: ${created.error}`);
		const ids = await db.contacts.toCollection().primaryKeys();
		const step = Math.max(1, Math.floor(ids.length / params.listMembers));
		const members = ids.filter((_, index) => index % step === 0).slice(0, params.listMembers);
		await addToList(db, members, created.list.id);
		return created.list.id;
	});
	const list = await withDatabase((db) =>
		timed(() => pageAt(db, { ...BY_NAME, listId }, 0, SCREEN))
	);
	details['list rows'] = list.value.length;

	const saves = await withDatabase(async (db) => {
		const [first] = await pageAt(db, BY_NAME, Math.floor(total / 2), 1);
		if (!first) throw new Error('no contact to edit');
		let contact: Contact = first;
		const times: number[] = [];
		for (let index = 0; index < params.saves; index += 1) {
			const edited: Contact = { ...contact, note: `edited by the bench, save ${index + 1}` };
			const saved = await timed(() =>
				saveContact(db, edited, { expectedUpdatedAt: contact.updatedAt })
			);
			if (!saved.value.ok) throw new Error('saveContact reported a conflict');
			contact = saved.value.contact;
			times.push(saved.ms);
		}
		return times;
	});

	// writes that move contacts in the sorts, then far jumps on fresh handles, as a user who edits a
	// name or imports a few contacts and then drags the scrollbar
	const jumpsAfter = async (label: string, queries: readonly ContactQuery[]): Promise<number> => {
		const times: number[] = [];
		for (const query of queries) {
			for (const fraction of JUMPS) {
				const ms = await withDatabase(async (db) => {
					const size = await countMatching(db, query);
					if (query === BY_NAME && fraction === JUMPS[0]) {
						// how much of a jump is reading the stored anchors and applying the log
						const read = await timed(() => readAnchors(db, SORT_INDEXES.name, size));
						details[`read anchors after ${label}`] = read.ms;
					}
					const offset = Math.min(size - SCREEN, Math.floor(size * fraction));
					await pageAt(db, query, 0, SCREEN);
					return timed(() => pageAt(db, query, offset, SCREEN));
				});
				const sort = query === BY_NAME ? '' : ` ${query.sort} ${query.direction}`;
				details[`jump after ${label}${sort} ${Math.round(fraction * 100)} %`] = ms.ms;
				times.push(ms.ms);
			}
		}
		return Math.max(...times);
	};

	// a save that renames is the first write of its handle, as when a user opens the app, edits a
	// name and saves: its first touch of the contact's search-word rows and index entries reads them
	// from the store's files, which later writes to the same contact find in memory. one such save is
	// one draw of a noisy disk, so the figure is the median of several, each of another contact
	const renames: { before: Contact; after: Contact; ms: number }[] = [];
	for (let index = 0; index < RENAMES; index += 1) {
		renames.push(
			await withDatabase(async (db) => {
				const at = Math.floor((total * (index + 0.5)) / RENAMES);
				const [contact] = await pageAt(db, BY_NAME, at, 1);
				if (!contact) throw new Error('no contact to rename');
				const saved = await timed(() =>
					saveContact(
						db,
						{ ...contact, lastName: `${contact.lastName}x` },
						{ expectedUpdatedAt: contact.updatedAt }
					)
				);
				if (!saved.value.ok) throw new Error('saveContact reported a conflict');
				return { before: contact, after: saved.value.contact, ms: saved.ms };
			})
		);
	}
	const renameTimes = renames.map((rename) => rename.ms);
	details['save renamed'] = renameTimes.map((ms) => Math.round(ms)).join(' ');
	details['save renamed max'] = Math.max(...renameTimes);
	const jumpAfterRename = await jumpsAfter('rename', [BY_NAME]);
	// the book goes back to its seeded names, outside the timing
	await withDatabase(async (db) => {
		for (const { before, after } of renames) {
			const back = await saveContact(
				db,
				{ ...after, lastName: before.lastName },
				{ expectedUpdatedAt: after.updatedAt }
			);
			if (!back.ok) throw new Error('saveContact reported a conflict');
		}
	});

	const added = await withDatabase(async (db) => {
		const ids: string[] = [];
		const times: number[] = [];
		for (const contact of newContacts(5, 'few')) {
			const saved = await timed(() => saveContact(db, contact));
			if (!saved.value.ok) throw new Error('saveContact refused a new contact');
			ids.push(contact.id);
			times.push(saved.ms);
		}
		return { ids, ms: median(times) };
	});
	details['save new'] = added.ms;
	const jumpAfterAdd = await jumpsAfter('add', [BY_NAME, NEWEST_FIRST]);
	const deletedFew = await withDatabase((db) => timed(() => deleteContacts(db, added.ids)));
	details['delete 5'] = deletedFew.ms;
	const jumpAfterDelete = await jumpsAfter('delete', [BY_NAME, NEWEST_FIRST]);

	// five batches as an import writes them, then far jumps, then the batches deleted again so that
	// the kept book stays as seeded
	const batches = await withDatabase(async (db) => {
		const ids: string[] = [];
		const times: number[] = [];
		// contacts like the book's own, spread over every index as its contacts are: copies of
		// contacts sampled through the stored name anchors, each with an id and an e-mail right after
		// its model's. (new ids would all come last by creation, since the seeded book has a single
		// creation time, and 10,000 contacts deleted at the top of "newest first" after every run left
		// the kept book's index there full of deleted entries, which a descending cursor steps over:
		// its first screen went from 30 to 600 ms over a few runs.) an import unlike the book, whose
		// names crowd between two anchors, makes the worker survey again (see docs/benchmarks.md)
		const sampled = (await readAnchors(db, SORT_INDEXES.name, total))?.ids ?? [];
		const models = (
			await db.contacts.bulkGet(
				Array.from({ length: 500 }, () => sampled[Math.floor(Math.random() * sampled.length)] ?? '')
			)
		).filter((contact): contact is Contact => contact !== undefined);
		for (let batch = 0; batch < 5; batch += 1) {
			const contacts = likeBook(models, BATCH, `b${batch}`);
			const ms = await timed(() =>
				db.transaction('rw', db.contacts, () => db.contacts.bulkAdd(contacts))
			);
			ids.push(...contacts.map((contact) => contact.id));
			times.push(ms.ms);
		}
		// what the log adds to such a batch: its row (the moves of 2,000 new contacts), written alone
		// in a transaction of its own under a key no reader follows, then removed
		const probe = editsRow(
			'bench-probe',
			'bench-probe',
			newContacts(BATCH, 'probe').map((contact) => ({
				id: contact.id,
				before: undefined,
				after: contact
			}))
		);
		const table = anchorsTable(db);
		const logRow = await timed(() => db.transaction('rw', table, () => table.put(probe)));
		await table.delete(probe.index);
		return { ids, times, logRowMs: logRow.ms };
	});
	details['log row of 2000 alone'] = batches.logRowMs;
	details['batch add 2000 median'] = median(batches.times);
	details['batch add 2000 max'] = Math.max(...batches.times);
	const jumpAfterBatches = await jumpsAfter('batches', [BY_NAME, NEWEST_FIRST]);
	const removed = await withDatabase(async (db) => {
		const times: number[] = [];
		for (let start = 0; start < batches.ids.length; start += BATCH) {
			const chunk = batches.ids.slice(start, start + BATCH);
			const ms = await timed(() =>
				db.transaction('rw', db.contacts, () => db.contacts.bulkDelete(chunk))
			);
			times.push(ms.ms);
		}
		return times;
	});
	details['batch delete 2000 median'] = median(removed);
	const jumpAfterBatchDeletes = await jumpsAfter('batch deletes', [BY_NAME, NEWEST_FIRST]);
	details.contactsAfter = await withDatabase((db) => db.contacts.count());
	// when the list asked the worker for a refresh (ms into the run + how long it took, and whether
	// the anchors were current after it); those still running at the end are not listed
	details.refreshes = refreshes.join(', ');

	const end = performance.now();
	await settle();
	Object.assign(details, {
		saveRenameMs: median(renameTimes),
		jumpAfterRenameMs: jumpAfterRename,
		jumpAfterAddDeleteMs: Math.max(jumpAfterAdd, jumpAfterDelete),
		jumpAfterBatchesMs: Math.max(jumpAfterBatches, jumpAfterBatchDeletes),
		batchAddMs: median(batches.times),
		firstScreenMs: Math.max(...firstScreens),
		jumpMs: Math.max(...jumps),
		jumpWarmMs: Math.max(...warmJumps),
		searchMs: Math.max(...searches),
		countMs: Math.max(...counts),
		listMs: list.ms,
		saveMs: median(saves),
		saveMaxMs: Math.max(...saves),
		elapsedMs: end - start
	});
	return {
		// the table's row shows the worst first screen; every figure is in the details
		wallMs: Math.max(...firstScreens),
		items: 0,
		longTasks: longTasksBetween(start, end),
		details
	};
}

// copies of the models under new ids right after theirs: the same names and creation times, an
// e-mail right after theirs and a phone near theirs
function likeBook(models: readonly Contact[], count: number, tag: string): Contact[] {
	const contacts: Contact[] = [];
	for (let index = 0; index < count; index += 1) {
		const model = models[Math.floor(Math.random() * models.length)];
		if (!model) throw new Error('no contacts to copy');
		const [local, domain] = (model.emails[0]?.value ?? `x@bench.example`).split('@');
		const phone = model.phones[0]?.value;
		const digits = String(Math.floor(Math.random() * 1e3)).padStart(3, '0');
		const draft = {
			firstName: model.firstName,
			lastName: model.lastName,
			phones: phone ? [{ value: phone.slice(0, -3) + digits }] : [],
			emails: [{ value: `${local}.${tag}${index}@${domain}` }]
		};
		const options = {
			defaultCountry: 'DE',
			now: model.createdAt,
			id: `${model.id}.${tag}${index}`
		};
		// a changed last digit can make a number invalid: such a copy goes without a phone
		let created = createContact(draft, options);
		if (!created.ok) created = createContact({ ...draft, phones: [] }, options);
		if (!created.ok) throw new Error(`createContact refused: ${JSON.stringify(created.errors)}`);
		contacts.push(created.contact);
	}
	return contacts;
}

// contacts a user could add: names, phones and e-mails spread over their sorts, created now
function newContacts(count: number, tag: string): Contact[] {
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const now = Date.now();
	const contacts: Contact[] = [];
	for (let index = 0; index < count; index += 1) {
		let last = '';
		for (let i = 0; i < 7; i += 1) last += letters[Math.floor(Math.random() * letters.length)];
		const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
		const created = createContact(
			{
				firstName: `Bench ${tag}`,
				lastName: last.charAt(0).toUpperCase() + last.slice(1),
				phones: [{ value: `+49151${digits}` }],
				emails: [{ value: `${last}.${tag}.${index}@bench.example` }]
			},
			{ defaultCountry: 'DE', now }
		);
		if (!created.ok) throw new Error(`createContact refused: ${JSON.stringify(created.errors)}`);
		contacts.push(created.contact);
	}
	return contacts;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const start = performance.now();
	const value = await work();
	return { ms: performance.now() - start, value };
}

// opening the database is the app's startup, not the list's work, so it stays outside the timing
async function withDatabase<T>(work: (db: CarnetDatabase) => Promise<T>): Promise<T> {
	const db = openDatabase(DEFAULT_DATABASE_NAME);
	try {
		await db.open();
		return await work(db);
	} finally {
		db.close();
	}
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
