import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { compareKeys, type IndexKey } from '../../../src/lib/core/contact-query';
import { contactKeys } from '../../../src/lib/core/keys';
import { checkContactCounts } from '../../../src/lib/db/contact-counts';
import { ContactListSession, DEFAULT_TUNING, SORT_INDEXES } from '../../../src/lib/db/contact-list';
import {
	deleteContacts,
	restoreContacts,
	saveContact,
	suggestionsSettled
} from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import {
	FOLD_FROM,
	FOLD_WITH_WRITE,
	LOG_MAX,
	ORDER_INDEXES,
	ORDER_VERSION_KEY,
	anchorsTable,
	loadAnchors,
	logRows,
	orderKeyOf,
	orderRow,
	readAnchors,
	setSurveyor,
	surveyAnchors,
	type OrderVersion
} from '../../../src/lib/db/list-anchors';
import { applyEntries, type AnchorSet, type SignedEntry } from '../../../src/lib/db/list-edits';
import { foldLog } from '../../../src/lib/db/list-fold';
import { runImport } from '../../../src/lib/db/import-run';
import { createImportJob } from '../../../src/lib/db/imports-repo';
import type { ColumnMapping } from '../../../src/lib/core/import/types';
import { surveyBook } from '../../../src/lib/db/list-survey';
import { fakeIndexedDb, uniqueName } from './harness';
import { makeBook } from './seed';

interface Entry {
	key: IndexKey;
	id: string;
}

// IndexedDB's order, written with core's compareKeys only (the code under test has its own)
const byEntry = (a: Entry, b: Entry): number =>
	compareKeys(a.key, b.key) || compareKeys(a.id, b.id);

// how many entries sort before (key, id): what an anchor's position must be
function before(sorted: readonly Entry[], entry: Entry): number {
	return sorted.filter((other) => byEntry(other, entry) < 0).length;
}

describe('anchors moved by added and removed entries', () => {
	// small key domains: many equal keys, ordered by id, of all three key types
	const keyArb = fc.oneof(
		fc.integer({ min: 0, max: 4 }),
		fc.constantFrom('a', 'b', 'bb', '\uffff'),
		fc.tuple(fc.constantFrom('1', '49'), fc.constantFrom('a', 'b'))
	);
	const entryArb = fc.record({ key: keyArb, id: fc.constantFrom('i0', 'i1', 'i2', 'i3', 'i4') });

	it('land where the entries before them say, beyond the ends too (property)', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(entryArb, { selector: (e) => JSON.stringify(e), maxLength: 20 }),
				fc.array(fc.boolean(), { maxLength: 20 }),
				fc.boolean(),
				fc.array(fc.tuple(entryArb, fc.boolean()), { maxLength: 30 }),
				fc.integer({ min: 1, max: 4 }),
				(initial, picked, ends, ops, every) => {
					const index = [...initial].sort(byEntry);
					// anchors: a subset, plus the first and last entries when the set has ends
					const chosen = index.filter(
						(_, i) => picked[i] === true || (ends && (i === 0 || i === index.length - 1))
					);
					const set: AnchorSet = {
						size: index.length,
						positions: chosen.map((entry) => before(index, entry)),
						keys: chosen.map((entry) => entry.key),
						ids: chosen.map((entry) => entry.id),
						ends,
						every
					};
					// valid writes only: an add of an entry the index lacks, a removal of one it holds
					const present = new Map(index.map((entry) => [JSON.stringify(entry), entry]));
					const signed: SignedEntry[] = [];
					for (const [entry, add] of ops) {
						const name = JSON.stringify(entry);
						if (add && !present.has(name)) {
							present.set(name, entry);
							signed.push({ ...entry, sign: 1 });
						} else if (!add && present.delete(name)) signed.push({ ...entry, sign: -1 });
					}
					const now = [...present.values()].sort(byEntry);
					const moved = applyEntries(set, signed);
					expect(moved.size).toBe(now.length);
					moved.positions.forEach((pos, i) => {
						const anchor = { key: moved.keys[i] as IndexKey, id: moved.ids[i] as string };
						expect({ anchor, pos }).toEqual({ anchor, pos: before(now, anchor) });
					});
					// every anchor from before is still there, as a marker if its entry is gone
					expect(moved.positions.length).toBeGreaterThanOrEqual(set.positions.length);
					if (ends && now.length > 0) {
						// nothing sorts beyond the ends, so entries added there find anchors
						const first = { key: moved.keys[0] as IndexKey, id: moved.ids[0] as string };
						const last = { key: moved.keys.at(-1) as IndexKey, id: moved.ids.at(-1) as string };
						expect(byEntry(now[0] as Entry, first)).toBeGreaterThanOrEqual(0);
						expect(byEntry(now.at(-1) as Entry, last)).toBeLessThanOrEqual(0);
					}
				}
			),
			{ numRuns: 2_000 }
		);
	});
});

