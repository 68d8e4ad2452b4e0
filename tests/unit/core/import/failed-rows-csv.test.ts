import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	failedRowsCsv,
	failedRowsCsvHeader,
	failedRowsCsvLines,
	type FailedRow
} from '../../../../src/lib/core/import/failed-rows-csv';

// what a spreadsheet (or carnet's own reader) sees when it opens the file
function cellsOf(csv: string, delimiter = ','): string[][] {
	expect(csv.startsWith('\ufeff')).toBe(true);
	const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

describe('failedRowsCsv', () => {
	const header = ['Name', 'Phone', 'E-mail'];
	const cases: {
		name: string;
		input: { rows: FailedRow[]; delimiter?: string };
		expected: string[][];
	}[] = [
		{
			name: 'the original columns and the reason last',
			input: { rows: [{ values: ['Ada', '12ab', ''], reason: 'Phone “12ab” is not valid' }] },
			expected: [
				['Name', 'Phone', 'E-mail', 'Reason'],
				['Ada', '12ab', '', 'Phone “12ab” is not valid']
			]
		},
		{
			name: 'delimiters, quotes and line breaks in a cell survive',
			input: {
				rows: [{ values: ['Doe, "Jo"', 'a\r\nb', 'x@'], reason: 'E-mail “x@” is invalid' }]
			},
			expected: [
				['Name', 'Phone', 'E-mail', 'Reason'],
				['Doe, "Jo"', 'a\r\nb', 'x@', 'E-mail “x@” is invalid']
			]
		},
		{
			name: 'a short row is padded so the reason stays in its column',
			input: { rows: [{ values: ['Jürgen'], reason: 'No phone or e-mail' }] },
			expected: [
				['Name', 'Phone', 'E-mail', 'Reason'],
				['Jürgen', '', '', 'No phone or e-mail']
			]
		},
		{
			name: 'cells beyond the header follow the reason, nothing is lost',
			input: { rows: [{ values: ['Eva', '0151', 'e@x.de', 'extra'], reason: 'Too short' }] },
			expected: [
				['Name', 'Phone', 'E-mail', 'Reason'],
				['Eva', '0151', 'e@x.de', 'Too short', 'extra']
			]
		},
		{
			name: 'the delimiter of the original file (German Excel)',
			input: {
				delimiter: ';',
				rows: [{ values: ['Müller; Hans', '4,91511E+11', ''], reason: 'lost digits' }]
			},
			expected: [
				['Name', 'Phone', 'E-mail', 'Reason'],
				['Müller; Hans', '4,91511E+11', '', 'lost digits']
			]
		},
		{ name: 'no rows: the header only', input: { rows: [] }, expected: [[...header, 'Reason']] }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const options = input.delimiter ? { delimiter: input.delimiter } : {};
		const csv = failedRowsCsv(header, 'Reason', input.rows, options);
		expect(cellsOf(csv, input.delimiter)).toEqual(expected);
	});

	it('uses the given delimiter between cells, not a comma', () => {
		const csv = failedRowsCsv(['a', 'b'], 'Grund', [{ values: ['1', '2'], reason: 'x' }], {
			delimiter: ';'
		});
		expect(csv).toBe('\ufeffa;b;Grund\r\n1;2;x\r\n');
	});

	it('chunks written one after another make the same file as one call', () => {
		const rows: FailedRow[] = Array.from({ length: 5 }, (_, i) => ({
			values: [`n${i}`, `${i}`, ''],
			reason: `r${i}`
		}));
		const chunked =
			failedRowsCsvHeader(header, 'Reason') +
			failedRowsCsvLines(header, rows.slice(0, 2)) +
			failedRowsCsvLines(header, []) +
			failedRowsCsvLines(header, rows.slice(2));
		expect(chunked).toBe(failedRowsCsv(header, 'Reason', rows));
		expect(cellsOf(chunked)).toHaveLength(6);
	});
});
