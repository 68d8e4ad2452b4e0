import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import { createExporter, exportContacts } from '../../../../src/lib/core/export/export-contacts';
import type { ExportOptions } from '../../../../src/lib/core/export/options';
import { FIELDS, LISTS, makeBook } from './fixtures';
import { importBack } from './import-back';
import { parseCsv } from './read-csv';

const book = makeBook();
const text = (contacts: Contact[], opts: Omit<ExportOptions, 'format'> = {}) =>
	[...exportContacts(contacts, { format: 'csv', fields: FIELDS, lists: LISTS, ...opts })].join('');

// what our import makes of the export: the same contacts (ids and times are the file's business)
const readBack = (csv: string) => importBack(new File([csv], 'contacts.csv'), book, FIELDS, LISTS);

describe('csv export', () => {
	it('reads back through our import as the same contacts, custom fields and lists included', async () => {
		expect(await readBack(text(book))).toEqual(book);
	});

	it.each([
		{ name: 'semicolons', input: { delimiter: ';' as const } },
		{ name: 'a byte order mark', input: { bom: true } },
		{ name: 'national phones', input: { phoneFormat: 'national' as const, defaultCountry: 'DE' } },
		{ name: 'no formula guard', input: { guardFormulas: false } }
	])('reads back the same with $name', async ({ input }) => {
		expect(await readBack(text(book, input))).toEqual(book);
	});

	it('writes list names with a comma in quotes, so that they read back whole', () => {
		const { rows } = parseCsv(text(book, { columns: ['lists'] }));
		expect(rows[0]).toEqual(['Choir, "Newsletter, weekly"']);
	});

	it('writes a header with a column per phone (and its kind) and per e-mail', () => {
		const { header } = parseCsv(text(book));
		expect(header.slice(0, 11)).toEqual([
			'First name',
			'Last name',
			'Alias',
			'Organization',
			'Phone 1',
			'Phone 1 type',
			'Phone 2',
			'Phone 2 type',
			'Phone 3',
			'Phone 3 type',
			'Email 1'
		]);
		expect(header).toContain('Email 2');
		expect(header).not.toContain('Email 3');
		// `Remark` alone would be read as the note
		expect(header.slice(-5)).toEqual([
			'Voice',
			'Dues',
			'Member',
			'Joined',
			'Remark; "quoted" (custom)'
		]);
	});

	it('writes only the chosen columns, in the chosen order', () => {
		const csv = text(book, { columns: ['lastName', 'custom:f-dues', 'emails', 'createdAt'] });
		const { header, rows } = parseCsv(csv);
		expect(header).toEqual(['Last name', 'Dues', 'Email 1', 'Email 2', 'Created']);
		expect(rows[0]).toEqual([
			'Müller-Lüdenscheidt',
			'1.2340',
			'zoe@example.org',
			'z.mueller@bäckerei.de',
			'2023-11-14T22:13:20.000Z'
		]);
		expect(rows[1]?.[1]).toBe('-12.5');
	});

	it('ends records with CRLF, quotes what needs it and starts with a BOM when asked', () => {
		const csv = text(book.slice(0, 1), { bom: true, columns: ['alias', 'note'] });
		expect(csv.startsWith('\ufeffAlias,Note\r\n')).toBe(true);
		expect(csv).toContain('"Zo, the ""boss"""');
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('guards formulas by default and leaves phones and numbers readable', () => {
		const csv = text(book, { columns: ['phones', 'note', 'custom:f-remark', 'custom:f-dues'] });
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")`);
		expect(csv).toContain("'@sum(1+1)");
		expect(csv).toContain('\n+4915123456789,Mobile,');
		expect(csv).toContain(',-12.5\r\n');
		const off = text(book, { columns: ['note'], guardFormulas: false });
		expect(off).toContain('"=HYPERLINK(');
	});

	it('writes national phones of the default country and keeps foreign ones international', () => {
		const { rows } = parseCsv(
			text(book, { columns: ['phones'], phoneFormat: 'national', defaultCountry: 'DE' })
		);
		expect(rows[0]?.slice(0, 6)).toEqual([
			'01512 3456789',
			'Mobile',
			'030 1234567',
			'Work',
			'+33612345678',
			'WhatsApp'
		]);
	});

	it('counts what did not fit when told a smaller shape', () => {
		const exporter = createExporter({ format: 'csv', shape: { phones: 1, emails: 1 } });
		exporter.start();
		exporter.write(book);
		expect(exporter.count).toBe(4);
		expect(exporter.dropped).toEqual({ phones: 3, emails: 1, birthDates: 0 });
	});

	it('streams: an iterable that is not an array is read once, chunk by chunk', () => {
		let pulled = 0;
		function* many(): Generator<Contact> {
			for (let i = 0; i < 1_200; i++) {
				pulled += 1;
				yield book[i % book.length] as Contact;
			}
		}
		const chunks = [...exportContacts(many(), { format: 'csv' })];
		expect(pulled).toBe(1_200);
		// the header, then one chunk per 500 contacts
		expect(chunks).toHaveLength(4);
		expect(parseCsv(chunks.join('')).rows).toHaveLength(1_200);
	});
});