// one handle per database is deleted after the test, the others are closed
const open = new Map<string, CarnetDatabase[]>();
function database(name = uniqueName(), options = fakeIndexedDb()): CarnetDatabase {
	const db = openDatabase(name, options);
	open.set(name, [...(open.get(name) ?? []), db]);
	return db;
}

afterEach(async () => {
	await suggestionsSettled();
	for (const [first, ...others] of open.values()) {
		for (const db of others) db.close();
		await first?.delete();
	}
	open.clear();
});

// the sessions below ask for refreshes in the background; here they wait for the test to ask
const refreshes: string[] = [];
beforeAll(() =>
	setSurveyor((db) => {
		refreshes.push(db.name);
		return Promise.resolve(false);
	})
);
afterAll(() => setSurveyor(undefined));

function indexOrder(book: readonly Contact[], index: string): Entry[] {
	return book
		.flatMap((contact) => {
			const key = orderKeyOf(contact, index);
			return key === undefined ? [] : [{ key, id: contact.id }];
		})
		.sort(byEntry);
}

/** every anchor of every index at its true position; false when some index has none that hold */
async function expectAnchorsExact(db: CarnetDatabase): Promise<boolean> {
	const book = await db.contacts.toArray();
	let held = true;
	for (const index of ORDER_INDEXES) {
		const entries = indexOrder(book, index);
		const { anchors } = await loadAnchors(db, index, book.length);
		if (!anchors) {
			held = false;
			continue;
		}
		expect({ index, size: anchors.size }).toEqual({ index, size: entries.length });
		const wrong = anchors.positions.flatMap((pos, i) => {
			const anchor = { key: anchors.keys[i] as IndexKey, id: anchors.ids[i] as string };
			const want = before(entries, anchor);
			return pos === want ? [] : [{ index, anchor, pos, want }];
		});
		expect(wrong).toEqual([]);
	}
	return held;
}

// tiny steps: every jump below starts from a stored anchor
const TUNING = { ...DEFAULT_TUNING, anchorStep: 3, surveyFrom: Number.POSITIVE_INFINITY };

/** far pages of every sort and direction, on a fresh handle, against the walk of the whole index */
async function expectJumpsRight(name: string, options: ReturnType<typeof fakeIndexedDb>) {
	const fresh = database(name, options);
	for (const sort of ['name', 'email', 'callingCode', 'phone', 'createdAt'] as const) {
		for (const direction of ['asc', 'desc'] as const) {
			const want = await fresh.contacts.orderBy(SORT_INDEXES[sort]).primaryKeys();
			if (direction === 'desc') want.reverse();
			const session = new ContactListSession(fresh, { sort, direction }, TUNING);
			for (const share of [0.31, 0.62, 0.97]) {
				const offset = Math.floor(want.length * share);
				const page = (await session.page(offset, 4)).map((contact) => contact.id);
				expect({ sort, direction, offset, page }).toEqual({
					sort,
					direction,
					offset,
					page: want.slice(offset, offset + 4)
				});
			}
		}
	}
	fresh.close();
}

const LAST_NAMES = ['Adler', 'Müller', 'Mueller', 'Zorn', ''];
const TIMES = [1_600_000_000_000, 1_700_000_000_000, 1_800_000_000_000];

function moved(contact: Contact, change: { last?: string; email?: string; at?: number }): Contact {
	const next: Contact = {
		...contact,
		lastName: change.last ?? contact.lastName,
		emails:
			change.email === undefined ? contact.emails : change.email ? [{ value: change.email }] : [],
		createdAt: change.at ?? contact.createdAt
	};
	return { ...next, keys: contactKeys(next) };
}

