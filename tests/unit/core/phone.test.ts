import { describe, expect, it } from 'vitest';
import {
	PHONE_ERRORS,
	callingCodeOf,
	formatPhoneInternational,
	formatPhoneNational,
	normalizePhone,
	parsePhone
} from '../../../src/lib/core/phone';

interface Case {
	name: string;
	input: { raw: string; country: string };
	expected: string;
}

// every expected number was checked against libphonenumber-js 1.13 `max` metadata
const valid: Case[] = [
	// germany, mobile
	...[
		'0151 23456789',
		'15123456789',
		'0049 151 23456789',
		'+49 151 23456789',
		'+4915123456789',
		'+49 (0)151 23456789',
		'+49 0151 23456789',
		'(0151) 23456789',
		'0151-234 567 89',
		'0151.2345.6789',
		'  0151 23456789\t'
	].map((raw) => ({
		name: `DE mobile ${raw}`,
		input: { raw, country: 'DE' },
		expected: '+4915123456789'
	})),
	// germany, landline
	...[
		'030 12345678',
		'30 12345678',
		'0049 30 12345678',
		'+49 30 12345678',
		'030/123456-78',
		'(030) 1234 5678'
	].map((raw) => ({
		name: `DE landline ${raw}`,
		input: { raw, country: 'DE' },
		expected: '+493012345678'
	})),
	// austria
	...[
		'0664 1234567',
		'664 1234567',
		'0043 664 1234567',
		'+43 (0)664 123 45 67',
		'0664-123 45 67'
	].map((raw) => ({
		name: `AT mobile ${raw}`,
		input: { raw, country: 'AT' },
		expected: '+436641234567'
	})),
	...['01 5123456', '1 5123456', '+43 1 512 34 56', '0043-1-5123456'].map((raw) => ({
		name: `AT landline ${raw}`,
		input: { raw, country: 'AT' },
		expected: '+4315123456'
	})),
	// switzerland
	...[
		'078 123 45 67',
		'78 123 45 67',
		'0041 78 123 45 67',
		'+41 (0)78 123 45 67',
		'078.123.45.67'
	].map((raw) => ({
		name: `CH mobile ${raw}`,
		input: { raw, country: 'CH' },
		expected: '+41781234567'
	})),
	...['044 668 18 00', '44 668 18 00', '+41 44 668 18 00', '0041 44 668 1800'].map((raw) => ({
		name: `CH landline ${raw}`,
		input: { raw, country: 'CH' },
		expected: '+41446681800'
	})),
	// france
	...[
		'06 12 34 56 78',
		'6 12 34 56 78',
		'0033 6 12 34 56 78',
		'+33 (0)6 12 34 56 78',
		'06.12.34.56.78',
		'06-12-34-56-78'
	].map((raw) => ({
		name: `FR mobile ${raw}`,
		input: { raw, country: 'FR' },
		expected: '+33612345678'
	})),
	...['01 23 45 67 89', '1 23 45 67 89', '+33 1 23 45 67 89', '0033 1 23 45 67 89'].map((raw) => ({
		name: `FR landline ${raw}`,
		input: { raw, country: 'FR' },
		expected: '+33123456789'
	})),
	// united kingdom
	...['07400 123456', '7400 123456', '0044 7400 123456', '+44 (0)7400 123456', '07400-123-456'].map(
		(raw) => ({
			name: `GB mobile ${raw}`,
			input: { raw, country: 'GB' },
			expected: '+447400123456'
		})
	),
	...['020 7946 0958', '20 7946 0958', '+44 20 7946 0958', '(020) 7946-0958'].map((raw) => ({
		name: `GB landline ${raw}`,
		input: { raw, country: 'GB' },
		expected: '+442079460958'
	})),
	// united states: no leading zero to drop, the trunk prefix is 1; mobile and landline share ranges
	...[
		'(201) 234-5678',
		'201-234-5678',
		'201.234.5678',
		'2012345678',
		'1 201 234 5678',
		'1-201-234-5678',
		'+1 (201) 234-5678',
		'001 201 234 5678',
		'011 1 201 234 5678'
	].map((raw) => ({ name: `US ${raw}`, input: { raw, country: 'US' }, expected: '+12012345678' })),
	// australia
	...[
		'0412 345 678',
		'412345678',
		'0061 412 345 678',
		'+61 (0)412 345 678',
		'0412-345-678',
		'0011 61 412 345 678'
	].map((raw) => ({
		name: `AU mobile ${raw}`,
		input: { raw, country: 'AU' },
		expected: '+61412345678'
	})),
	...['(02) 9876 5432', '2 9876 5432', '+61 2 9876 5432', '0061 2 9876 5432'].map((raw) => ({
		name: `AU landline ${raw}`,
		input: { raw, country: 'AU' },
		expected: '+61298765432'
	})),
	// an international prefix overrides the default country
	{
		name: '+ from elsewhere',
		input: { raw: '+44 7400 123456', country: 'DE' },
		expected: '+447400123456'
	},
	{
		name: '00 where the US dials 011',
		input: { raw: '0049 151 23456789', country: 'US' },
		expected: '+4915123456789'
	},
	{
		name: '00 where AU dials 0011',
		input: { raw: '0049 151 23456789', country: 'AU' },
		expected: '+4915123456789'
	},
	{
		name: 'international without a default country',
		input: { raw: '+33 6 12 34 56 78', country: '' },
		expected: '+33612345678'
	},
	{
		name: 'lower-case default country',
		input: { raw: '0151 23456789', country: 'de' },
		expected: '+4915123456789'
	},
	{
		name: 'non-geographic +800',
		input: { raw: '+800 1234 5678', country: 'DE' },
		expected: '+80012345678'
	},
	// excel drops the `+`: the digits start with the calling code
	{
		name: 'DE lost + (mobile)',
		input: { raw: '4915123456789', country: 'DE' },
		expected: '+4915123456789'
	},
	{
		name: 'DE lost + (landline)',
		input: { raw: '493012345678', country: 'DE' },
		expected: '+493012345678'
	},
	{ name: 'AT lost +', input: { raw: '436641234567', country: 'AT' }, expected: '+436641234567' },
	{ name: 'CH lost +', input: { raw: '41781234567', country: 'CH' }, expected: '+41781234567' },
	{ name: 'FR lost +', input: { raw: '33612345678', country: 'FR' }, expected: '+33612345678' },
	{ name: 'GB lost +', input: { raw: '447400123456', country: 'GB' }, expected: '+447400123456' },
	{ name: 'AU lost +', input: { raw: '61412345678', country: 'AU' }, expected: '+61412345678' },
	// … but a local number of area 04921 that merely starts with 49 stays local
	{
		name: 'DE local number starting with 49',
		input: { raw: '4921 12345', country: 'DE' },
		expected: '+49492112345'
	},
	// odd characters
	{
		name: 'full-width digits',
		input: { raw: '０１５１ ２３４５６７８９', country: 'DE' },
		expected: '+4915123456789'
	},
	{
		name: 'no-break spaces',
		input: { raw: '0151\u00a02345\u00a06789', country: 'DE' },
		expected: '+4915123456789'
	},
	{
		name: 'tel: uri',
		input: { raw: 'tel:+49-151-23456789', country: 'FR' },
		expected: '+4915123456789'
	},
	// the default country decides: a french mobile typed in germany is a valid landline near wiesbaden
	{
		name: 'FR mobile read in DE',
		input: { raw: '06 12 34 56 78', country: 'DE' },
		expected: '+49612345678'
	},
	// a us number from the 555-01xx fiction range is valid in libphonenumber's metadata
	{ name: 'US 555-0123', input: { raw: '(201) 555-0123', country: 'US' }, expected: '+12015550123' }
];

