import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import {
	saveContact,
	suggestionsSettled,
	unsubscribeContacts
} from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { listTimeline } from '../../../src/lib/db/events-repo';
import { listImportIssues } from '../../../src/lib/db/imports-repo';
import type { ImportOptions, Source } from '../../../src/lib/db/schema';
import { runSourceSync } from '../../../src/lib/db/source-sync';
import {
	createSource,
	deleteSource,
	listSourceJobs,
	recordSourceFailure,
	updateSource
} from '../../../src/lib/db/sources-repo';
import { fakeIndexedDb, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	await suggestionsSettled();
	await db.delete();
});

const OPTIONS: ImportOptions = {
	defaultCountry: 'DE',
	listIds: [],
	unsubscribeAll: false,
	duplicates: 'fill',
	format: 'csv',
	encoding: '',
	delimiter: '',
	sheet: ''
};

const HEADER = 'First name,Last name,Mobile,Email,Team';
const ADA = 'Ada,Lovelace,0151 23456789,ada@example.org,Engines';
const BOB = 'Bob,Builder,0151 23456790,bob@example.org,Sites';

function csv(...lines: string[]): File {
	return new File([[HEADER, ...lines].join('\n') + '\n'], 'people.csv', { type: 'text/csv' });
}

async function source(): Promise<Source> {
	// header [] : the first sync detects the mapping, as the add form does
	return createSource(db, {
		name: 'Team sheet',
		kind: 'url',
		location: 'http://127.0.0.1/people.csv',
		header: [],
		mapping: [],
		options: OPTIONS
	});
}

async function sync(id: string, file: File, now: number) {
	const outcome = await runSourceSync(db, id, file, {}, now);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
	return outcome.job;
}

const byEmail = async (email: string): Promise<Contact | undefined> =>
	(await db.contacts.toArray()).find((contact) => contact.emails[0]?.value === email);