type Step =
	| { kind: 'add'; count: number; seed: number }
	| { kind: 'addTaken'; pick: number; seed: number }
	| { kind: 'rename'; picks: number[]; last: string }
	| { kind: 'twice'; pick: number; first: string; second: string }
	| { kind: 'email'; pick: number; email: string }
	| { kind: 'retime'; pick: number; at: number }
	| { kind: 'note'; pick: number }
	| { kind: 'delete'; picks: number[] }
	| { kind: 'deleteRange'; from: number; to: number }
	| { kind: 'rolledBack'; picks: number[] }
	| { kind: 'save'; pick: number; last: string }
	| { kind: 'deleteUndo'; picks: number[]; undo: boolean }
	| { kind: 'parallel'; picks: number[]; last: string }
	| { kind: 'fold' }
	| { kind: 'clear' };

const pick = fc.nat(1_000);
const picks = fc.array(pick, { minLength: 1, maxLength: 4 });
const last = fc.constantFrom(...LAST_NAMES);
const steps: fc.Arbitrary<Step> = fc.oneof(
	{
		arbitrary: fc.record({
			kind: fc.constant('add' as const),
			count: fc.integer({ min: 1, max: 6 }),
			seed: fc.nat()
		}),
		weight: 3
	},
	fc.record({ kind: fc.constant('addTaken' as const), pick, seed: fc.nat() }),
	{ arbitrary: fc.record({ kind: fc.constant('rename' as const), picks, last }), weight: 3 },
	fc.record({ kind: fc.constant('twice' as const), pick, first: last, second: last }),
	fc.record({
		kind: fc.constant('email' as const),
		pick,
		email: fc.constantFrom('', 'a@example.org', 'zz@example.org')
	}),
	fc.record({ kind: fc.constant('retime' as const), pick, at: fc.constantFrom(...TIMES) }),
	fc.record({ kind: fc.constant('note' as const), pick }),
	{ arbitrary: fc.record({ kind: fc.constant('delete' as const), picks }), weight: 2 },
	fc.record({ kind: fc.constant('deleteRange' as const), from: pick, to: pick }),
	fc.record({ kind: fc.constant('rolledBack' as const), picks }),
	fc.record({ kind: fc.constant('save' as const), pick, last }),
	fc.record({ kind: fc.constant('deleteUndo' as const), picks, undo: fc.boolean() }),
	fc.record({ kind: fc.constant('parallel' as const), picks, last }),
	fc.record({ kind: fc.constant('fold' as const) }),
	{ arbitrary: fc.constant({ kind: 'clear' as const }), weight: 1 }
);

const ignore = (): undefined => undefined;

