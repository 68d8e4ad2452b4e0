import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../../src/lib/core/import/sniff';
import type { FileInfo, ReadOptions } from '../../../../src/lib/core/import/types';
import { errorCode, fixture, textFile } from './read-test-files';

const PEOPLE_HEADER = ['First name', 'Last name', 'Phone', 'Email', 'City'];
const VCARD_BASE = [
	'First name',
	'Last name',
	'Full name',
	'Alias',
	'Organization',
	'Birth date',
	'Street',
	'Postal code',
	'City',
	'Region',
	'Country',
	'Note'
];

type Expected = Partial<Omit<FileInfo, 'sample'>> & { sampleRows?: number; firstSample?: string[] };

describe('sniffFile on the fixtures', () => {
	const cases: { name: string; input: string; options?: ReadOptions; expected: Expected }[] = [
		{
			name: 'utf-8 csv',
			input: 'utf8.csv',
			expected: {
				format: 'csv',
				encoding: 'utf-8',
				delimiter: ',',
				header: PEOPLE_HEADER,
				estimatedRows: 3,
				exactRows: true,
				sheets: [],
				sheet: '',
				firstSample: ['Anna', 'Müller', '0151 2345678', 'anna@example.de', 'Köln']
			}
		},
		{
			name: 'utf-8 with BOM: the BOM is not part of the first column name',
			input: 'utf8-bom.csv',
			expected: { encoding: 'utf-8', delimiter: ',', header: PEOPLE_HEADER, estimatedRows: 3 }
		},
		{
			name: 'excel unicode text: utf-16le, tabs',
			input: 'utf16le.txt',
			expected: { format: 'csv', encoding: 'utf-16le', delimiter: '\t', header: PEOPLE_HEADER }
		},
		{
			name: 'utf-16be with BOM',
			input: 'utf16be.csv',
			expected: { encoding: 'utf-16be', delimiter: ',', header: PEOPLE_HEADER, estimatedRows: 3 }
		},
		{
			name: 'utf-16le without BOM',
			input: 'utf16le-no-bom.csv',
			expected: {
				encoding: 'utf-16le',
				header: PEOPLE_HEADER,
				firstSample: ['Anna', 'Müller', '0151 2345678', 'anna@example.de', 'Köln']
			}
		},
		{
			name: 'german excel: windows-1252 and semicolons',
			input: 'excel-de-1252.csv',
			expected: {
				encoding: 'windows-1252',
				delimiter: ';',
				header: [
					'Vorname',
					'Nachname',
					'Firma',
					'Handy',
					'E-Mail',
					'Straße',
					'PLZ',
					'Ort',
					'Umsatz'
				],
				estimatedRows: 2
			}
		},
		{
			name: 'tsv',
			input: 'tabs.tsv',
			expected: { delimiter: '\t', header: ['Name', 'Phone', 'Email', 'Note'] }
		},
		{
			name: 'pipes',
			input: 'pipes.txt',
			expected: { delimiter: '|', header: ['id', 'name', 'mobile', 'email'], estimatedRows: 2 }
		},
		{
			name: 'quoted fields with line breaks count as one row each',
			input: 'quoted.csv',
			expected: { delimiter: ',', header: ['Name', 'Note', 'Phone'], estimatedRows: 4 }
		},
		{
			name: 'header only: no rows, not an error',
			input: 'header-only.csv',
			expected: {
				header: ['Name', 'Email', 'Phone'],
				estimatedRows: 0,
				exactRows: true,
				sampleRows: 0
			}
		},
		{
			name: 'blank rows are not counted',
			input: 'blank-rows.csv',
			expected: { header: ['Name', 'Phone'], estimatedRows: 3, sampleRows: 3 }
		},
		{
			name: "excel's sep= line names the delimiter and is not the header",
			input: 'sep-line.csv',
			expected: { delimiter: ';', header: ['Name', 'Phone'], estimatedRows: 2 }
		},
		{
			name: 'duplicate header names are kept',
			input: 'duplicate-headers.csv',
			expected: { header: ['Name', 'Phone', 'Phone', 'Email', 'Email'] }
		},
		{
			name: 'google contacts export',
			input: 'google-contacts.csv',
			expected: { encoding: 'utf-8', delimiter: ',', estimatedRows: 3, sampleRows: 3 }
		},
		{
			name: 'outlook export (ANSI)',
			input: 'outlook.csv',
			expected: { encoding: 'windows-1252', delimiter: ',', estimatedRows: 2 }
		},
		{
			name: 'outlook export with german headers',
			input: 'outlook-de.csv',
			expected: { encoding: 'windows-1252', delimiter: ',', estimatedRows: 2 }
		},
		{
			name: 'xlsx with two sheets: the first is read, both are offered',
			input: 'two-sheets.xlsx',
			expected: {
				format: 'xlsx',
				encoding: '',
				delimiter: '',
				sheets: ['Customers', 'Suppliers'],
				sheet: 'Customers',
				header: ['First name', 'Last name', 'Full name', 'Mobile', 'Email'],
				estimatedRows: 2,
				exactRows: true
			}
		},
		{
			name: 'xlsx, the second sheet chosen',
			input: 'two-sheets.xlsx',
			options: { sheet: 'Suppliers' },
			expected: { sheet: 'Suppliers', header: ['Company', 'Phone'], estimatedRows: 1 }
		},
		{
			name: 'xlsx whose first sheet is empty: the first sheet with data',
			input: 'empty-first-sheet.xlsx',
			expected: { sheets: ['Cover', 'Data'], sheet: 'Data', header: ['Name', 'Phone', 'Email'] }
		},
		{
			name: 'xlsx, an empty sheet chosen: no header, no rows',
			input: 'empty-first-sheet.xlsx',
			options: { sheet: 'Cover' },
			expected: { sheet: 'Cover', header: [], estimatedRows: 0, sampleRows: 0 }
		},
		{
			name: 'xls (biff8)',
			input: 'contacts.xls',
			expected: {
				format: 'xls',
				sheets: ['Sheet1'],
				header: ['Name', 'Phone', 'Email'],
				estimatedRows: 2
			}
		},
		{
			name: 'ods',
			input: 'contacts.ods',
			expected: {
				format: 'ods',
				sheets: ['Tabelle1'],
				header: ['Name', 'Phone', 'Email'],
				estimatedRows: 2
			}
		},
		{
			name: 'vCard 2.1 from android: the empty card is not counted',
			input: 'android-2.1.vcf',
			expected: {
				format: 'vcard',
				encoding: 'utf-8',
				delimiter: '',
				header: [
					...VCARD_BASE,
					'Phone 1',
					'Phone 1 type',
					'Phone 2',
					'Phone 2 type',
					'Phone 3',
					'Phone 3 type',
					'Email 1',
					'Email 2'
				],
				estimatedRows: 3,
				exactRows: true
			}
		},
		{
			name: 'vCard 3.0 from an iphone: four phones, one e-mail',
			input: 'iphone-3.0.vcf',
			expected: {
				header: [
					...VCARD_BASE,
					...[1, 2, 3, 4].flatMap((n) => [`Phone ${n}`, `Phone ${n} type`]),
					'Email 1'
				],
				estimatedRows: 2
			}
		},
		{
			name: 'vCard 4.0',
			input: 'contacts-4.0.vcf',
			expected: { format: 'vcard', estimatedRows: 2 }
		}
	];

	it.each(cases)('$name', async ({ input, options, expected }) => {
		const info = await sniffFile(fixture(input), options);
		const { sampleRows, firstSample, ...fields } = expected;
		expect(info).toMatchObject(fields);
		if (sampleRows !== undefined) expect(info.sample).toHaveLength(sampleRows);
		if (firstSample) expect(info.sample[0]).toEqual(firstSample);
	});
});