const invalid: Case[] = [
	{ name: 'empty', input: { raw: '', country: 'DE' }, expected: 'phone.empty' },
	{ name: 'blank', input: { raw: ' \t ', country: 'DE' }, expected: 'phone.empty' },
	{
		name: 'excel scientific',
		input: { raw: '4.91511E+11', country: 'DE' },
		expected: 'phone.scientific_notation'
	},
	{
		name: 'excel scientific, german comma',
		input: { raw: '4,91511E+11', country: 'DE' },
		expected: 'phone.scientific_notation'
	},
	{
		name: 'excel scientific, lower-case',
		input: { raw: '6.14123e8', country: 'AU' },
		expected: 'phone.scientific_notation'
	},
	{ name: 'too short', input: { raw: '123', country: 'DE' }, expected: 'phone.too_short' },
	{
		name: 'too short after +49',
		input: { raw: '+49 1', country: 'DE' },
		expected: 'phone.too_short'
	},
	{
		name: 'US one digit short',
		input: { raw: '(201) 234-567', country: 'US' },
		expected: 'phone.too_short'
	},
	{
		name: 'FR two digits short',
		input: { raw: '06 12 34 56', country: 'FR' },
		expected: 'phone.too_short'
	},
	{
		name: 'too long',
		input: { raw: '0151 2345678901234', country: 'DE' },
		expected: 'phone.too_long'
	},
	{
		name: 'DE mobile read in the US',
		input: { raw: '0151 23456789', country: 'US' },
		expected: 'phone.too_long'
	},
	{
		name: 'GB mobile one digit short',
		input: { raw: '07400 12345', country: 'GB' },
		expected: 'phone.invalid'
	},
	{
		name: 'DE mobile read in FR',
		input: { raw: '0151 23456789', country: 'FR' },
		expected: 'phone.too_long'
	},
	{
		name: 'AT mobile read in GB',
		input: { raw: '0664 1234567', country: 'GB' },
		expected: 'phone.invalid'
	},
	{ name: 'only a plus', input: { raw: '+', country: 'DE' }, expected: 'phone.invalid' },
	{
		name: 'letters only',
		input: { raw: 'abc', country: 'DE' },
		expected: 'phone.invalid_characters'
	},
	{
		name: 'letters inside',
		input: { raw: '0151 ABC', country: 'DE' },
		expected: 'phone.invalid_characters'
	},
	{
		name: 'vanity number',
		input: { raw: '1-800-FLOWERS', country: 'US' },
		expected: 'phone.invalid_characters'
	},
	{
		name: 'a label with a valid number',
		input: { raw: 'Tel. 0151 23456789', country: 'DE' },
		expected: 'phone.invalid_characters'
	},
	{
		name: 'unknown calling code',
		input: { raw: '+99 123456', country: 'DE' },
		expected: 'phone.invalid_country'
	},
	{
		name: 'unknown default country',
		input: { raw: '0151 23456789', country: 'XX' },
		expected: 'phone.invalid_country'
	},
	{
		name: 'no default country',
		input: { raw: '0151 23456789', country: '' },
		expected: 'phone.missing_country'
	},
	{
		name: 'extension',
		input: { raw: '+49 151 23456789 ext. 12', country: 'DE' },
		expected: 'phone.extension'
	},
	{
		name: 'rfc 3966 extension',
		input: { raw: '+49 151 23456789;ext=12', country: 'DE' },
		expected: 'phone.extension'
	},
	{
		name: 'two numbers, comma',
		input: { raw: '0151 23456789, 030 12345678', country: 'DE' },
		expected: 'phone.multiple'
	},
	{
		name: 'two numbers, line break',
		input: { raw: '0151 23456789\n030 12345678', country: 'DE' },
		expected: 'phone.multiple'
	}
];

