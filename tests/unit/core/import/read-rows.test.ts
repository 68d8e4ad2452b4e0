import { describe, expect, it } from 'vitest';
import { readRows } from '../../../../src/lib/core/import/read-rows';
import type { ReadOptions } from '../../../../src/lib/core/import/types';
import { errorCode, fixture, readAll, textFile } from './read-test-files';

const PEOPLE = [
	['Anna', 'Müller', '0151 2345678', 'anna@example.de', 'Köln'],
	['Zoë', 'Lefèvre', '+33 6 12 34 56 78', 'zoe@example.fr', 'Besançon'],
	['Łukasz', 'Żółć', '+48 501 234 567', 'lukasz@example.pl', 'Łódź']
];

describe('readRows on the fixtures', () => {
	const cases: {
		name: string;
		input: string;
		options?: ReadOptions;
		expected: { rows: string[][]; numbers: number[]; header?: string[] };
	}[] = [
		{ name: 'utf-8', input: 'utf8.csv', expected: { rows: PEOPLE, numbers: [2, 3, 4] } },
		{
			name: 'utf-8 with BOM',
			input: 'utf8-bom.csv',
			expected: { rows: PEOPLE, numbers: [2, 3, 4] }
		},
		{ name: 'utf-16le tabs', input: 'utf16le.txt', expected: { rows: PEOPLE, numbers: [2, 3, 4] } },
		{ name: 'utf-16be', input: 'utf16be.csv', expected: { rows: PEOPLE, numbers: [2, 3, 4] } },
		{
			name: 'utf-16le without BOM',
			input: 'utf16le-no-bom.csv',
			expected: { rows: PEOPLE, numbers: [2, 3, 4] }
		},
		{
			name: 'german excel export: umlauts, €, „“ and – survive',
			input: 'excel-de-1252.csv',
			expected: {
				rows: [
					[
						'Jürgen',
						'Größe',
						'Bäckerei Größe & Söhne',
						'0171 2345678',
						'j.groesse@example.de',
						'Hauptstraße 5',
						'80331',
						'München',
						'1.234,50 €'
					],
					[
						'Renée',
						'Weiß',
						'„Café Weiß“ – Inh. R. Weiß',
						'0160 9876543',
						'renee@example.de',
						'Königsallee 12',
						'40212',
						'Düsseldorf',
						'99,90 €'
					]
				],
				numbers: [2, 3]
			}
		},
		{
			name: 'quoted fields keep their line breaks, delimiters and quotes',
			input: 'quoted.csv',
			expected: {
				rows: [
					['Smith, John', 'Line one\nLine two, with a comma', '+1 555 0100'],
					['O\'Brien "Bob"', 'He said "hi"; then left', '+1 555 0101'],
					['Plain', '', '+1 555 0102'],
					['Trailing quote', 'ends in "', '+1 555 0103']
				],
				numbers: [2, 3, 4, 5]
			}
		},
		{
			name: 'tsv with quotes and commas in a note',
			input: 'tabs.tsv',
			expected: {
				rows: [
					[
						'Anna Müller',
						'+49 151 2345678',
						'anna@example.de',
						'likes commas, semicolons; and "quotes"'
					],
					['Ben Okafor', '+44 7700 900123', 'ben@example.co.uk', '']
				],
				numbers: [2, 3]
			}
		},
		{
			name: 'ragged rows are kept as they are',
			input: 'ragged.csv',
			expected: {
				rows: [
					['Anna', 'anna@example.com'],
					['Ben', 'ben@example.com', '+49 30 123456', 'extra'],
					['Cleo', 'cleo@example.com', '+49 40 654321']
				],
				numbers: [2, 3, 4]
			}
		},
		{
			name: 'blank rows are skipped and the row numbers stay the file’s',
			input: 'blank-rows.csv',
			expected: {
				header: ['Name', 'Phone'],
				rows: [
					['Anna', '0151 111'],
					['Ben', '0151 222'],
					['Cleo', '0151 333']
				],
				numbers: [3, 6, 8]
			}
		},
		{
			name: 'the sep= line is not a row',
			input: 'sep-line.csv',
			expected: {
				header: ['Name', 'Phone'],
				rows: [
					['Anna', '0151 111'],
					['Ben', '0151 222']
				],
				numbers: [2, 3]
			}
		},
		{ name: 'header only', input: 'header-only.csv', expected: { rows: [], numbers: [] } },
		{
			name: 'xlsx: formulas give their value',
			input: 'two-sheets.xlsx',
			expected: {
				header: ['First name', 'Last name', 'Full name', 'Mobile', 'Email'],
				rows: [
					['Anna', 'Müller', 'Anna Müller', '0151 2345678', 'anna@example.de'],
					['Ben', 'Okafor', 'Ben Okafor', '+44 7700 900123', 'ben@example.co.uk']
				],
				numbers: [2, 3]
			}
		},
		{
			name: 'xlsx, the second sheet',
			input: 'two-sheets.xlsx',
			options: { sheet: 'Suppliers' },
			expected: {
				header: ['Company', 'Phone'],
				rows: [['Bäckerei Größe', '+49 89 123456']],
				numbers: [2]
			}
		},
		{
			name: 'xlsx numbers: digits, lost digits kept visible, formats as shown, dates as ISO',
			input: 'excel-numbers.xlsx',
			expected: {
				rows: [
					['Exact', '4915112345678', '80331', '1980-12-31', '2021-06-01'],
					['Lost digits', '4.91511E+11', '01067', '', ''],
					['No zero', '15123456789', '01234', '', ''],
					['Text', '0151 2345678', '01234', '', ''],
					['Scientific', '4.92E+12', '', '', '']
				],
				numbers: [2, 3, 4, 5, 6]
			}
		},
		{
			name: 'xls with a blank row',
			input: 'contacts.xls',
			expected: {
				rows: [
					['Anna Müller', '0151 2345678', 'anna@example.de'],
					['Zoë Lefèvre', '+33 6 12 34 56 78', 'zoe@example.fr']
				],
				numbers: [2, 4]
			}
		},
		{
			name: 'ods with a blank row',
			input: 'contacts.ods',
			expected: {
				rows: [
					['Anna Müller', '0151 2345678', 'anna@example.de'],
					['Zoë Lefèvre', '+33 6 12 34 56 78', 'zoe@example.fr']
				],
				numbers: [2, 4]
			}
		},
		{
			name: 'an empty sheet chosen: nothing',
			input: 'empty-first-sheet.xlsx',
			options: { sheet: 'Cover' },
			expected: { rows: [], numbers: [] }
		}
	];

	it.each(cases)('$name', async ({ input, options, expected }) => {
		const result = await readAll(fixture(input), options);
		expect(result.rows).toEqual(expected.rows);
		expect(result.numbers).toEqual(expected.numbers);
		if (expected.header) expect(result.header).toEqual(expected.header);
	});
});

