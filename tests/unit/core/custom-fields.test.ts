import { describe, expect, it } from 'vitest';
import { parseCustomValue, type CustomFieldSpec } from '../../../src/lib/core/custom-fields';

type Case = { name: string; input: string; expected: string | number | boolean | null };

// a case expects a value, or an error code written as `!code`
function check(field: CustomFieldSpec, cases: Case[]): void {
	it.each(cases)('$name: "$input"', ({ input, expected }) => {
		const result = parseCustomValue(field, input);
		if (typeof expected === 'string' && expected.startsWith('!')) {
			expect(result).toEqual({ ok: false, error: expected.slice(1) });
		} else {
			expect(result).toEqual({ ok: true, value: expected });
		}
	});
}

describe('blank is no value, for every type', () => {
	it.each(['text', 'number', 'date', 'boolean', 'choice'] as const)('%s', (type) => {
		expect(parseCustomValue({ type, options: ['a'] }, ' \t ')).toEqual({ ok: true, value: null });
	});

	it('refuses more than 10,000 characters', () => {
		expect(parseCustomValue({ type: 'text' }, 'x'.repeat(10_001))).toEqual({
			ok: false,
			error: 'field.too_long'
		});
	});
});

describe('text', () => {
	check({ type: 'text' }, [
		{ name: 'kept', input: 'Soprano', expected: 'Soprano' },
		{ name: 'trimmed and cleaned', input: ' a\u0000b\tc ', expected: 'ab c' }
	]);
});

describe('number', () => {
	check({ type: 'number' }, [
		{ name: 'integer', input: '42', expected: 42 },
		{ name: 'negative', input: '-7', expected: -7 },
		{ name: 'unicode minus', input: '−7', expected: -7 },
		{ name: 'plus sign', input: '+3', expected: 3 },
		{ name: 'decimal comma', input: '1,5', expected: 1.5 },
		{ name: 'decimal point', input: '1.5', expected: 1.5 },
		{ name: 'german grouping', input: '1.234,5', expected: 1234.5 },
		{ name: 'english grouping', input: '1,234.5', expected: 1234.5 },
		{ name: 'space grouping', input: '1 234,5', expected: 1234.5 },
		{ name: 'no-break space grouping', input: '1\u202f234\u00a0567', expected: 1234567 },
		{ name: 'swiss grouping', input: "1'234.50", expected: 1234.5 },
		{ name: 'repeated separator is grouping', input: '1.234.567', expected: 1234567 },
		{ name: 'leading zero is never grouping', input: '0,125', expected: 0.125 },
		{ name: 'four digits before is never grouping', input: '1234,567', expected: 1234.567 },
		{ name: 'starts with the decimal', input: ',5', expected: 0.5 },
		{ name: 'minus zero is zero', input: '-0', expected: 0 },
		{ name: 'could be a thousand or one', input: '1,234', expected: '!custom.number_ambiguous' },
		{ name: 'also with a point', input: '12.500', expected: '!custom.number_ambiguous' },
		{ name: 'bad grouping', input: '12,34,567', expected: '!custom.number_invalid' },
		{ name: 'group of two', input: '1.234.56', expected: '!custom.number_invalid' },
		{
			name: 'separators in the wrong order',
			input: '1,234.567,8',
			expected: '!custom.number_invalid'
		},
		{ name: 'trailing separator', input: '5.', expected: '!custom.number_invalid' },
		{ name: 'exponent', input: '1e5', expected: '!custom.number_invalid' },
		{ name: 'words', input: 'twelve', expected: '!custom.number_invalid' },
		{ name: 'a unit', input: '5 kg', expected: '!custom.number_invalid' },
		{ name: 'two signs', input: '--5', expected: '!custom.number_invalid' }
	]);
});

describe('date', () => {
	check({ type: 'date' }, [
		{ name: 'iso', input: '2026-05-03', expected: '2026-05-03' },
		{ name: 'iso without padding', input: '2026-5-3', expected: '2026-05-03' },
		{ name: 'german', input: '03.05.2026', expected: '2026-05-03' },
		{ name: 'german short', input: '3.5.2026', expected: '2026-05-03' },
		{ name: 'day first with slashes', input: '3/5/2026', expected: '2026-05-03' },
		{ name: 'leap day', input: '29.02.2024', expected: '2024-02-29' },
		{ name: 'not a leap year', input: '29.02.2025', expected: '!custom.date_invalid' },
		{ name: 'month 13', input: '2026-13-01', expected: '!custom.date_invalid' },
		{ name: 'two-digit year', input: '3.5.26', expected: '!custom.date_invalid' },
		{ name: 'mixed separators', input: '3.5/2026', expected: '!custom.date_invalid' },
		{ name: 'a time too', input: '2026-05-03T10:00', expected: '!custom.date_invalid' },
		{ name: 'words', input: 'tomorrow', expected: '!custom.date_invalid' }
	]);
});

describe('boolean', () => {
	const yes = ['yes', 'Y', 'true', '1', 'x', 'X', 'ja', 'J', 'oui', 'O', 'vrai', 'wahr', '✓'];
	const no = ['no', 'N', 'false', '0', 'nein', 'NON', 'faux', 'falsch'];
	check({ type: 'boolean' }, [
		...yes.map((input) => ({ name: 'true', input, expected: true })),
		...no.map((input) => ({ name: 'false', input, expected: false })),
		{ name: 'not a yes or a no', input: 'maybe', expected: '!custom.boolean_invalid' },
		{ name: 'a number other than 0 or 1', input: '2', expected: '!custom.boolean_invalid' }
	]);
});

describe('choice', () => {
	check({ type: 'choice', options: ['Soprano', 'Alto', 'Müller', 'Muller'] }, [
		{ name: 'exact', input: 'Alto', expected: 'Alto' },
		{ name: 'any case gives the canonical spelling', input: 'sOPRANO', expected: 'Soprano' },
		{ name: 'trimmed', input: ' alto ', expected: 'Alto' },
		{ name: 'the exact one of two that differ in accents', input: 'Muller', expected: 'Muller' },
		{ name: 'case before accents', input: 'MÜLLER', expected: 'Müller' },
		{ name: 'accents as a last resort', input: 'MÚLLER', expected: 'Müller' },
		{ name: 'unknown', input: 'Bass', expected: '!custom.choice_invalid' }
	]);

	it('refuses everything when there are no options', () => {
		expect(parseCustomValue({ type: 'choice' }, 'a')).toEqual({
			ok: false,
			error: 'custom.choice_invalid'
		});
	});
});