describe('normalizePhone', () => {
	it.each(valid)('$name', ({ input, expected }) => {
		expect(normalizePhone(input.raw, input.country)).toEqual({ ok: true, value: expected });
	});

	it.each(invalid)('rejects $name', ({ input, expected }) => {
		expect(normalizePhone(input.raw, input.country)).toEqual({ ok: false, error: expected });
	});

	it('uses only documented error codes', () => {
		const codes = new Set<string>(PHONE_ERRORS);
		for (const { input } of invalid) {
			const result = normalizePhone(input.raw, input.country);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(codes.has(result.error)).toBe(true);
		}
	});
});

describe('parsePhone', () => {
	const cases = [
		{
			name: 'DE mobile',
			input: '0151 23456789',
			expected: { callingCode: '49', country: 'DE', type: 'MOBILE' }
		},
		{
			name: 'DE landline',
			input: '030 12345678',
			expected: { callingCode: '49', country: 'DE', type: 'FIXED_LINE' }
		},
		{
			name: 'US',
			input: '+1 201 234 5678',
			expected: { callingCode: '1', country: 'US', type: 'FIXED_LINE_OR_MOBILE' }
		},
		{
			name: 'non-geographic',
			input: '+800 1234 5678',
			expected: { callingCode: '800', country: undefined, type: 'TOLL_FREE' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const result = parsePhone(input, 'DE');
		expect(
			result.ok && {
				callingCode: result.phone.callingCode,
				country: result.phone.country,
				type: result.phone.type
			}
		).toEqual(expected);
	});

	it('leaves the type out when asked to', () => {
		const result = parsePhone('0151 23456789', 'DE', false);
		expect(result.ok && result.phone).toEqual({
			value: '+4915123456789',
			callingCode: '49',
			country: 'DE',
			type: undefined
		});
	});

	// an import reads a cell, then creates the contact from the E.164 it got: the second reading is
	// the first one again, and must say what a first reading of that E.164 says
	it.each([
		{ cell: '(204) 234-5678', country: 'US', e164: '+12042345678', own: 'CA' },
		{ cell: '0151 23456789', country: 'DE', e164: '+4915123456789', own: 'DE' },
		{ cell: '20 7946 0958', country: 'GB', e164: '+442079460958', own: 'GB' }
	])('reads $e164 again the same after reading $cell', ({ cell, country, e164, own }) => {
		expect(normalizePhone(cell, country)).toEqual({ ok: true, value: e164 });
		for (const defaultCountry of ['FR', country, '']) {
			const again = parsePhone(e164, defaultCountry);
			expect(again.ok && [again.phone.value, again.phone.country]).toEqual([e164, own]);
		}
		// the same text with spaces is read anew, with the same result
		const spaced = parsePhone(`${e164.slice(0, 3)} ${e164.slice(3)}`, 'FR');
		expect(spaced.ok && spaced.phone.value).toBe(e164);
	});
});

describe('formatting', () => {
	const cases = [
		{
			name: 'DE mobile',
			input: '+4915123456789',
			expected: { international: '+49 1512 3456789', national: '01512 3456789' }
		},
		{
			name: 'DE landline',
			input: '+493012345678',
			expected: { international: '+49 30 12345678', national: '030 12345678' }
		},
		{
			name: 'US',
			input: '+12012345678',
			expected: { international: '+1 201 234 5678', national: '(201) 234-5678' }
		},
		{
			name: 'FR',
			input: '+33612345678',
			expected: { international: '+33 6 12 34 56 78', national: '06 12 34 56 78' }
		},
		{
			name: 'AU landline',
			input: '+61298765432',
			expected: { international: '+61 2 9876 5432', national: '(02) 9876 5432' }
		},
		{
			name: 'not a number',
			input: 'call me',
			expected: { international: 'call me', national: 'call me' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect({
			international: formatPhoneInternational(input),
			national: formatPhoneNational(input)
		}).toEqual(expected);
	});
});

describe('callingCodeOf', () => {
	const cases = [
		{ name: 'one digit', input: '+12012345678', expected: '1' },
		{ name: 'russia', input: '+74951234567', expected: '7' },
		{ name: 'two digits', input: '+4915123456789', expected: '49' },
		{ name: 'three digits', input: '+358401234567', expected: '358' },
		{ name: 'non-geographic', input: '+80012345678', expected: '800' },
		{ name: 'no plus', input: '4915123456789', expected: '' },
		{ name: 'empty', input: '', expected: '' },
		{ name: 'not digits', input: '+49 151 23456789', expected: '' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(callingCodeOf(input)).toBe(expected);
	});
});
