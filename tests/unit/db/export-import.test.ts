// issue 8's round trip: a book exported as csv, xlsx or vcard and imported into an empty book
// through our own import (sniffFile → suggestMapping as the import screen proposes it, untouched →
// runImport) gives the same contacts: ids and times aside, lists matched by name (and created when
// missing), custom fields matched by label.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Contact, ContactDraft, CustomValue } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import { createExporter } from '../../../src/lib/core/export/export-contacts';
import type { ExportOptions } from '../../../src/lib/core/export/options';
import { contactTable, measureShape, sheetRow } from '../../../src/lib/core/export/table';
import { sniffFile } from '../../../src/lib/core/import/sniff';
import { suggestMapping } from '../../../src/lib/core/import/suggest-mapping';
import { addContact } from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { contactChunks } from '../../../src/lib/db/export-source';
import { createField, listFields } from '../../../src/lib/db/fields-repo';
import { runImport } from '../../../src/lib/db/import-run';
import { createImportJob, listImportIssues } from '../../../src/lib/db/imports-repo';
import { createList, listLists } from '../../../src/lib/db/lists-repo';
import type { FieldType } from '../../../src/lib/db/schema';
import { fakeIndexedDb, uniqueName } from './harness';

const FIELDS: { label: string; type: FieldType; options?: string[] }[] = [
	{ label: 'Voice', type: 'choice', options: ['soprano', 'alto', 'mezzo, lyric'] },
	{ label: 'Dues', type: 'number' },
	{ label: 'Member', type: 'boolean' },
	{ label: 'Joined', type: 'date' },
	{ label: 'Remark; "quoted"', type: 'text' },
	// named like a standard column: written as `City (custom)`, read back into this field
	{ label: 'City', type: 'text' }
];

const LISTS = ['Choir', 'Newsletter, weekly', 'The "A" team', '=evil', 'Élèves'];

/** a contact as the test writes it: lists by name, custom values by field label */
type Entry = Omit<ContactDraft, 'listIds' | 'custom'> & {
	lists?: string[];
	custom?: Record<string, CustomValue>;
};

const TEN_PHONES: ContactDraft['phones'] = [
	{ value: '+49 151 11111111', kind: 'mobile' },
	{ value: '+49 30 1234567', kind: 'work' },
	{ value: '+33 6 12 34 56 78', kind: 'whatsapp' },
	{ value: '+44 20 7946 0958', kind: 'home' },
	{ value: '+1 212 555 0123', kind: 'other' },
	{ value: '+49 151 22222222', kind: 'home' },
	{ value: '+41 44 668 18 00', kind: 'work' },
	{ value: '+43 664 1234567', kind: 'whatsapp' },
	{ value: '+39 06 1234 5678', kind: 'other' },
	{ value: '+49 89 12345678', kind: 'mobile' }
];

const ENTRIES: Entry[] = [
	{
		firstName: 'Zoë',
		lastName: 'Müller-Lüdenscheidt',
		alias: 'Zo, the "boss"',
		organization: 'Bäckerei Kunz; Filiale 2',
		phones: [
			{ value: '+49 151 23456789', kind: 'mobile' },
			{ value: '030 7654321', kind: 'work' },
			{ value: '+33 6 12 34 56 79', kind: 'whatsapp' }
		],
		emails: [{ value: 'zoe@example.org' }, { value: 'z.mueller@bäckerei.de' }],
		birthDate: '--02-29',
		street: 'Hauptstraße 5, Hinterhaus',
		postalCode: '10115',
		city: 'Berlin',
		region: 'BE',
		country: 'DE',
		note: '=HYPERLINK("https://evil.example","click")\nsecond line, with comma; and "quotes"\\backslash\n\nafter a blank line',
		lists: ['Choir', 'Newsletter, weekly'],
		custom: {
			Voice: 'alto',
			Dues: 1.234,
			Member: true,
			Joined: '2019-03-01',
			'Remark; "quoted"': '@sum(1+1)',
			City: 'Hometown'
		}
	},
	{
		firstName: 'Jean-Luc',
		lastName: 'Picard',
		phones: [
			{ value: '+44 7400 123456', kind: 'home' },
			{ value: '+39 06 1234 5679', kind: 'other' }
		],
		emails: [{ value: 'jl@example.fr' }],
		birthDate: '2305-07-13',
		subscription: 'unsubscribed',
		note: '-5 is not a formula but -x is',
		lists: ['The "A" team'],
		custom: { Dues: -12.5, Member: false, Voice: 'mezzo, lyric' }
	},
	{
		firstName: '山田',
		lastName: '太郎 👩‍💻',
		emails: [{ value: 'taro@example.jp' }],
		organization: '+Plus GmbH',
		note: 'A long note that goes on and on so that the vCard line must be folded more than once: éèêë àâä ôö ûü ç — 山田太郎 👩‍💻 and more text.',
		lists: ['Élèves', 'Choir'],
		custom: { Dues: 0, Joined: '2024-12-31' }
	},
	{ organization: 'Only an organization', phones: [{ value: '+1 212 555 0199', kind: 'work' }] },
	{
		firstName: 'Ten',
		lastName: 'Phones',
		phones: TEN_PHONES,
		emails: [{ value: 'a@example.org' }, { value: 'b@example.org' }, { value: 'c@example.org' }],
		custom: { Dues: 1234567.25 }
	},
	{
		firstName: '=SUM(1)',
		lastName: '-5',
		alias: '@home',
		organization: '+49 151 0000',
		phones: [{ value: '+31 6 12345678', kind: 'mobile' }],
		city: "'s-Hertogenbosch",
		postalCode: '5211',
		country: 'NL',
		note: "'tis the season\r\n\t=cmd|' /C calc'!A0",
		lists: ['=evil'],
		custom: { 'Remark; "quoted"': '=1+A1', City: '-x', Dues: 0.5 }
	},
	{ emails: [{ value: 'only@example.org' }] },
	{
		firstName: 'Claire',
		lastName: "O'Neill",
		// lives in france with a german phone: a national export keeps its prefix, since the
		// import reads `030 9876543` in the address's country first, where it is a valid number too
		phones: [{ value: '+49 30 9876543', kind: 'work' }],
		city: 'Lyon',
		country: 'FR',
		birthDate: '1990-01-31',
		custom: { Member: true }
	}
];