describe('runSourceSync', () => {
	it('writes only what changed since the last sync, and never deletes', async () => {
		const { id } = await source();
		const first = await sync(id, csv(ADA, BOB), 1_000);
		expect(first.counts).toMatchObject({
			rows: 2,
			created: 2,
			updated: 0,
			unchanged: 0,
			failed: 0
		});
		expect(first.gone).toBe(0);
		// the unknown column became a custom field named after it
		const team = (await db.fields.toArray()).find((field) => field.label === 'Team');
		expect(team).toBeDefined();
		expect((await byEmail('ada@example.org'))?.custom[team?.id ?? '']).toBe('Engines');

		const again = await sync(id, csv(ADA, BOB), 2_000);
		expect(again.counts).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2 });
		expect(await db.importChanges.where('jobId').equals(again.id).count()).toBe(0);

		// bob edited, ada removed, cy added; columns moved around
		const moved = new File(
			[
				'Email,Mobile,First name,Last name,Team\n' +
					'bob@example.org,0151 23456790,Bob,Builder,Roofs\n' +
					'cy@example.org,0151 23456791,Cy,Young,Pitch\n'
			],
			'people.csv'
		);
		const third = await sync(id, moved, 3_000);
		expect(third.counts).toMatchObject({ rows: 2, created: 1, updated: 1, unchanged: 0 });
		expect(third.gone).toBe(1);
		expect(await db.contacts.count()).toBe(3);
		expect((await byEmail('bob@example.org'))?.custom[team?.id ?? '']).toBe('Roofs');
		expect(await db.fields.count()).toBe(1);
	});

	it('keeps an edit made in carnet until the source changes that field, then says so', async () => {
		const { id } = await source();
		await sync(id, csv(ADA), 1_000);
		const ada = (await byEmail('ada@example.org')) as Contact;
		const saved = await saveContact(
			db,
			{ ...ada, firstName: 'Augusta', note: 'met at the fair' },
			{ expectedUpdatedAt: ada.updatedAt }
		);
		expect(saved.ok).toBe(true);

		// the source changes another field: the edit stays
		const other = await sync(id, csv(ADA.replace('Lovelace', 'King')), 2_000);
		expect(other.counts.updated).toBe(1);
		expect(await byEmail('ada@example.org')).toMatchObject({
			firstName: 'Augusta',
			lastName: 'King',
			note: 'met at the fair'
		});

		// the source changes the edited field: the source wins, and the timeline names it
		const same = await sync(
			id,
			csv(ADA.replace('Lovelace', 'King').replace('Ada', 'Ada A.')),
			3_000
		);
		expect(same.counts.updated).toBe(1);
		const after = (await byEmail('ada@example.org')) as Contact;
		expect(after.firstName).toBe('Ada A.');
		const events = await listTimeline(db, after.id);
		const imported = events.find(
			(event) => event.type === 'imported' && event.data.jobId === same.id
		);
		expect(imported?.data).toMatchObject({ jobId: same.id, overridden: ['firstName'] });
	});

	it('never re-subscribes an unsubscribed contact', async () => {
		const { id } = await source();
		await sync(id, csv(ADA), 1_000);
		const ada = (await byEmail('ada@example.org')) as Contact;
		await unsubscribeContacts(db, [ada.id]);
		const edited = await sync(id, csv(ADA.replace('Engines', 'Looms')), 2_000);
		expect(edited.counts.updated).toBe(1);
		expect((await byEmail('ada@example.org'))?.subscription).toBe('unsubscribed');

		// and a contact deleted in carnet whose phone comes back from the source
		await db.contacts.clear();
		await updateSource(db, id, { mapping: (await db.sources.get(id))?.mapping.slice() ?? [] });
		await sync(id, csv(ADA.replace('Engines', 'Mills')), 3_000);
		expect((await byEmail('ada@example.org'))?.subscription).toBe('unsubscribed');
	});

	it('after a mapping change reads every row once as new, keeping edits and unsubscriptions', async () => {
		const { id } = await source();
		await sync(id, csv(ADA, BOB), 1_000);
		const ada = (await byEmail('ada@example.org')) as Contact;
		await saveContact(db, { ...ada, firstName: 'Augusta' }, { expectedUpdatedAt: ada.updatedAt });
		const bob = (await byEmail('bob@example.org')) as Contact;
		await unsubscribeContacts(db, [bob.id]);

		// the team column now goes to the organization instead of a custom field
		const stored = (await db.sources.get(id)) as Source;
		const team = stored.header.indexOf('Team');
		const mapping = stored.mapping.map((target, column) =>
			column === team ? { kind: 'field' as const, field: 'organization' as const } : target
		);
		await updateSource(db, id, { mapping }, 1_500);
		const reread = await sync(id, csv(ADA, BOB), 2_000);
		expect(reread.counts).toMatchObject({ rows: 2, created: 0, updated: 2, unchanged: 0 });
		expect(await db.contacts.count()).toBe(2);
		expect(await byEmail('ada@example.org')).toMatchObject({
			firstName: 'Augusta',
			organization: 'Engines'
		});
		expect(await byEmail('bob@example.org')).toMatchObject({
			organization: 'Sites',
			subscription: 'unsubscribed'
		});

		// the rows are remembered again: the next sync writes nothing, and a later change of the
		// edited field in the source wins by the conflict rule
		const same = await sync(id, csv(ADA, BOB), 3_000);
		expect(same.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
		const renamed = await sync(id, csv(ADA.replace('Ada', 'Ada A.'), BOB), 4_000);
		expect(renamed.counts).toMatchObject({ updated: 1, unchanged: 1 });
		expect((await byEmail('ada@example.org'))?.firstName).toBe('Ada A.');
	});

	it('after lists are added reads every row once, and all its contacts join them', async () => {
		const { id } = await source();
		await sync(id, csv(ADA, BOB), 1_000);
		const choir = { id: 'list-choir', name: 'Choir', createdAt: 1, updatedAt: 1 };
		await db.lists.add(choir);
		const stored = (await db.sources.get(id)) as Source;
		// a new name or interval changes nothing the rows make
		await updateSource(db, id, { name: 'Staff', intervalMinutes: 60 }, 1_200);
		expect((await sync(id, csv(ADA, BOB), 1_300)).counts.unchanged).toBe(2);

		await updateSource(db, id, { options: { ...stored.options, listIds: [choir.id] } }, 1_500);
		const reread = await sync(id, csv(ADA, BOB), 2_000);
		expect(reread.counts).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
		for (const email of ['ada@example.org', 'bob@example.org']) {
			expect((await byEmail(email))?.listIds).toEqual([choir.id]);
		}
		expect((await sync(id, csv(ADA, BOB), 3_000)).counts.unchanged).toBe(2);
	});

	it('reports failed rows with reasons in its log, every sync', async () => {
		const { id } = await source();
		const bad = 'Dan,Dee,not a phone,not an email,X';
		const first = await sync(id, csv(ADA, bad), 1_000);
		expect(first.counts).toMatchObject({ created: 1, failed: 1 });
		const issues = await listImportIssues(db, first.id, 0, 10);
		expect(issues.map((issue) => issue.row)).toEqual([3]);
		expect(issues[0]?.reasons.length).toBeGreaterThan(0);
		const second = await sync(id, csv(ADA, bad), 2_000);
		expect(second.counts).toMatchObject({ unchanged: 1, failed: 1 });
	});

	it('refuses content that is no longer a contacts table, and logs why', async () => {
		const { id } = await source();
		await sync(id, csv(ADA), 1_000);
		const outcome = await runSourceSync(
			db,
			id,
			new File(['Product,Price\nTea,3\n'], 'x.csv'),
			{},
			2_000
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.failure.code).toBe('source.not_contacts');
		expect((await db.sources.get(id))?.lastError).toBe('source.not_contacts');
		const log = await listSourceJobs(db, id);
		expect(log.map((job) => job.status)).toEqual(['failed', 'committed']);
		expect(await db.contacts.count()).toBe(1);
	});

	it('logs a failure to fetch, except offline, which only waits', async () => {
		const { id } = await source();
		await recordSourceFailure(
			db,
			id,
			{ code: 'source.offline', detail: '', retryWhenOnline: true },
			1
		);
		expect(await db.sources.get(id)).toMatchObject({ pending: true, lastRunAt: null });
		expect(await listSourceJobs(db, id)).toEqual([]);
		await recordSourceFailure(
			db,
			id,
			{ code: 'source.cors', detail: '', retryWhenOnline: false },
			2
		);
		expect(await db.sources.get(id)).toMatchObject({
			pending: false,
			lastRunAt: 2,
			lastError: 'source.cors'
		});
		expect((await listSourceJobs(db, id))[0]).toMatchObject({
			status: 'failed',
			error: 'source.cors'
		});
	});

	it('deleting a source keeps its contacts and drops its log', async () => {
		const { id } = await source();
		await sync(id, csv(ADA, BOB), 1_000);
		await deleteSource(db, id);
		expect(await db.contacts.count()).toBe(2);
		expect(await db.sources.count()).toBe(0);
		expect(await db.sourceRows.count()).toBe(0);
		expect(await db.imports.count()).toBe(0);
	});
});
