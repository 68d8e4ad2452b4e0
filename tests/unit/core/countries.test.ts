import { describe, expect, it } from 'vitest';
import { getCountries } from 'libphonenumber-js/max';
import {
	isCountryCode,
	isSupportedCountry,
	listCountries,
	normalizeCountryCode,
	regionFromLocales
} from '../../../src/lib/core/countries';

describe('listCountries', () => {
	const cases = [
		{
			name: 'german',
			input: { locale: 'de', code: 'DE' },
			expected: { code: 'DE', name: 'Deutschland', callingCode: '49' }
		},
		{
			name: 'english',
			input: { locale: 'en', code: 'AT' },
			expected: { code: 'AT', name: 'Austria', callingCode: '43' }
		},
		{
			name: 'french',
			input: { locale: 'fr', code: 'CH' },
			expected: { code: 'CH', name: 'Suisse', callingCode: '41' }
		},
		{
			name: 'shared calling code',
			input: { locale: 'en', code: 'CA' },
			expected: { code: 'CA', name: 'Canada', callingCode: '1' }
		},
		{
			name: 'no ISO code of its own',
			input: { locale: 'en', code: 'AC' },
			expected: { code: 'AC', name: 'Ascension Island', callingCode: '247' }
		},
		{
			name: 'malformed locale falls back to english',
			input: { locale: 'not a locale!', code: 'DE' },
			expected: { code: 'DE', name: 'Germany', callingCode: '49' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(listCountries(input.locale).find((c) => c.code === input.code)).toEqual(expected);
	});

	it('lists every country libphonenumber knows, once', () => {
		const codes = listCountries('en').map((c) => c.code);
		expect(new Set(codes).size).toBe(codes.length);
		expect([...codes].sort()).toEqual([...getCountries()].sort());
	});

	it('sorts by the localized name', () => {
		const names = listCountries('de').map((c) => c.name);
		const collator = new Intl.Collator('de');
		expect([...names].sort(collator.compare)).toEqual(names);
		// in german Ö sorts with O, not after Z as code units would
		expect(names.indexOf('Österreich')).toBeGreaterThan(names.indexOf('Oman'));
		expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Pakistan'));
	});

	it('hands out copies', () => {
		const first = listCountries('en');
		const germany = first.find((c) => c.code === 'DE');
		if (germany) germany.name = 'changed';
		first.length = 0;
		expect(listCountries('en').find((c) => c.code === 'DE')?.name).toBe('Germany');
	});
});

describe('regionFromLocales', () => {
	const cases = [
		{ name: 'explicit region', input: { languages: ['de-AT'] }, expected: 'AT' },
		{ name: 'german', input: { languages: ['de'] }, expected: 'DE' },
		{ name: 'french', input: { languages: ['fr'] }, expected: 'FR' },
		{ name: 'english', input: { languages: ['en'] }, expected: 'US' },
		{ name: 'japanese', input: { languages: ['ja'] }, expected: 'JP' },
		{ name: 'script only', input: { languages: ['zh-Hant'] }, expected: 'TW' },
		{ name: 'first region wins', input: { languages: ['en-GB', 'de-DE'] }, expected: 'GB' },
		{
			name: 'a written region beats a guessed one',
			input: { languages: ['de', 'en-GB'] },
			expected: 'GB'
		},
		{ name: 'a continent is no country', input: { languages: ['es-419', 'es'] }, expected: 'ES' },
		{ name: 'posix locale', input: { languages: ['de_CH.UTF-8'] }, expected: 'CH' },
		{ name: 'posix C locale', input: { languages: ['C'] }, expected: 'US' },
		{ name: 'malformed tags are skipped', input: { languages: ['!!', 'fr-BE'] }, expected: 'BE' },
		{ name: 'nothing', input: { languages: [] }, expected: 'US' },
		{ name: 'nothing, own fallback', input: { languages: [], fallback: 'DE' }, expected: 'DE' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const fallback = 'fallback' in input ? input.fallback : undefined;
		expect(regionFromLocales(input.languages, fallback)).toBe(expected);
	});
});

describe('country codes', () => {
	const cases = [
		{ name: 'germany', input: 'DE', expected: { phone: true, iso: true } },
		{ name: 'lower-case is not a code', input: 'de', expected: { phone: false, iso: false } },
		{ name: 'antarctica has no phone plan', input: 'AQ', expected: { phone: false, iso: true } },
		{
			name: 'ascension island has only a phone plan',
			input: 'AC',
			expected: { phone: true, iso: false }
		},
		{ name: 'kosovo', input: 'XK', expected: { phone: true, iso: true } },
		{ name: 'unassigned', input: 'XX', expected: { phone: false, iso: false } }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect({ phone: isSupportedCountry(input), iso: isCountryCode(input) }).toEqual(expected);
	});

	const normalized = [
		{ name: 'trim and upper-case', input: ' fr ', expected: 'FR' },
		{ name: 'UK', input: 'UK', expected: 'GB' },
		{ name: 'EL', input: 'el', expected: 'GR' },
		{ name: 'a name', input: 'France', expected: undefined }
	];
	it.each(normalized)('normalizes $name', ({ input, expected }) => {
		expect(normalizeCountryCode(input)).toBe(expected);
	});
});
