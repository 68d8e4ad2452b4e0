import { describe, expect, it } from 'vitest';
import { parseBirthDateInput } from '../../../src/lib/core/birth-date-input';

describe('parseBirthDateInput', () => {
	const cases = [
		{ name: 'empty is no date', input: '  ', expected: { ok: true, value: '' } },
		{ name: 'ISO', input: '1985-04-23', expected: { ok: true, value: '1985-04-23' } },
		{ name: 'without a year', input: '--04-23', expected: { ok: true, value: '--04-23' } },
		{ name: 'German day first', input: '23.04.1985', expected: { ok: true, value: '1985-04-23' } },
		{ name: 'German without year', input: '23.04.', expected: { ok: true, value: '--04-23' } },
		{ name: 'single digits', input: '3.4.1985', expected: { ok: true, value: '1985-04-03' } },
		{ name: 'French slashes', input: '23/04/1985', expected: { ok: true, value: '1985-04-23' } },
		{ name: 'leap day without a year', input: '29.02.', expected: { ok: true, value: '--02-29' } },
		{ name: 'no 30 February', input: '30.02.1985', expected: { ok: false } },
		{ name: 'no month 13', input: '01.13.1985', expected: { ok: false } },
		{ name: 'words', input: 'April 23', expected: { ok: false } }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(parseBirthDateInput(input)).toEqual(expected);
	});
});