async function apply(db: CarnetDatabase, step: Step): Promise<undefined> {
	const ids = await db.contacts.toCollection().primaryKeys();
	const at = (n: number): string => ids[n % Math.max(1, ids.length)] ?? 'none';
	const get = async (n: number): Promise<Contact | undefined> => db.contacts.get(at(n));
	switch (step.kind) {
		case 'add':
			await db.contacts.bulkAdd(makeBook(step.count, step.seed + 1));
			return;
		case 'addTaken': {
			const taken = await get(step.pick);
			const fresh = makeBook(2, step.seed + 1);
			// outside a transaction the adds that worked stay, the one whose id is taken does not
			await db.contacts
				.bulkAdd(taken ? [fresh[0] as Contact, taken, fresh[1] as Contact] : fresh)
				.then(ignore, ignore);
			return;
		}
		case 'rename': {
			// a request naming a contact twice, when two picks meet
			const contacts = (await Promise.all(step.picks.map(get))).filter((c) => c !== undefined);
			await db.contacts.bulkPut(contacts.map((c, i) => moved(c, { last: `${step.last}${i}` })));
			return;
		}
		case 'twice': {
			const contact = await get(step.pick);
			if (!contact) return;
			await db.contacts.bulkPut([
				moved(contact, { last: step.first }),
				moved(contact, { last: step.second })
			]);
			return;
		}
		case 'email': {
			const contact = await get(step.pick);
			if (contact) await db.contacts.put(moved(contact, { email: step.email }));
			return;
		}
		case 'retime': {
			const contact = await get(step.pick);
			if (contact) await db.contacts.put(moved(contact, { at: step.at }));
			return;
		}
		case 'note': {
			const contact = await get(step.pick);
			if (contact) await db.contacts.put({ ...contact, note: 'called back' });
			return;
		}
		case 'delete':
			await db.contacts.bulkDelete([...step.picks.map(at), 'no-such-id']);
			return;
		case 'deleteRange': {
			const [from, to] = [at(step.from), at(step.to)].sort();
			await db.contacts.where(':id').between(from, to, true, true).delete();
			return;
		}
		case 'rolledBack':
			await db
				.transaction('rw', db.contacts, async () => {
					await db.contacts.bulkAdd(makeBook(2, 99));
					await db.contacts.bulkDelete(step.picks.map(at));
					throw new Error('changed my mind');
				})
				.then(ignore, ignore);
			return;
		case 'save': {
			const contact = await get(step.pick);
			if (!contact) return;
			await saveContact(
				db,
				{ ...contact, lastName: step.last },
				{ expectedUpdatedAt: contact.updatedAt }
			);
			return;
		}
		case 'deleteUndo': {
			const deleted = await deleteContacts(db, step.picks.map(at));
			if (step.undo) await restoreContacts(db, deleted);
			return;
		}
		case 'parallel': {
			const contacts = (await Promise.all(step.picks.map(get))).filter((c) => c !== undefined);
			await db.transaction('rw', db.contacts, async () => {
				await Promise.all(
					contacts.map((c, i) => db.contacts.put(moved(c, { last: `${step.last}${i}` })))
				);
			});
			return;
		}
		case 'fold':
			await foldLog(db);
			return;
		case 'clear':
			await db.contacts.clear();
			return;
	}
}