describe('sniffFile refuses what it cannot read', () => {
	const cases: { name: string; input: File; options?: ReadOptions; expected: string }[] = [
		{ name: '0 bytes', input: fixture('empty.csv'), expected: 'file.empty' },
		{
			name: 'only a BOM, blank lines and empty cells',
			input: fixture('blank.csv'),
			expected: 'file.empty'
		},
		{ name: 'only a BOM', input: textFile('bom.csv', '\ufeff'), expected: 'file.empty' },
		{ name: 'a png renamed .csv', input: fixture('binary.csv'), expected: 'file.binary' },
		{ name: 'a truncated xlsx', input: fixture('corrupt.xlsx'), expected: 'file.corrupt' },
		{
			name: 'a password-protected xlsx',
			input: fixture('encrypted.xlsx'),
			expected: 'file.encrypted'
		},
		{
			name: 'a png with its own name',
			input: new File([fixture('binary.csv')], 'photo.png'),
			expected: 'file.unknown_format'
		},
		{
			name: 'a pdf',
			input: textFile('contacts.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'),
			expected: 'file.unknown_format'
		},
		{
			name: 'a sheet that is not in the workbook',
			input: fixture('two-sheets.xlsx'),
			options: { sheet: 'Nope' },
			expected: 'file.sheet_not_found'
		},
		{
			name: 'a sheet bigger than the limit',
			input: fixture('two-sheets.xlsx'),
			options: { maxSheetBytes: 100 },
			expected: 'file.too_big'
		},
		{
			name: 'an encoding no browser knows',
			input: fixture('utf8.csv'),
			options: { encoding: 'klingon-8' },
			expected: 'file.unknown_encoding'
		},
		{
			name: 'a vcf without a card',
			input: textFile('contacts.vcf', 'Name,Phone\nAnna,0151\n'),
			expected: 'file.unknown_format'
		},
		{ name: 'a word document', input: fixture('document.docx'), expected: 'file.unknown_format' },
		{
			name: 'a word document named .xlsx',
			input: new File([fixture('document.docx')], 'contacts.xlsx'),
			expected: 'file.corrupt'
		}
	];
	it.each(cases)('$name', async ({ input, options, expected }) => {
		expect(await errorCode(sniffFile(input, options))).toBe(expected);
	});
});