const DEFAULT_COUNTRY = 'DE';
let source: CarnetDatabase;
let target: CarnetDatabase;

beforeEach(async () => {
	source = openDatabase(uniqueName(), fakeIndexedDb());
	target = openDatabase(uniqueName(), fakeIndexedDb());
	await seed(source);
	// the target book knows the custom fields (a user defines them, or a restore brings them) and
	// none of the lists: the import creates them
	for (const field of FIELDS) await mustCreateField(target, field);
});

afterEach(async () => {
	await source.delete();
	await target.delete();
});

async function mustCreateField(db: CarnetDatabase, field: (typeof FIELDS)[number]): Promise<void> {
	const created = await createField(db, field);
	if (!created.ok) throw new Error(created.error);
}

async function seed(db: CarnetDatabase): Promise<void> {
	for (const field of FIELDS) await mustCreateField(db, field);
	const listIds = new Map<string, string>();
	for (const name of LISTS) {
		const created = await createList(db, name);
		if (!created.ok) throw new Error(created.error);
		listIds.set(name, created.list.id);
	}
	const fieldIds = new Map((await listFields(db)).map((field) => [field.label, field.id]));
	for (const [index, entry] of ENTRIES.entries()) {
		const { lists = [], custom = {}, ...draft } = entry;
		const result = createContact(
			{
				...draft,
				listIds: lists.map((name) => listIds.get(name) ?? name),
				custom: Object.fromEntries(
					Object.entries(custom).map(([label, value]) => [fieldIds.get(label) ?? label, value])
				)
			},
			{ defaultCountry: DEFAULT_COUNTRY, now: 1_700_000_000_000 + index }
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		await addContact(db, result.contact);
	}
}

type Format = 'csv' | 'xlsx' | 'vcard';

// the export as the export worker writes it: the book a chunk at a time through the exporter, or
// its table through SheetJS
async function exportBook(
	format: Format,
	options: Omit<ExportOptions, 'format' | 'fields' | 'lists'>
): Promise<File> {
	const fields = (await listFields(source)).map(({ id, label, type }) => ({ id, label, type }));
	const lists = (await listLists(source)).map(({ id, name }) => ({ id, name }));
	const all: Contact[] = [];
	const book = {
		kind: 'query' as const,
		query: { sort: 'name' as const, direction: 'asc' as const }
	};
	for await (const chunk of contactChunks(source, book, 3)) all.push(...chunk);
	const shape = measureShape(all);
	if (format === 'xlsx') {
		const table = contactTable({ ...options, format: 'csv', fields, lists, shape });
		const sheet = XLSX.utils.aoa_to_sheet([table.header], { dense: true });
		XLSX.utils.sheet_add_aoa(
			sheet,
			all.map((contact) => sheetRow(table.row(contact))),
			{ origin: -1 }
		);
		const workbook = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(workbook, sheet, 'Contacts');
		const data = XLSX.write(workbook, { bookType: 'xlsx', type: 'array', compression: true });
		return new File([data as ArrayBuffer], 'contacts.xlsx');
	}
	const exporter = createExporter({ ...options, format, fields, lists, shape });
	const text = exporter.start() + exporter.write(all);
	return new File([text], format === 'vcard' ? 'contacts.vcf' : 'contacts.csv');
}

// the import as the import screen runs it when the user changes nothing
async function importFile(file: File): Promise<void> {
	const info = await sniffFile(file);
	const fields = (await listFields(target)).map(({ id, label }) => ({ id, label }));
	const mapping = suggestMapping(info.header, info.sample, {
		fields,
		defaultCountry: DEFAULT_COUNTRY
	});
	const job = await createImportJob(target, {
		file: { name: file.name, size: file.size, type: file.type, lastModified: file.lastModified },
		header: info.header,
		mapping,
		options: {
			defaultCountry: DEFAULT_COUNTRY,
			listIds: [],
			unsubscribeAll: false,
			duplicates: 'fill',
			format: info.format,
			encoding: info.encoding,
			delimiter: info.delimiter,
			sheet: info.sheet
		},
		totalRows: info.estimatedRows
	});
	const done = await runImport(target, job.id, file, { batchSize: 3 });
	const issues = await listImportIssues(target, job.id, 0, 100);
	// no row refused and not a single warning
	expect(issues.map((issue) => ({ row: issue.row, reasons: issue.reasons }))).toEqual([]);
	expect(done.counts).toMatchObject({ rows: ENTRIES.length, created: ENTRIES.length, failed: 0 });
	// nothing became a new custom field: every column went where it came from
	expect((await listFields(target)).map((field) => field.label)).toEqual(
		FIELDS.map((field) => field.label)
	);
}

/** the book's contacts without ids and times, lists by name and custom values by label */
async function comparable(db: CarnetDatabase): Promise<unknown[]> {
	const lists = new Map((await listLists(db)).map((list) => [list.id, list.name]));
	const fields = new Map((await listFields(db)).map((field) => [field.id, field.label]));
	const contacts = await db.contacts.toArray();
	return contacts
		.map((contact) => {
			const { id, createdAt, updatedAt, importId, listIds, custom, ...rest } = contact;
			void [id, createdAt, updatedAt, importId];
			return {
				...rest,
				lists: listIds.map((listId) => lists.get(listId) ?? `missing ${listId}`),
				custom: Object.fromEntries(
					Object.entries(custom).map(([fieldId, value]) => [fields.get(fieldId) ?? fieldId, value])
				)
			};
		})
		.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('export then import into an empty book', () => {
	it.each([
		{ name: 'csv, commas', format: 'csv' as const, options: {} },
		{ name: 'csv, semicolons', format: 'csv' as const, options: { delimiter: ';' as const } },
		{ name: 'csv with a byte order mark', format: 'csv' as const, options: { bom: true } },
		{
			name: 'csv, semicolons, byte order mark, national phones',
			format: 'csv' as const,
			options: {
				delimiter: ';' as const,
				bom: true,
				phoneFormat: 'national' as const,
				defaultCountry: DEFAULT_COUNTRY
			}
		},
		{
			name: 'csv without the formula guard',
			format: 'csv' as const,
			options: { guardFormulas: false }
		},
		{ name: 'xlsx', format: 'xlsx' as const, options: {} },
		{ name: 'vcard 3.0', format: 'vcard' as const, options: {} },
		{
			name: 'vcard with national phones',
			format: 'vcard' as const,
			options: { phoneFormat: 'national' as const, defaultCountry: DEFAULT_COUNTRY }
		}
	])('$name gives the same contacts', async ({ format, options }) => {
		await importFile(await exportBook(format, options));
		const before = await comparable(source);
		expect(before).toHaveLength(ENTRIES.length);
		expect(await comparable(target)).toEqual(before);
		// the lists were created once each, by name
		expect((await listLists(target)).map((list) => list.name).sort()).toEqual([...LISTS].sort());
	});

	it('brings custom values into a book without the fields as text fields of the same names', async () => {
		await target.fields.clear();
		await importFile(await exportBook('csv', {}));
		const fields = await listFields(target);
		expect(fields.map((field) => [field.label, field.type])).toEqual(
			FIELDS.map((field) => [field.label, 'text'])
		);
		const zoe = (await target.contacts.toArray()).find((contact) => contact.firstName === 'Zoë');
		const byLabel = new Map(fields.map((field) => [field.id, field.label]));
		expect(
			Object.fromEntries(
				Object.entries(zoe?.custom ?? {}).map(([id, value]) => [byLabel.get(id), value])
			)
		).toEqual({
			Voice: 'alto',
			Dues: '1.2340',
			Member: 'yes',
			Joined: '2019-03-01',
			'Remark; "quoted"': '@sum(1+1)',
			City: 'Hometown'
		});
	});

	it('adds the contacts to the lists the book has already, matched by name', async () => {
		const existing = await createList(target, 'choir');
		if (!existing.ok) throw new Error(existing.error);
		await importFile(await exportBook('csv', {}));
		const lists = await listLists(target);
		expect(lists.filter((list) => list.name.toLowerCase() === 'choir')).toEqual([existing.list]);
		const members = await target.contacts.where('listIds').equals(existing.list.id).count();
		expect(members).toBe(2);
	});
});