describe('stored anchors across writes', () => {
	it('stay exact after any sequence of writes, and jumps land right (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(steps, { minLength: 1, maxLength: 10 }), async (sequence) => {
				const name = uniqueName();
				const options = fakeIndexedDb();
				const db = database(name, options);
				await db.contacts.bulkAdd(makeBook(60, 3));
				expect(await surveyAnchors(db, { every: 4, chunk: 25 })).toBe(true);
				let cleared = false;
				for (const step of sequence) {
					const folded = step.kind === 'fold' ? await foldLog(db) : await apply(db, step);
					// the log folds into anchors that hold, and anchors that do not fold
					if (folded !== undefined) expect(folded === 'stale').toBe(cleared);
					cleared ||= step.kind === 'clear';
					const held = await expectAnchorsExact(db);
					// only a clear makes them stale: every other write is in the log
					expect({ step, held }).toEqual({ step, held: !cleared });
				}
				await expectJumpsRight(name, options);
			}),
			{ numRuns: 40 }
		);
	}, 300_000);

	it('are moved by a save that renames a contact, and not rewritten by it', async () => {
		const db = database();
		const book = makeBook(200, 4);
		await db.contacts.bulkAdd(book);
		await surveyAnchors(db, { every: 10, chunk: 50 });
		const stored = await anchorsTable(db).get('keys.name');
		const contact = book[17] as Contact;
		const saved = await saveContact(
			db,
			{ ...contact, lastName: 'Aaberg' },
			{ expectedUpdatedAt: contact.updatedAt }
		);
		expect(saved.ok).toBe(true);
		// the save wrote one row of the log and the order row; the anchors are as the survey left them
		expect(await anchorsTable(db).get('keys.name')).toEqual(stored);
		const log = await logRows(db);
		expect(log.map((row) => row.ids)).toEqual([[contact.id]]);
		expect((await orderRow(db)).logged).toBe(1);
		expect(await expectAnchorsExact(db)).toBe(true);

		// a save that moves nobody logs nothing
		const again = await db.contacts.get(contact.id);
		if (!again) throw new Error('the contact is gone');
		await saveContact(db, { ...again, note: 'called' }, { expectedUpdatedAt: again.updatedAt });
		expect(await logRows(db)).toHaveLength(1);
	});

	it('fold the log into the stored rows, and keep what was written meanwhile', async () => {
		const db = database();
		await db.contacts.bulkAdd(makeBook(300, 5));
		await surveyAnchors(db, { every: 10, chunk: 100 });
		for (let batch = 0; batch < 3; batch += 1) await db.contacts.bulkAdd(makeBook(40, 50 + batch));
		await db.contacts.bulkDelete(await db.contacts.limit(30).primaryKeys());
		expect((await orderRow(db)).logged).toBe(150);
		expect(await logRows(db)).toHaveLength(4);

		const [folded] = await Promise.all([foldLog(db), db.contacts.bulkAdd(makeBook(5, 60))]);
		expect(folded).toBe('current');
		expect(await expectAnchorsExact(db)).toBe(true);
		const order = await orderRow(db);
		// the batch of 5 went into the log before or after the fold read it
		expect([0, 5]).toContain(order.logged);
		expect(await logRows(db)).toHaveLength(order.logged === 0 ? 0 : 1);
		expect(await anchorsTable(db).get('keys.name')).toMatchObject({ version: order.base });
	});

	it('are folded by a write of many contacts, in its own transaction', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const db = database(name, options);
		await db.contacts.bulkAdd(makeBook(300, 10));
		await surveyAnchors(db, { every: 10, chunk: 100 });
		await db.contacts.bulkAdd(makeBook(20, 11));
		expect(await logRows(db)).toHaveLength(1);
		const batch = makeBook(FOLD_WITH_WRITE, 12);
		await db.contacts.bulkAdd(batch);
		// the log and the batch are in the stored anchors: a jump has nothing to apply
		const order = await orderRow(db);
		expect(order).toMatchObject({ base: order.version, logged: 0 });
		expect(await logRows(db)).toEqual([]);
		expect(await anchorsTable(db).get('keys.name')).toMatchObject({ version: order.version });
		expect(await expectAnchorsExact(db)).toBe(true);
		// so is a bulk delete of as many
		await db.contacts.bulkDelete(batch.map((contact) => contact.id));
		expect(await logRows(db)).toEqual([]);
		expect(await expectAnchorsExact(db)).toBe(true);
		// and a smaller write logs again
		await db.contacts.bulkAdd(makeBook(5, 13));
		expect(await logRows(db)).toHaveLength(1);
		expect(await expectAnchorsExact(db)).toBe(true);
		await expectJumpsRight(name, options);
	}, 60_000);

	it('are as they were when a write of many contacts fails', async () => {
		const db = database();
		await db.contacts.bulkAdd(makeBook(300, 14));
		await surveyAnchors(db, { every: 10, chunk: 100 });
		await db.contacts.bulkAdd(makeBook(20, 15));
		const before = await anchorsTable(db).toArray();
		await expect(
			db.transaction('rw', db.contacts, async () => {
				await db.contacts.bulkAdd(makeBook(FOLD_WITH_WRITE, 16));
				throw new Error('the import was cancelled');
			})
		).rejects.toThrow('cancelled');
		expect(await anchorsTable(db).toArray()).toEqual(before);
		expect(await db.contacts.count()).toBe(320);
		expect(await expectAnchorsExact(db)).toBe(true);
	}, 60_000);

	it('give contacts added after all others anchors of their own', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const db = database(name, options);
		await db.contacts.bulkAdd(makeBook(400, 6));
		await surveyAnchors(db, { every: 10, chunk: 100 });
		// an import: created after everyone, so all of them come last by creation
		const later = makeBook(200, 7).map((contact, i) => ({
			...contact,
			createdAt: 1_900_000_000_000 + Math.floor(i / 100)
		}));
		for (let start = 0; start < later.length; start += 100) {
			await db.contacts.bulkAdd(later.slice(start, start + 100));
		}
		const anchors = await readAnchors(db, 'createdAt', 600);
		if (!anchors) throw new Error('the anchors went stale');
		// the survey's 40 or so, and one every 10 among the 200 new ones
		expect(anchors.positions.filter((pos) => pos >= 400)).toHaveLength(20);
		expect(await expectAnchorsExact(db)).toBe(true);
		expect(await foldLog(db)).not.toBe('stale');
		expect(await expectAnchorsExact(db)).toBe(true);
		await expectJumpsRight(name, options);
	});

	it('ask for a survey when writes crowd into one stretch of an index', async () => {
		const db = database();
		await db.contacts.bulkAdd(makeBook(200, 8));
		await surveyAnchors(db, { every: 10, chunk: 100 });
		// 300 contacts all named Mmm…: one stretch of the name index, between two anchors
		const crowd = makeBook(300, 9).map((contact, i) =>
			moved({ ...contact, firstName: '' }, { last: `Mmm${i}` })
		);
		await db.contacts.bulkAdd(crowd);
		expect((await loadAnchors(db, 'keys.name', 500)).refresh).toBe(true);
		expect(await foldLog(db)).toBe('wide');
		expect(await expectAnchorsExact(db)).toBe(true);
		// what the worker then does (surveyAnchors folds, then surveys), spreading anchors over them
		expect(await surveyAnchors(db, { every: 10, chunk: 100 })).toBe(true);
		expect((await loadAnchors(db, 'keys.name', 500)).refresh).toBe(false);
		expect(await expectAnchorsExact(db)).toBe(true);
	});
});

