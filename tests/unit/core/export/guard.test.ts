import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, needsGuard, unguardCell } from '../../../../src/lib/core/export/guard';

// what Excel and LibreOffice would evaluate, and what they must show as text
describe('guardCell', () => {
	const cases = [
		{ name: 'a formula', input: '=SUM(A1:A3)', expected: "'=SUM(A1:A3)" },
		{
			name: 'a hyperlink formula',
			input: '=HYPERLINK("http://x","y")',
			expected: '\'=HYPERLINK("http://x","y")'
		},
		{ name: 'DDE through +', input: "+cmd|' /C calc'!A0", expected: "'+cmd|' /C calc'!A0" },
		{ name: 'DDE through -', input: "-2+3+cmd|' /C calc'!A0", expected: "'-2+3+cmd|' /C calc'!A0" },
		{ name: 'an @ function', input: '@SUM(1+1)', expected: "'@SUM(1+1)" },
		{ name: 'a leading tab', input: '\t=1+1', expected: "'\t=1+1" },
		{ name: 'a leading carriage return', input: '\r=1+1', expected: "'\r=1+1" },
		{ name: 'a minus word', input: '-x', expected: "'-x" },
		{ name: 'a cell reference', input: '+A1', expected: "'+A1" },
		{ name: 'a lone sign', input: '-', expected: "'-" },
		{
			name: 'an international phone stays readable',
			input: '+4915123456789',
			expected: '+4915123456789'
		},
		{ name: 'a spaced phone', input: '+49 1512 3456789', expected: '+49 1512 3456789' },
		{ name: 'a north american phone', input: '+1 (212) 555-0123', expected: '+1 (212) 555-0123' },
		{ name: 'a negative number', input: '-12.5', expected: '-12.5' },
		{ name: 'a plus number', input: '+5', expected: '+5' },
		{ name: 'plain text', input: 'Ada', expected: 'Ada' },
		{ name: 'an equals sign inside', input: 'a=b', expected: 'a=b' },
		{ name: 'empty', input: '', expected: '' },
		{ name: 'a leading space hides nothing', input: ' =1', expected: ' =1' },
		{ name: "the user's own apostrophe before a formula", input: "'=1", expected: "''=1" },
		{ name: 'two of them', input: "''@x", expected: "'''@x" },
		{ name: 'an apostrophe before text', input: "'tis", expected: "'tis" },
		{ name: 'an apostrophe before a phone', input: "'+49 151", expected: "'+49 151" }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(guardCell(input)).toBe(expected);
		expect(unguardCell(guardCell(input))).toBe(input);
	});

	it.each([
		{ name: 'a word', input: "'tis", expected: "'tis" },
		{ name: 'a dutch town', input: "'s-Hertogenbosch", expected: "'s-Hertogenbosch" },
		{ name: 'a phone kept as text', input: "'+49 151 23456789", expected: "'+49 151 23456789" },
		{ name: 'a negative number kept as text', input: "'-5", expected: "'-5" },
		{ name: 'a year', input: "'90s", expected: "'90s" },
		{ name: 'a guarded formula', input: "'=SUM(1)", expected: '=SUM(1)' },
		{ name: 'a guarded handle', input: "'@home", expected: '@home' },
		{ name: 'a guarded apostrophe formula', input: "''=1", expected: "'=1" },
		{ name: 'a lone apostrophe', input: "'", expected: "'" }
	])('unguards $name as $expected', ({ input, expected }) => {
		expect(unguardCell(input)).toBe(expected);
	});

	it('never guards what starts with an apostrophe of its own', () => {
		expect(needsGuard("'=1")).toBe(false);
	});

	it('gives back every value it guarded', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((rest) => `'${rest}`),
					fc.constantFrom("'=1", "''-x")
				),
				(value) => unguardCell(guardCell(value)) === value
			)
		);
	});
});
