import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import type { ColumnMapping } from '../../../src/lib/core/import/types';
import {
	saveContact,
	suggestionsSettled,
	unsubscribeContacts
} from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { listTimeline } from '../../../src/lib/db/events-repo';
import { listFields } from '../../../src/lib/db/fields-repo';
import { runImport, undoImport, type ImportProgress } from '../../../src/lib/db/import-run';
import {
	createImportJob,
	eachImportIssue,
	importedContactIds,
	listImportIssues
} from '../../../src/lib/db/imports-repo';
import type { ImportDuplicateMode, ImportJob } from '../../../src/lib/db/schema';
import { setSetting } from '../../../src/lib/db/settings-repo';
import { fakeIndexedDb, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	// a save writes its duplicate suggestions after it returns
	await suggestionsSettled();
	await db.delete();
});

const HEADER = ['First name', 'Last name', 'Mobile', 'E-mail', 'Shoe size'];
const MAPPING: ColumnMapping = [
	{ kind: 'field', field: 'firstName' },
	{ kind: 'field', field: 'lastName' },
	{ kind: 'phone', phoneKind: 'mobile' },
	{ kind: 'email' },
	{ kind: 'newCustom', label: 'Shoe size' }
];

function csvFile(lines: string[], name = 'people.csv'): File {
	return new File([lines.join('\r\n') + '\r\n'], name, { type: 'text/csv', lastModified: 1 });
}

async function job(
	file: File,
	options: { mode?: ImportDuplicateMode; listIds?: string[]; unsubscribeAll?: boolean } = {},
	mapping: ColumnMapping = MAPPING
): Promise<ImportJob> {
	return createImportJob(db, {
		file: { name: file.name, size: file.size, type: file.type, lastModified: file.lastModified },
		header: HEADER,
		mapping,
		options: {
			defaultCountry: 'DE',
			listIds: options.listIds ?? [],
			unsubscribeAll: options.unsubscribeAll ?? false,
			duplicates: options.mode ?? 'fill',
			format: 'csv',
			encoding: '',
			delimiter: '',
			sheet: ''
		},
		totalRows: 0
	});
}

async function stored(): Promise<Contact[]> {
	return (await db.contacts.toArray()).sort((a, b) => a.firstName.localeCompare(b.firstName));
}

