import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	COLUMNS,
	EXCEL_SEMICOLON,
	UTF8_COMMA,
	csvField,
	csvHeader,
	csvLine,
	escapeVcardText,
	foldLine,
	generatePeople,
	parseTruth,
	rowToVcard,
	truthLine,
	truthPairs,
	TRUTH_HEADER,
	type Column
} from '../../../bench/generate/index';
import { collect } from './helpers';

const rows = collect(generatePeople({ seed: 7, count: 1000 }));

describe('csvField', () => {
	it.each([
		{ name: 'plain', input: 'Müller', delimiter: ',', expected: 'Müller' },
		{
			name: 'comma',
			input: 'Flat 2, 94 High St',
			delimiter: ',',
			expected: '"Flat 2, 94 High St"'
		},
		{ name: 'comma in ; csv', input: 'a,b', delimiter: ';', expected: 'a,b' },
		{ name: 'semicolon in ; csv', input: 'a;b', delimiter: ';', expected: '"a;b"' },
		{ name: 'quote', input: 'the 12" one', delimiter: ',', expected: '"the 12"" one"' },
		{ name: 'line break', input: 'one\ntwo', delimiter: ';', expected: '"one\ntwo"' },
		{ name: 'empty', input: '', delimiter: ',', expected: '' }
	] as const)('$name', ({ input, delimiter, expected }) => {
		expect(csvField(input, delimiter)).toBe(expected);
	});
});

describe('csv text', () => {
	it.each([
		['comma, LF', UTF8_COMMA],
		['semicolon, CRLF', EXCEL_SEMICOLON]
	] as const)('reads back with papaparse (%s): same rows, same values', (_, dialect) => {
		const text = csvHeader(dialect) + rows.map((r) => csvLine(r.values, dialect)).join('');
		const parsed = Papa.parse<string[]>(text, {
			delimiter: dialect.delimiter,
			newline: dialect.newline,
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data[0]).toEqual([...COLUMNS]);
		expect(parsed.data.slice(1)).toEqual(rows.map((r) => COLUMNS.map((c) => r.values[c])));
	});
});

describe('escapeVcardText', () => {
	it.each([
		{ input: 'plain', expected: 'plain' },
		{ input: 'Smith, LLC', expected: 'Smith\\, LLC' },
		{ input: 'a;b', expected: 'a\\;b' },
		{ input: 'back\\slash', expected: 'back\\\\slash' },
		{ input: 'one\ntwo', expected: 'one\\ntwo' },
		{ input: 'one\r\ntwo', expected: 'one\\ntwo' }
	])('$input', ({ input, expected }) => {
		expect(escapeVcardText(input)).toBe(expected);
	});
});

describe('foldLine', () => {
	const bytes = (s: string): number => new TextEncoder().encode(s).length;

	it('leaves a line of 75 octets alone', () => {
		const line = `NOTE:${'x'.repeat(70)}`;
		expect(foldLine(line)).toBe(line);
	});

	it.each([
		['ascii', `NOTE:${'abcdefghij'.repeat(30)}`],
		['umlauts', `NOTE:${'Müller-Lüdenscheid '.repeat(20)}`],
		['emoji', `NOTE:${'🎂 Geburtstag '.repeat(20)}`]
	])('folds %s into lines of at most 75 octets without splitting a character', (_, line) => {
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		expect(physical.length).toBeGreaterThan(1);
		for (const part of physical) expect(bytes(part)).toBeLessThanOrEqual(75);
		for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
		expect(folded.includes('\uFFFD')).toBe(false);
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});
});

describe('rowToVcard', () => {
	const unescape = (s: string): string => s.replace(/\\n/g, '\n').replace(/\\([\\,;])/g, '$1');

	it('writes one card per row that unfolds to the row’s name, number and note', () => {
		const text = rows.map((r) => rowToVcard(r.values)).join('');
		expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(rows.length);
		expect(text.match(/^END:VCARD\r$/gm)).toHaveLength(rows.length);
		const unfolded = text.replace(/\r\n[ \t]/g, '');
		const cards = unfolded.split('BEGIN:VCARD\r\n').slice(1);
		cards.forEach((card, i) => {
			const values = rows[i]?.values;
			if (!values) throw new Error('missing row');
			const lines = card.split('\r\n');
			const n = lines.find((l) => l.startsWith('N:'))?.slice(2) ?? '';
			const [last = '', first = ''] = n.split(/(?<!\\);/).map(unescape);
			expect([first, last]).toEqual([values['First name'], values['Last name']]);
			if (values.Mobile) expect(lines).toContain(`TEL;TYPE=CELL:${values.Mobile}`);
			const note = lines.find((l) => l.startsWith('NOTE:'))?.slice(5);
			expect(note === undefined ? '' : unescape(note)).toBe(values.Note);
		});
	});

	it('converts a german or year-less birthday', () => {
		const base = rows[0]?.values;
		if (!base) throw new Error('missing row');
		const card = (birthday: string): string => rowToVcard({ ...base, Birthday: birthday });
		expect(card('31.12.1980')).toContain('BDAY:1980-12-31\r\n');
		expect(card('31.12.')).toContain('BDAY:--12-31\r\n');
		expect(card('1980-12-31')).toContain('BDAY:1980-12-31\r\n');
	});

	it('escapes commas and semicolons in names and addresses', () => {
		const values = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
		const card = rowToVcard({
			...values,
			'First name': 'Anna',
			'Last name': 'Smith; Jones',
			Organization: 'Smith, LLC',
			Street: 'Flat 2, 94 High St'
		});
		expect(card).toContain('N:Smith\\; Jones;Anna;;;\r\n');
		expect(card).toContain('ORG:Smith\\, LLC;\r\n');
		expect(card).toContain('ADR;TYPE=HOME:;;Flat 2\\, 94 High St;;;;\r\n');
	});
});

describe('truth', () => {
	it('reads back what it wrote', () => {
		const text = TRUTH_HEADER + rows.map(truthLine).join('');
		const entries = parseTruth(text);
		expect(entries).toEqual(
			rows.map(({ row, personId, original, changes }) => ({ row, personId, original, changes }))
		);
	});

	it('refuses a file that is not a truth file', () => {
		expect(() => parseTruth('a,b\n1,2\n')).toThrow(/truth/);
	});

	it('derives every pair of rows of the same person', () => {
		const pairs = truthPairs([
			{ row: 1, personId: 1 },
			{ row: 2, personId: 2 },
			{ row: 3, personId: 1 },
			{ row: 4, personId: 1 },
			{ row: 5, personId: 3 }
		]);
		expect(pairs).toEqual([
			[1, 3],
			[1, 4],
			[3, 4]
		]);
	});

	it('has as many pairs as copies when each person is copied at most once', () => {
		const perPerson = new Map<number, number>();
		for (const r of rows) perPerson.set(r.personId, (perPerson.get(r.personId) ?? 0) + 1);
		const expected = [...perPerson.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
		expect(truthPairs(rows)).toHaveLength(expected);
		expect(expected).toBeGreaterThan(50);
	});
});