describe('the anchors worker is asked', () => {
	it('to start the log on anchors an older version of the app surveyed', async () => {
		const db = database();
		await db.contacts.bulkAdd(makeBook(100, 20));
		await surveyAnchors(db, { every: 10, chunk: 50 });
		// what the version before the log left: the order row with its version only, and anchor
		// rows without their ends or widest stretch
		const { version } = await orderRow(db);
		await anchorsTable(db).put({ index: ORDER_VERSION_KEY, version });
		for (const index of ORDER_INDEXES) {
			const row = await anchorsTable(db).get(index);
			if (!row || !('positions' in row)) throw new Error(`no anchors for ${index}`);
			const legacy = { ...row };
			delete legacy.ends;
			delete legacy.widest;
			delete legacy.every;
			await anchorsTable(db).put(legacy);
		}
		expect(await loadAnchors(db, 'keys.name', 100)).toMatchObject({ refresh: true });
		// they hold, so writes log from now on; a survey would add their ends
		expect(await foldLog(db)).toBe('wide');
		expect(await orderRow(db)).toMatchObject({ version, base: version });
		expect(await anchorsTable(db).get('keys.name')).toMatchObject({ widest: expect.any(Number) });
		await db.contacts.bulkAdd(makeBook(3, 21));
		expect(await loadAnchors(db, 'keys.name', 103)).toMatchObject({ refresh: false });
		expect(await expectAnchorsExact(db)).toBe(true);
	});

	it('to fold a long log, by the first session that meets it', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const db = database(name, options);
		await db.contacts.bulkAdd(makeBook(300, 22));
		await surveyAnchors(db, { every: 10, chunk: 100 });
		await db.contacts.bulkAdd(makeBook(5, 23));
		// as if an import had logged more than FOLD_FROM changes
		await anchorsTable(db).put({ ...(await orderRow(db)), logged: FOLD_FROM + 1 });
		refreshes.length = 0;
		const fresh = database(name, options);
		const session = new ContactListSession(fresh, { sort: 'email', direction: 'asc' }, TUNING);
		const want = await fresh.contacts.orderBy('keys.email').primaryKeys();
		expect((await session.page(250, 5)).map((c) => c.id)).toEqual(want.slice(250, 255));
		expect(refreshes).toEqual([name]);
	});
});

describe('an import', () => {
	it('folds a long log when it ends, so that the list finds it short', async () => {
		const db = database();
		await db.contacts.bulkAdd(makeBook(200, 24));
		await surveyAnchors(db, { every: 10, chunk: 100 });
		// as if the import's own batches had filled the log
		await anchorsTable(db).put({ ...(await orderRow(db)), logged: FOLD_FROM });
		const header = ['First name', 'Last name', 'Mobile'];
		const mapping: ColumnMapping = [
			{ kind: 'field', field: 'firstName' },
			{ kind: 'field', field: 'lastName' },
			{ kind: 'phone', phoneKind: 'mobile' }
		];
		const lines = [header.join(','), 'Ada,Aaberg,+4915199990001', 'Bea,Zuse,+33699990002'];
		const file = new File([lines.join('\r\n') + '\r\n'], 'people.csv', { type: 'text/csv' });
		const job = await createImportJob(db, {
			file: { name: file.name, size: file.size, type: file.type, lastModified: 1 },
			header,
			mapping,
			options: {
				defaultCountry: 'DE',
				listIds: [],
				unsubscribeAll: false,
				duplicates: 'fill',
				format: 'csv',
				encoding: '',
				delimiter: '',
				sheet: ''
			},
			totalRows: 0
		});
		await runImport(db, job.id, file, { batchSize: 1 });
		expect(await db.contacts.count()).toBe(202);
		const order = await orderRow(db);
		expect(order.base).toBe(order.version);
		expect(await logRows(db)).toEqual([]);
		expect(await expectAnchorsExact(db)).toBe(true);
	});
});