describe('sniffFile with the user’s choices', () => {
	it('reads the german export as latin1 when told, with the same result', async () => {
		const info = await sniffFile(fixture('excel-de-1252.csv'), { encoding: 'latin1' });
		expect(info.encoding).toBe('windows-1252');
		expect(info.sample[1]?.[2]).toBe('„Café Weiß“ – Inh. R. Weiß');
	});

	it('splits by the chosen delimiter', async () => {
		const info = await sniffFile(fixture('utf8.csv'), { delimiter: ';' });
		expect(info.delimiter).toBe(';');
		expect(info.header).toEqual(['First name,Last name,Phone,Email,City']);
	});

	it('reads a tab-separated text named .xls (web apps export those) as text', async () => {
		const file = new File([fixture('tabs.tsv')], 'export.xls');
		const info = await sniffFile(file);
		expect([info.format, info.delimiter, info.header[0]]).toEqual(['csv', '\t', 'Name']);
	});

	it('reads a real workbook named .csv as a workbook', async () => {
		const file = new File([fixture('two-sheets.xlsx')], 'contacts.csv');
		expect((await sniffFile(file)).format).toBe('xlsx');
	});

	it('recognises a vCard by its content whatever its name', async () => {
		const file = new File([fixture('iphone-3.0.vcf')], 'contacts.txt');
		expect((await sniffFile(file)).format).toBe('vcard');
	});
});

describe('sniffFile on a big file', () => {
	it('estimates the row count from the first MiB and says it is an estimate', async () => {
		const rows = 40_000;
		let text = 'Name,Phone,Email,City\n';
		for (let i = 0; i < rows; i++) {
			text += `Person ${i},+49 151 ${String(i).padStart(8, '0')},p${i}@example.com,${i % 2 ? 'Berlin' : 'Köln'}\n`;
		}
		const info = await sniffFile(textFile('big.csv', text));
		expect(info.exactRows).toBe(false);
		expect(info.sample).toHaveLength(20);
		expect(Math.abs(info.estimatedRows - rows) / rows).toBeLessThan(0.05);
	});
});
