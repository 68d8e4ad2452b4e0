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
		{ name: 'a leading space hides nothing', input: ' =1', expected: ' =1' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(guardCell(input)).toBe(expected);
		expect(unguardCell(guardCell(input))).toBe(input);
	});

	it('leaves an apostrophe the guard did not add', () => {
		expect(unguardCell("'tis")).toBe("'tis");
		expect(needsGuard("'=1")).toBe(false);
	});
});
