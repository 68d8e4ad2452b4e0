import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
	detectDelimiter,
	detectNewline,
	separatorLine
} from '../../../../src/lib/core/import/csv-dialect';
import { isBlankRow } from '../../../../src/lib/core/import/rows';
import { readAll, textFile } from './read-test-files';

describe('detectNewline', () => {
	const cases = [
		{ name: 'LF', input: { text: 'a,b\nc,d\n', complete: true }, expected: '\n' },
		{ name: 'CRLF', input: { text: 'a,b\r\nc,d\r\n', complete: true }, expected: '\r\n' },
		{ name: 'old mac CR', input: { text: 'a,b\rc,d\r', complete: true }, expected: '\r' },
		{
			name: 'a LF inside quotes is not the line break',
			input: { text: '"a\nb",c\r\nd,e\r\n', complete: true },
			expected: '\r\n'
		},
		{
			name: 'a CR at the end of an unfinished sample is taken as CRLF',
			input: { text: 'a,b\r', complete: false },
			expected: '\r\n'
		},
		{
			name: 'no line break',
			input: { text: '"a very long first cell', complete: false },
			expected: null
		},
		{
			name: 'a stray quote in an unquoted field still finds the break',
			input: { text: 'Screen 5" wide,b\nc,d\n', complete: true },
			expected: '\n'
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(detectNewline(input.text, input.complete)).toBe(expected);
	});
});

describe('detectDelimiter', () => {
	const cases = [
		{ name: 'commas', input: 'Name,Phone,Email\nAnna,0151,a@x.de\n', expected: ',' },
		{ name: 'semicolons', input: 'Name;Phone;Email\nAnna;0151;a@x.de\n', expected: ';' },
		{ name: 'tabs', input: 'Name\tPhone\nAnna\t0151\n', expected: '\t' },
		{ name: 'pipes', input: 'Name|Phone\nAnna|0151\n', expected: '|' },
		{
			name: 'semicolons with decimal commas in the values',
			input: 'Name;Amount;City\nAnna;1,50;Köln\nBen;2,75;Bonn\nCleo;3;Ulm\n',
			expected: ';'
		},
		{
			name: 'commas with semicolons in a quoted note',
			input: 'Name,Note\nAnna,"a; b; c"\nBen,"x;y"\n',
			expected: ','
		},
		{
			name: 'a header with more semicolons than commas decides a one-row file',
			input: 'Name;Phone, private;Email\n',
			expected: ';'
		},
		{ name: 'one column: comma', input: 'Email\na@example.com\nb@example.com\n', expected: ',' },
		{
			name: 'only empty cells: the delimiter that makes them empty',
			input: ';;;\n;;;\n',
			expected: ';'
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(detectDelimiter(input, '\n', true)).toBe(expected);
	});
});

describe('separatorLine', () => {
	const cases = [
		{ name: 'sep=;', input: 'sep=;\r\nName;Phone\r\n', expected: { delimiter: ';', length: 7 } },
		{
			name: 'SEP=, upper case',
			input: 'SEP=,\nName,Phone\n',
			expected: { delimiter: ',', length: 6 }
		},
		{ name: 'tab', input: 'sep=\t\nName\tPhone\n', expected: { delimiter: '\t', length: 6 } },
		{ name: 'a header called sep=x y', input: 'sep=xy,Phone\n', expected: null },
		{ name: 'no sep line', input: 'Name,Phone\n', expected: null }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(separatorLine(input)).toEqual(expected);
	});
});

// cells made of the characters that make csv hard: quotes, delimiters, both line breaks,
// multi-byte characters that a slice may cut in half
const cell = fc.string({
	unit: fc.constantFrom('a', 'B', '1', ' ', 'ü', '€', '😀', ',', ';', '"', '\n', '\r', '\t', '|'),
	maxLength: 12
});
const row = fc.array(cell, { minLength: 1, maxLength: 6 });
const table = fc
	.tuple(
		fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'Z'), minLength: 1, maxLength: 5 }), {
			minLength: 1,
			maxLength: 6
		}),
		fc.array(row, { maxLength: 15 })
	)
	.map(([header, rows]) => [header, ...rows]);

function toCsv(rows: string[][], delimiter: string, newline: string): string {
	const quote = (value: string) =>
		/["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
	return rows.map((cells) => cells.map(quote).join(delimiter) + newline).join('');
}

describe('csv chunking is invisible', () => {
	it('rows read through slices of any size are the rows written', async () => {
		await fc.assert(
			fc.asyncProperty(
				table,
				fc.constantFrom(',', ';', '\t', '|'),
				fc.constantFrom('\n', '\r\n'),
				fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
				fc.integer({ min: 1, max: 64 }),
				async (rows, delimiter, newline, encoding, chunkBytes) => {
					let text = toCsv(rows, delimiter, newline);
					// windows-1252 has no emoji: excel writes '?' for them
					if (encoding === 'windows-1252') text = text.replace(/😀/g, '?');
					const bytes = iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') });
					const file = textFile('t.csv', new Uint8Array(bytes));
					const whole = await readAll(file, { delimiter, encoding });
					const sliced = await readAll(file, { delimiter, encoding, chunkBytes });
					expect(sliced.rows).toEqual(whole.rows);
					expect(sliced.numbers).toEqual(whole.numbers);

					const written =
						encoding === 'windows-1252'
							? rows.map((cells) => cells.map((c) => c.replace(/😀/g, '?')))
							: rows;
					const dataRows = written.slice(1).filter((cells) => !isBlankRow(cells));
					// the header comes with the batches, so a header-only file shows none here
					if (dataRows.length > 0) expect(whole.header).toEqual(written[0]);
					expect(whole.rows).toEqual(dataRows);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('detection sees the same dialect whatever the slice size', async () => {
		await fc.assert(
			fc.asyncProperty(table, fc.integer({ min: 1, max: 32 }), async (rows, chunkBytes) => {
				const file = textFile('t.csv', toCsv(rows, ';', '\r\n'));
				const whole = await readAll(file).catch((error: unknown) => error);
				const sliced = await readAll(file, { chunkBytes }).catch((error: unknown) => error);
				expect(sliced).toEqual(whole);
			}),
			{ numRuns: 200 }
		);
	});
});