describe('readRows refuses what it cannot read, on the first batch', () => {
	const cases = [
		{ name: 'empty', input: 'empty.csv', expected: 'file.empty' },
		{ name: 'blank', input: 'blank.csv', expected: 'file.empty' },
		{ name: 'binary', input: 'binary.csv', expected: 'file.binary' },
		{ name: 'corrupt xlsx', input: 'corrupt.xlsx', expected: 'file.corrupt' },
		{ name: 'encrypted xlsx', input: 'encrypted.xlsx', expected: 'file.encrypted' },
		{ name: 'a word document', input: 'document.docx', expected: 'file.unknown_format' }
	];
	it.each(cases)('$name', async ({ input, expected }) => {
		expect(await errorCode(readAll(fixture(input)))).toBe(expected);
	});
});

describe('readRows options', () => {
	const csv =
		'Name,Phone\n' + Array.from({ length: 25 }, (_, i) => `P${i + 1},${i + 1}\n`).join('');

	it('batches of batchSize, each with the header, numbered from the file', async () => {
		const batches = [];
		for await (const batch of readRows(textFile('a.csv', csv), { batchSize: 10 }))
			batches.push(batch);
		expect(batches.map((batch) => [batch.rows.length, batch.firstRow, batch.header])).toEqual([
			[10, 2, ['Name', 'Phone']],
			[10, 12, ['Name', 'Phone']],
			[5, 22, ['Name', 'Phone']]
		]);
		expect(batches.every((batch) => batch.rowNumbers === undefined)).toBe(true);
		expect(batches.at(-1)?.bytesRead).toBe(csv.length);
		expect(batches.every((batch) => batch.totalBytes === csv.length)).toBe(true);
	});

	it('skipRows resumes after the rows already done', async () => {
		const result = await readAll(textFile('a.csv', csv), { skipRows: 20, batchSize: 3 });
		expect(result.rows.map((row) => row[0])).toEqual(['P21', 'P22', 'P23', 'P24', 'P25']);
		expect(result.numbers).toEqual([22, 23, 24, 25, 26]);
	});

	it('skipRows does not count blank rows', async () => {
		const result = await readAll(fixture('blank-rows.csv'), { skipRows: 1 });
		expect(result.numbers).toEqual([6, 8]);
	});

	it('skipRows beyond the end yields nothing', async () => {
		expect((await readAll(textFile('a.csv', csv), { skipRows: 100 })).rows).toEqual([]);
	});

	it('skipRows in a vCard skips cards', async () => {
		const result = await readAll(fixture('android-2.1.vcf'), { skipRows: 1 });
		expect(result.numbers).toEqual([2, 4]);
	});

	it('bytesRead grows to the file size', async () => {
		const result = await readAll(textFile('a.csv', csv), { batchSize: 4, chunkBytes: 16 });
		const sorted = [...result.bytesRead].sort((a, b) => a - b);
		expect(result.bytesRead).toEqual(sorted);
		expect(result.bytesRead.at(-1)).toBe(csv.length);
	});

	it('the delimiter the user chose wins', async () => {
		const result = await readAll(fixture('utf8.csv'), { delimiter: ';' });
		expect(result.header).toEqual(['First name,Last name,Phone,Email,City']);
		expect(result.rows[0]).toEqual(['Anna,Müller,0151 2345678,anna@example.de,Köln']);
	});
});