describe('stored anchors go stale', () => {
	async function surveyed(): Promise<CarnetDatabase> {
		const db = database();
		await db.contacts.bulkAdd(makeBook(100, 10));
		await surveyAnchors(db, { every: 10, chunk: 50 });
		expect(await readAnchors(db, 'keys.name', 100)).toBeDefined();
		return db;
	}

	it('after a clear', async () => {
		const db = await surveyed();
		await db.contacts.clear();
		await db.contacts.bulkAdd(makeBook(100, 11));
		expect(await readAnchors(db, 'keys.name', 100)).toBeUndefined();
		// and writes do not log against them any more
		expect(await logRows(db)).toEqual([]);
	});

	it('after a write by an older version of the app (a new order version, nothing logged)', async () => {
		const db = await surveyed();
		const stamp: OrderVersion = { index: ORDER_VERSION_KEY, version: 'from-an-old-tab' };
		await db.contacts.add(makeBook(1, 12)[0] as Contact);
		await anchorsTable(db).put(stamp);
		await db.contacts.add(makeBook(1, 13)[0] as Contact);
		expect(await readAnchors(db, 'keys.name', 102)).toBeUndefined();
		expect(await foldLog(db)).toBe('stale');
	});

	it('after raw writes, once the stored counts are checked', async () => {
		const db = await surveyed();
		const raw = db.backendDB().transaction('contacts', 'readwrite');
		for (const contact of makeBook(5, 14)) raw.objectStore('contacts').put(contact);
		await new Promise((resolve) => (raw.oncomplete = resolve));
		expect(await checkContactCounts(db)).toBe(true);
		expect(await readAnchors(db, 'keys.name', 105)).toBeUndefined();
	});

	it(`when the log would hold more than ${LOG_MAX.toLocaleString('en-US')} changes`, async () => {
		const db = await surveyed();
		const order = await orderRow(db);
		// as if an import had nearly filled the log
		await anchorsTable(db).put({ ...order, logged: LOG_MAX - 1 });
		await db.contacts.add(makeBook(1, 15)[0] as Contact);
		expect(await orderRow(db)).toMatchObject({ base: order.base, logged: LOG_MAX });
		// too long for a reader to apply: it leaves the log to the worker's fold
		expect(await loadAnchors(db, 'keys.name', 101)).toEqual({ refresh: true });
		await db.contacts.bulkAdd(makeBook(2, 16));
		expect((await orderRow(db)).base).toBeUndefined();
		expect(await loadAnchors(db, 'keys.name', 103)).toEqual({ refresh: false });
		expect(await foldLog(db)).toBe('stale');
	});
});

describe('a survey made while writes went on', () => {
	it('stores nothing, and the anchors from before still hold', async () => {
		const db = database();
		const book = makeBook(200, 17);
		await db.contacts.bulkAdd(book.slice(0, 150));
		await surveyAnchors(db, { every: 10, chunk: 40 });
		const stored = await anchorsTable(db).get('keys.name');
		let writing: Promise<unknown> | undefined;
		const surveyed = await surveyBook(db, {
			every: 7,
			chunk: 40,
			stopped: () => {
				writing ??= db.contacts.bulkAdd(book.slice(150));
				return false;
			}
		});
		await writing;
		expect(surveyed).toBe(false);
		expect(await anchorsTable(db).get('keys.name')).toEqual(stored);
		expect(await expectAnchorsExact(db)).toBe(true);
	});
});
