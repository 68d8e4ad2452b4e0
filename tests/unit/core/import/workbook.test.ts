import type { CellObject } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../../../src/lib/core/import/workbook';
import { readZipDirectory } from '../../../../src/lib/core/import/zip-directory';
import { errorCode, fixture, readAll } from './read-test-files';
import { sniffFile } from '../../../../src/lib/core/import/sniff';

describe('cellText', () => {
	const cases: { name: string; input: CellObject | undefined; expected: string }[] = [
		{ name: 'no cell', input: undefined, expected: '' },
		{
			name: 'text',
			input: { t: 's', v: '0151 2345678', w: '0151 2345678' },
			expected: '0151 2345678'
		},
		{
			name: 'a long phone typed as a number keeps every digit',
			input: { t: 'n', v: 4915112345678, z: 'General', w: '4.91511E+12' },
			expected: '4915112345678'
		},
		{
			name: 'a phone that lost its leading zero: its digits',
			input: { t: 'n', v: 15123456789, z: 'General', w: '15123456789' },
			expected: '15123456789'
		},
		{
			name: 'a number that is its own 6-digit rounding came from 4.91511E+11: kept visible',
			input: { t: 'n', v: 491511000000, z: 'General', w: '4.91511E+11' },
			expected: '4.91511E+11'
		},
		{
			name: 'a short round number is just digits',
			input: { t: 'n', v: 80331, z: 'General', w: '80331' },
			expected: '80331'
		},
		{
			name: 'a scientific format is what the user sees',
			input: { t: 'n', v: 4915112345678, z: '0.00E+00', w: '4.92E+12' },
			expected: '4.92E+12'
		},
		{
			name: 'a postal code format keeps its zero',
			input: { t: 'n', v: 1067, z: '00000', w: '01067' },
			expected: '01067'
		},
		{
			name: 'a decimal in General as excel shows it',
			input: { t: 'n', v: 0.30000000000000004, z: 'General', w: '0.3' },
			expected: '0.3'
		},
		{
			name: 'a date excel formats',
			input: { t: 'n', v: 29586, z: 'dd/mm/yyyy', w: '31/12/1980' },
			expected: '31/12/1980'
		},
		{
			name: 'a german date SheetJS cannot format comes out as ISO',
			input: { t: 'n', v: 29586, z: 'dd.mm.yyyy' },
			expected: '1980-12-31'
		},
		{
			name: 'an unformattable non-date number is its value',
			input: { t: 'n', v: 12.5, z: '#.##0,00 €' },
			expected: '12.5'
		},
		{
			name: 'one and a bit that reads like a thousand says so',
			input: { t: 'n', v: 1.234, z: 'General', w: '1.234' },
			expected: '1.2340'
		},
		{
			name: 'a thousand with a grouping format is its digits',
			input: { t: 'n', v: 1234, z: '#,##0', w: '1,234' },
			expected: '1234'
		},
		{
			name: 'a grouped number with decimals is as shown',
			input: { t: 'n', v: 1234.5, z: '#,##0.00', w: '1,234.50' },
			expected: '1,234.50'
		},
		{ name: 'a boolean', input: { t: 'b', v: true, w: 'TRUE' }, expected: 'TRUE' },
		{
			name: 'an error cell shows its error',
			input: { t: 'e', v: 42, w: '#N/A' },
			expected: '#N/A'
		},
		{
			name: 'a formula gives its computed value',
			input: { t: 's', v: 'Anna Müller', f: 'A2&" "&B2', w: 'Anna Müller' },
			expected: 'Anna Müller'
		},
		{ name: 'a stub', input: { t: 'z' }, expected: '' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(cellText(input)).toBe(expected);
	});

	it('counts dates of a 1904 workbook from 1904', () => {
		expect(cellText({ t: 'n', v: 28124, z: 'dd.mm.yyyy' }, true)).toBe('1980-12-31');
	});
});

describe('readZipDirectory', () => {
	it('lists the parts of an xlsx with their sizes', async () => {
		const entries = await readZipDirectory(fixture('two-sheets.xlsx'));
		const sheet = entries?.find((entry) => entry.name === 'xl/worksheets/sheet1.xml');
		expect(sheet?.size).toBeGreaterThan(100);
		expect(sheet?.encrypted).toBe(false);
	});

	it('gives null for a truncated zip', async () => {
		expect(await readZipDirectory(fixture('corrupt.xlsx'))).toBeNull();
	});
});

describe('workbooks too big for SheetJS', () => {
	it('are refused from the zip directory before anything is inflated', async () => {
		const sizes = (await readZipDirectory(fixture('two-sheets.xlsx'))) ?? [];
		const biggest = Math.max(
			...sizes.filter((entry) => entry.name.startsWith('xl/worksheets/')).map((entry) => entry.size)
		);
		const tooBig = { maxSheetBytes: biggest - 1 };
		expect(await errorCode(sniffFile(fixture('two-sheets.xlsx'), tooBig))).toBe('file.too_big');
		expect(await errorCode(readAll(fixture('two-sheets.xlsx'), tooBig))).toBe('file.too_big');
		expect(await errorCode(sniffFile(fixture('two-sheets.xlsx'), { maxSheetBytes: biggest }))).toBe(
			'resolved'
		);
	});
});

describe('the sniff → read sequence', () => {
	it('reads the same rows whether or not a sniff came first', async () => {
		const file = fixture('two-sheets.xlsx');
		await sniffFile(file);
		const afterSniff = await readAll(file);
		const alone = await readAll(fixture('two-sheets.xlsx'));
		expect(afterSniff).toEqual(alone);
	});

	it('reads the chosen sheet after a sniff of another', async () => {
		const file = fixture('two-sheets.xlsx');
		await sniffFile(file);
		expect((await readAll(file, { sheet: 'Suppliers' })).rows).toEqual([
			['Bäckerei Größe', '+49 89 123456']
		]);
	});
});