describe('readRows reads big and wide files', () => {
	it('a 1,000-column file', async () => {
		const columns = 1000;
		const header = Array.from({ length: columns }, (_, i) => `Column ${i + 1}`);
		const lines = [header.join(';')];
		for (let r = 0; r < 50; r++)
			lines.push(Array.from({ length: columns }, (_, c) => `${r}.${c}`).join(';'));
		const result = await readAll(textFile('wide.csv', lines.join('\r\n')), { chunkBytes: 4096 });
		expect(result.header).toHaveLength(columns);
		expect(result.rows).toHaveLength(50);
		expect(result.rows[49]?.[999]).toBe('49.999');
	});

	it('a 1 MB cell, quoted with line breaks, across many small slices', async () => {
		const cell = 'Lorem ipsum, "dolor"\n'.repeat(50_000);
		const quoted = `"${cell.replace(/"/g, '""')}"`;
		const text = `Name,Note,Phone\r\nAnna,${quoted},0151\r\nBen,short,0152\r\n`;
		const result = await readAll(textFile('big-cell.csv', text), { chunkBytes: 8192 });
		expect(result.rows.map((row) => row.length)).toEqual([3, 3]);
		expect(result.rows[0]?.[1]).toBe(cell);
		expect(result.rows[1]).toEqual(['Ben', 'short', '0152']);
		expect(result.numbers).toEqual([2, 3]);
	});

	it('a 1 MB cell in the header row still finds its line break', async () => {
		const cell = 'x'.repeat(1_100_000);
		const text = `Name;${cell}\r\nAnna;1\r\n`;
		const result = await readAll(textFile('big-header.csv', text));
		expect(result.header[1]).toHaveLength(cell.length);
		expect(result.rows).toEqual([['Anna', '1']]);
	});

	it('a file that turns out not to be utf-8 after its first MiB', async () => {
		const ascii = 'Name;City\r\n' + 'Anna;Berlin\r\n'.repeat(100_000);
		const tail = new Uint8Array([...'Jürgen;München\r\n'].map((c) => c.charCodeAt(0)));
		const file = new File([ascii, tail], 'late.csv');
		const result = await readAll(file);
		expect(result.rows.at(-1)).toEqual(['Jürgen', 'München']);
		expect(result.rows).toHaveLength(100_001);
	});
});
