import { describe, expect, it } from 'vitest';
import { isBirthDate } from '../../../src/lib/core/birth-date';

describe('isBirthDate', () => {
	const cases = [
		{ name: 'ordinary date', input: '1984-07-31', expected: true },
		{ name: 'leap day in a leap year', input: '2000-02-29', expected: true },
		{ name: 'leap day in a century year', input: '1900-02-29', expected: false },
		{ name: 'leap day in a common year', input: '2023-02-29', expected: false },
		{ name: 'day 31 in a 30-day month', input: '2020-04-31', expected: false },
		{ name: 'month 13', input: '2020-13-01', expected: false },
		{ name: 'day 0', input: '2020-01-00', expected: false },
		{ name: 'year 0', input: '0000-01-01', expected: false },
		{ name: 'without a year', input: '--07-31', expected: true },
		{ name: 'leap day without a year', input: '--02-29', expected: true },
		{ name: 'impossible day without a year', input: '--02-30', expected: false },
		{ name: 'german format', input: '31.07.1984', expected: false },
		{ name: 'us format', input: '7/31/1984', expected: false },
		{ name: 'single-digit month', input: '1984-7-31', expected: false },
		{ name: 'with a time', input: '1984-07-31T00:00:00Z', expected: false },
		{ name: 'empty', input: '', expected: false }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(isBirthDate(input)).toBe(expected);
	});
});