async function existing(firstName: string, phone: string, email = ''): Promise<Contact> {
	const result = createContact(
		{ firstName, phones: [{ value: phone }], emails: email ? [{ value: email }] : [] },
		{ defaultCountry: 'DE' }
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	const saved = await saveContact(db, result.contact);
	if (!saved.ok) throw new Error('conflict');
	return saved.contact;
}

const FILE = csvFile([
	HEADER.join(','),
	'Ada,Lovelace,0151 23456789,ada@example.org,38',
	'Bob,Builder,12ab,,44',
	'Cleo,,,cleo@,',
	'Dan,Brown,,dan@example.org,'
]);

describe('runImport', () => {
	it('imports the good rows, reports the bad ones by row, column, value and reason', async () => {
		const created = await job(FILE);
		const done = await runImport(db, created.id, FILE);

		expect(done.status).toBe('committed');
		expect(done.counts).toMatchObject({ rows: 4, created: 2, failed: 2, updated: 0 });
		expect(done.lastCommittedRow).toBe(5);
		const contacts = await stored();
		expect(contacts.map((c) => c.firstName)).toEqual(['Ada', 'Dan']);
		expect(contacts[0]?.phones).toEqual([{ value: '+4915123456789', kind: 'mobile' }]);

		// the new column became a custom field, and its values landed there
		const [shoe] = await listFields(db);
		expect(shoe?.label).toBe('Shoe size');
		expect(contacts[0]?.custom[shoe?.id ?? '']).toBe('38');

		const issues = await listImportIssues(db, created.id, 0, 10);
		expect(issues.map((issue) => issue.row)).toEqual([3, 4]);
		expect(issues[0]?.values).toEqual(['Bob', 'Builder', '12ab', '', '44']);
		expect(issues[0]?.reasons[0]).toMatchObject({ column: 2, value: '12ab' });
		expect(issues[1]?.reasons.map((reason) => reason.column)).toContain(3);

		const timeline = await listTimeline(db, contacts[0]?.id ?? '');
		expect(timeline.map((event) => event.type)).toEqual(['imported']);
		expect(timeline[0]?.data).toEqual({ jobId: created.id, fileName: 'people.csv' });
		// not stored as an event: the contact names its import
		expect(contacts[0]?.importId).toBe(created.id);
		expect(await db.events.count()).toBe(0);
	});

	it('reports progress that ends at every row', async () => {
		const created = await job(FILE);
		const seen: ImportProgress[] = [];
		await runImport(db, created.id, FILE, { onProgress: (p) => seen.push(p) });
		const last = seen.at(-1);
		expect(last).toMatchObject({ done: 4, total: 4, fraction: 1, phase: 'import' });
	});

	it('updates a contact that already has the phone, filling only empty fields', async () => {
		const ada = await existing('Adelheid', '+4915123456789');
		const created = await job(FILE);
		const done = await runImport(db, created.id, FILE);
		expect(done.counts).toMatchObject({ created: 1, updated: 1 });
		const after = await db.contacts.get(ada.id);
		expect(after?.firstName).toBe('Adelheid');
		expect(after?.lastName).toBe('Lovelace');
		expect(after?.emails.map((e) => e.value)).toEqual(['ada@example.org']);
		expect(await importedContactIds(db, created.id, 'updated')).toEqual([ada.id]);
	});

	it('overwrites, skips or creates anyway as the user chose', async () => {
		await existing('Adelheid', '+4915123456789');
		const overwrite = await job(FILE, { mode: 'overwrite' });
		await runImport(db, overwrite.id, FILE);
		expect((await stored()).map((c) => c.firstName)).toEqual(['Ada', 'Dan']);

		const skip = await job(FILE, { mode: 'skip' });
		const skipped = await runImport(db, skip.id, FILE);
		expect(skipped.counts).toMatchObject({ created: 0, skipped: 2 });

		const create = await job(FILE, { mode: 'create' });
		const again = await runImport(db, create.id, FILE);
		expect(again.counts).toMatchObject({ created: 2 });
		expect(await db.contacts.count()).toBe(4);
	});

	it('treats a person repeated in the file like an existing contact', async () => {
		const file = csvFile([
			HEADER.join(','),
			'Ada,,0151 23456789,,',
			'Ada,Lovelace,+49 151 23456789,ada@example.org,'
		]);
		const created = await job(file);
		const done = await runImport(db, created.id, file);
		expect(done.counts).toMatchObject({ created: 1, updated: 1 });
		const [ada] = await stored();
		expect(ada?.lastName).toBe('Lovelace');
		expect(ada?.emails).toHaveLength(1);
	});

	it('finds the holder of an e-mail in the book and in an earlier batch, however long its local part', async () => {
		// a local part of 64 characters (the most there is) makes an e-mail token cut before its @: it
		// is never ruled out by the import's filter of known phones and e-mails
		const long = `${'a'.repeat(64)}@example.org`;
		const book = createContact(
			{ firstName: 'Long', emails: [{ value: long }] },
			{ defaultCountry: 'DE' }
		);
		if (!book.ok) throw new Error(JSON.stringify(book.errors));
		await saveContact(db, book.contact);
		const file = csvFile([
			HEADER.join(','),
			`Lena,Long,,${long.toUpperCase()},`,
			'Eve,,,eve@example.org,',
			'Eve,Example,,Eve@Example.org,'
		]);
		const created = await job(file);
		const done = await runImport(db, created.id, file, { batchSize: 1 });
		expect(done.counts).toMatchObject({ created: 1, updated: 2 });
		expect((await stored()).map((c) => `${c.firstName} ${c.lastName}`)).toEqual([
			'Eve Example',
			'Long Long'
		]);
	});

	it('finds a phone repeated in a later batch, and creates one contact per row when asked to', async () => {
		const file = csvFile([
			HEADER.join(','),
			'Ada,,0151 23456789,,',
			'Bob,,030 1234567,,',
			'Ada,Lovelace,+49 151 23456789,ada@example.org,'
		]);
		const fill = await job(file);
		const done = await runImport(db, fill.id, file, { batchSize: 1 });
		expect(done.counts).toMatchObject({ created: 2, updated: 1 });
		expect((await stored()).map((c) => `${c.firstName} ${c.lastName}`)).toEqual([
			'Ada Lovelace',
			'Bob '
		]);

		await db.contacts.clear();
		const create = await job(file, { mode: 'create' });
		const again = await runImport(db, create.id, file, { batchSize: 1 });
		expect(again.counts).toMatchObject({ created: 3, updated: 0 });
	});

	it('never re-subscribes: a suppressed phone makes the re-imported contact unsubscribed', async () => {
		const ada = await existing('Ada', '+4915123456789');
		await unsubscribeContacts(db, [ada.id]);
		await db.contacts.delete(ada.id);

		const created = await job(FILE);
		const done = await runImport(db, created.id, FILE);
		expect(done.counts.suppressed).toBe(1);
		const back = (await stored()).find((c) => c.firstName === 'Ada');
		expect(back?.subscription).toBe('unsubscribed');
		const timeline = await listTimeline(db, back?.id ?? '');
		expect(timeline.map((event) => event.type)).toEqual(['imported', 'unsubscribed']);
	});

	it('unsubscribes every contact of a blocklist and remembers their identifiers', async () => {
		const created = await job(FILE, { unsubscribeAll: true });
		await runImport(db, created.id, FILE);
		for (const contact of await stored()) expect(contact.subscription).toBe('unsubscribed');
		expect(await db.suppressions.get('+4915123456789')).toMatchObject({ reason: 'import' });
		expect(await db.suppressions.get('dan@example.org')).toBeDefined();
	});

	it('adds every imported contact to the chosen lists', async () => {
		const created = await job(FILE, { listIds: ['list-a'] });
		await runImport(db, created.id, FILE);
		for (const contact of await stored()) expect(contact.listIds).toEqual(['list-a']);
	});

	it('applies the "needs a phone" setting', async () => {
		await setSetting(db, 'requirePhone', true);
		const created = await job(FILE);
		const done = await runImport(db, created.id, FILE);
		expect((await stored()).map((c) => c.firstName)).toEqual(['Ada']);
		expect(done.counts.failed).toBe(3);
		const issues = await listImportIssues(db, created.id, 0, 10);
		const dan = issues.find((issue) => issue.row === 5);
		expect(dan?.reasons).toEqual([
			expect.objectContaining({ column: null, error: 'contact.needs_phone' })
		]);
	});

	it('stops between batches when asked, keeping what it committed', async () => {
		const lines = [HEADER.join(',')];
		for (let i = 0; i < 50; i += 1) lines.push(`P${i},X,,p${i}@example.org,`);
		const file = csvFile(lines);
		const created = await job(file);
		let batches = 0;
		const done = await runImport(db, created.id, file, {
			batchSize: 10,
			shouldStop: () => ++batches >= 2
		});
		expect(done.status).toBe('cancelled');
		expect(done.counts.rows).toBe(20);
		expect(await db.contacts.count()).toBe(20);
	});

	it('resumes after the last committed row without importing a row twice', async () => {
		const lines = [HEADER.join(',')];
		for (let i = 0; i < 35; i += 1) lines.push(`P${i},X,,p${i}@example.org,`);
		const file = csvFile(lines);
		const created = await job(file);
		await runImport(db, created.id, file, { batchSize: 10, shouldStop: () => true });
		await db.imports.update(created.id, { status: 'interrupted' });
		const done = await runImport(db, created.id, file, { batchSize: 10 });
		expect(done.status).toBe('committed');
		expect(done.counts).toMatchObject({ rows: 35, created: 35 });
		expect(await db.contacts.count()).toBe(35);
	});

	it('fails with the reader’s code on a file it cannot read, writing nothing', async () => {
		const empty = new File([], 'empty.csv', { type: 'text/csv' });
		const created = await job(empty);
		const done = await runImport(db, created.id, empty);
		expect(done.status).toBe('failed');
		expect(done.error).toBe('file.empty');
		expect(await db.contacts.count()).toBe(0);
	});
});

describe('eachImportIssue', () => {
	it('walks every issue in file order, chunk by chunk', async () => {
		const lines = [HEADER.join(',')];
		for (let i = 0; i < 25; i += 1) lines.push(`P${i},X,bad${i},,`);
		const file = csvFile(lines);
		const created = await job(file);
		await runImport(db, created.id, file);
		const rows: number[] = [];
		for await (const chunk of eachImportIssue(db, created.id, 7)) {
			rows.push(...chunk.map((issue) => issue.row));
		}
		expect(rows).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
	});
});

describe('undoImport', () => {
	it('removes the contacts it created and restores the ones it updated; suppressions stay', async () => {
		const ada = await existing('Adelheid', '+4915123456789');
		const created = await job(FILE, { mode: 'overwrite', unsubscribeAll: true });
		await runImport(db, created.id, FILE, { batchSize: 1 });
		expect(await db.contacts.count()).toBe(2);

		const seen: ImportProgress[] = [];
		const undone = await undoImport(db, created.id, { onProgress: (p) => seen.push(p) });
		expect(undone.status).toBe('undone');
		const left = await stored();
		expect(left.map((c) => c.id)).toEqual([ada.id]);
		expect(left[0]?.firstName).toBe('Adelheid');
		expect(left[0]?.emails).toEqual([]);
		// the unsubscribe the file asked for is never undone
		expect(left[0]?.subscription).toBe('unsubscribed');
		expect(await db.suppressions.get('+4915123456789')).toBeDefined();
		expect(await db.suppressions.get('dan@example.org')).toBeDefined();
		expect(seen.every((p) => p.phase === 'undo')).toBe(true);
	});
});
