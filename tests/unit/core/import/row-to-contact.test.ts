import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import type { CustomFieldSpec } from '../../../../src/lib/core/custom-fields';
import { rowToContact } from '../../../../src/lib/core/import/row-to-contact';
import { sniffFile } from '../../../../src/lib/core/import/sniff';
import { suggestMapping } from '../../../../src/lib/core/import/suggest-mapping';
import type { ColumnMapping, ColumnTarget, RowError } from '../../../../src/lib/core/import/types';

const NOW = Date.UTC(2026, 0, 15);
const f = (name: string): ColumnTarget => ({ kind: 'field', field: name }) as ColumnTarget;
const PHONE: ColumnTarget = { kind: 'phone' };
const MOBILE: ColumnTarget = { kind: 'phone', phoneKind: 'mobile' };
const EMAIL: ColumnTarget = { kind: 'email' };
const COUNTRY_CODE: ColumnTarget = { kind: 'countryCode' };

function draftOf(
	row: string[],
	mapping: ColumnMapping,
	defaultCountry = 'DE',
	fields?: Record<string, CustomFieldSpec>
): ContactDraft {
	const result = rowToContact(row, mapping, {
		defaultCountry,
		now: NOW,
		...(fields ? { fields } : {})
	});
	if (!result.ok) throw new Error(`expected a draft, got ${JSON.stringify(result.errors)}`);
	return result.draft;
}

function errorsOf(
	row: string[],
	mapping: ColumnMapping,
	defaultCountry = 'DE',
	fields?: Record<string, CustomFieldSpec>
): RowError[] {
	const result = rowToContact(row, mapping, {
		defaultCountry,
		now: NOW,
		...(fields ? { fields } : {})
	});
	if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.draft)}`);
	return result.errors;
}

describe('rowToContact: a whole row', () => {
	it('reads a typical german row into a normalized draft', () => {
		const mapping: ColumnMapping = [
			f('firstName'),
			f('lastName'),
			MOBILE,
			PHONE,
			EMAIL,
			f('birthDate'),
			f('street'),
			f('postalCode'),
			f('city'),
			f('country'),
			f('note'),
			null
		];
		const row = [
			' Jürgen ',
			'Größe',
			'0171 2345678',
			'089 1234567',
			'J.Groesse@Example.DE',
			'23.4.1975',
			'Hauptstraße 5',
			'80331',
			'München',
			'Deutschland',
			'line one\r\nline two',
			'ignored'
		];
		expect(rowToContact(row, mapping, { defaultCountry: 'DE', now: NOW })).toEqual({
			ok: true,
			draft: {
				firstName: 'Jürgen',
				lastName: 'Größe',
				phones: [
					{ value: '+491712345678', kind: 'mobile' },
					// a column that names no kind leaves it to createContact, which reads the number
					{ value: '+49891234567' }
				],
				emails: [{ value: 'J.Groesse@example.de' }],
				birthDate: '1975-04-23',
				street: 'Hauptstraße 5',
				postalCode: '80331',
				city: 'München',
				country: 'DE',
				note: 'line one\nline two'
			},
			warnings: []
		});
	});

	it('gives a draft createContact accepts as it is', () => {
		const draft = draftOf(
			['Anna Maria Schmidt', '+41 79 068 44 17', 'anna@example.ch', 'Schweiz', '--07-31'],
			[f('fullName'), PHONE, EMAIL, f('country'), f('birthDate')]
		);
		const created = createContact(draft, { defaultCountry: 'DE', now: NOW });
		expect(created.ok && created.contact).toMatchObject({
			firstName: 'Anna Maria',
			lastName: 'Schmidt',
			phones: [{ value: '+41790684417', kind: 'mobile' }],
			country: 'CH',
			birthDate: '--07-31'
		});
	});
});

describe('rowToContact: phones', () => {
	const cases: {
		name: string;
		row: string[];
		mapping: ColumnMapping;
		defaultCountry?: string;
		expected: { value: string; kind: string }[];
	}[] = [
		{
			name: 'a number that lost its leading zero in excel is read in the default country',
			row: ['15123456789'],
			mapping: [MOBILE],
			expected: [{ value: '+4915123456789', kind: 'mobile' }]
		},
		{
			name: 'a number whose + excel ate',
			row: ['4915123456789'],
			mapping: [PHONE],
			expected: [{ value: '+4915123456789', kind: 'mobile' }]
		},
		{
			name: 'a generic phone column takes the kind from the number',
			row: ['030 1234567', '0151 23456789'],
			mapping: [PHONE, PHONE],
			expected: [
				{ value: '+49301234567', kind: 'other' },
				{ value: '+4915123456789', kind: 'mobile' }
			]
		},
		{
			name: 'google joins several numbers with :::',
			row: ['+49 30 1234567 ::: +49 30 7654321'],
			mapping: [{ kind: 'phone', phoneKind: 'work' }],
			expected: [
				{ value: '+49301234567', kind: 'work' },
				{ value: '+49307654321', kind: 'work' }
			]
		},
		{
			name: 'people join them with ; , / and line breaks',
			row: ['0151 23456789; 030 1234567, 089 1234567 / 040 7654321\n0221 123456'],
			mapping: [MOBILE],
			expected: [
				{ value: '+4915123456789', kind: 'mobile' },
				{ value: '+49301234567', kind: 'mobile' },
				{ value: '+49891234567', kind: 'mobile' },
				{ value: '+49407654321', kind: 'mobile' },
				{ value: '+49221123456', kind: 'mobile' }
			]
		},
		{
			name: 'a slash inside a german number is not a separator',
			row: ['030/1234567'],
			mapping: [PHONE],
			expected: [{ value: '+49301234567', kind: 'other' }]
		},
		{
			name: 'the same number twice in a row is kept once, with its first kind',
			row: ['0151 23456789', '+49 151 23456789', '0049151 23456789'],
			mapping: [MOBILE, { kind: 'phone', phoneKind: 'work' }, PHONE],
			expected: [{ value: '+4915123456789', kind: 'mobile' }]
		},
		{
			name: 'a type column names the kind (google, vcard, people)',
			row: ['0151 23456789', 'Handy', '030 1234567', 'geschäftlich', '089 123456', '* Home'],
			mapping: [
				PHONE,
				{ kind: 'phoneKind', of: 0 },
				PHONE,
				{ kind: 'phoneKind', of: 2 },
				PHONE,
				{ kind: 'phoneKind', of: 4 }
			],
			expected: [
				{ value: '+4915123456789', kind: 'mobile' },
				{ value: '+49301234567', kind: 'work' },
				{ value: '+4989123456', kind: 'home' }
			]
		},
		{
			name: 'more kind labels: WhatsApp, Main, Work Fax, portable, CELL,VOICE, an unknown one',
			row: [
				'0151 23456789',
				'WhatsApp',
				'030 1234567',
				'Main',
				'089 123456',
				'Work Fax',
				'0171 2345678',
				'portable',
				'0172 3456789',
				'CELL,VOICE',
				'040 123456',
				'Grandma'
			],
			mapping: [
				PHONE,
				{ kind: 'phoneKind', of: 0 },
				PHONE,
				{ kind: 'phoneKind', of: 2 },
				PHONE,
				{ kind: 'phoneKind', of: 4 },
				PHONE,
				{ kind: 'phoneKind', of: 6 },
				PHONE,
				{ kind: 'phoneKind', of: 8 },
				{ kind: 'phone', phoneKind: 'home' },
				{ kind: 'phoneKind', of: 10 }
			],
			expected: [
				{ value: '+4915123456789', kind: 'whatsapp' },
				{ value: '+49301234567', kind: 'other' },
				{ value: '+4989123456', kind: 'other' },
				{ value: '+491712345678', kind: 'mobile' },
				{ value: '+491723456789', kind: 'mobile' },
				{ value: '+4940123456', kind: 'home' }
			]
		},
		{
			name: 'country_code as a dial code',
			row: ['079 068 44 17', '41'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ value: '+41790684417', kind: 'mobile' }]
		},
		{
			name: 'country_code as +dial code',
			row: ['06 12 34 56 78', '+33'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ value: '+33612345678', kind: 'mobile' }]
		},
		{
			name: 'country_code as 00 dial code',
			row: ['0412 345 678', '0061'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ value: '+61412345678', kind: 'mobile' }]
		},
		{
			name: 'country_code as lower-case iso code',
			row: ['(718) 552-8095', 'us'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ value: '+17185528095', kind: 'other' }]
		},
		{
			name: 'country_code 1 reads a canadian number as canadian',
			row: ['(416) 555-0123', '1'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ value: '+14165550123', kind: 'other' }]
		},
		{
			name: 'country_code UK',
			row: ['07911 123456', 'UK'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ value: '+447911123456', kind: 'mobile' }]
		},
		{
			name: 'an international number ignores the row’s country',
			row: ['+49 151 23456789', 'FR'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ value: '+4915123456789', kind: 'mobile' }]
		},
		{
			name: 'without country_code the address’s country is tried first',
			row: ['079 068 44 17', 'Schweiz'],
			mapping: [PHONE, f('country')],
			expected: [{ value: '+41790684417', kind: 'mobile' }]
		},
		{
			name: '…and then the default country',
			row: ['0151 23456789', 'France'],
			mapping: [PHONE, f('country')],
			expected: [{ value: '+4915123456789', kind: 'mobile' }]
		}
	];
	// the phones as the contact holds them: a column without a kind leaves it to createContact
	for (const { name, row, mapping, defaultCountry = 'DE', expected } of cases) {
		it(name, () => {
			const draft = draftOf(row, mapping, defaultCountry);
			const created = createContact(draft, { defaultCountry });
			expect(created.ok && created.contact.phones).toEqual(expected);
		});
	}

	const failures: {
		name: string;
		row: string[];
		mapping: ColumnMapping;
		expected: RowError[];
	}[] = [
		{
			name: 'excel scientific notation has lost digits: refused, never guessed',
			row: ['4.91511E+11', '4,91511E+11', '4.91511e11', '4,9151E+12 '],
			mapping: [PHONE, PHONE, PHONE, PHONE],
			expected: [
				{ column: 0, field: 'phones.0', value: '4.91511E+11', error: 'phone.scientific_notation' },
				{ column: 1, field: 'phones.1', value: '4,91511E+11', error: 'phone.scientific_notation' },
				{ column: 2, field: 'phones.2', value: '4.91511e11', error: 'phone.scientific_notation' },
				{ column: 3, field: 'phones.3', value: '4,9151E+12', error: 'phone.scientific_notation' }
			]
		},
		{
			name: 'invalid numbers name their column, value and the specific reason',
			row: ['12ab', '123', '0151 23456789', '0151 234567890123456'],
			mapping: [PHONE, PHONE, PHONE, PHONE],
			expected: [
				{ column: 0, field: 'phones.0', value: '12ab', error: 'phone.invalid_characters' },
				{ column: 1, field: 'phones.1', value: '123', error: 'phone.too_short' },
				{ column: 3, field: 'phones.3', value: '0151 234567890123456', error: 'phone.too_long' }
			]
		},
		{
			name: 'a bad number among several in one cell',
			row: ['0151 23456789 ::: 12ab'],
			mapping: [PHONE],
			expected: [{ column: 0, field: 'phones.1', value: '12ab', error: 'phone.invalid_characters' }]
		},
		{
			name: 'an unknown country_code is the row’s error, and its phones are not judged',
			row: ['0151 23456789', 'XX'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ column: 1, field: 'countryCode', value: 'XX', error: 'countryCode.invalid' }]
		},
		{
			name: 'a dial code no country has',
			row: ['0151 23456789', '+999'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ column: 1, field: 'countryCode', value: '+999', error: 'countryCode.invalid' }]
		},
		{
			name: 'a number that is invalid in the row’s country',
			row: ['0151 23456789', 'FR'],
			mapping: [PHONE, COUNTRY_CODE],
			expected: [{ column: 0, field: 'phones.0', value: '0151 23456789', error: 'phone.too_long' }]
		}
	];
	for (const { name, row, mapping, expected } of failures) {
		it(name, () => {
			expect(errorsOf(row, mapping)).toEqual(expected);
		});
	}
});

describe('rowToContact: e-mails', () => {
	it('splits, normalizes and deduplicates', () => {
		expect(
			draftOf(
				['a@Example.DE ::: b@example.de; A@example.de', 'mailto:c@example.de'],
				[EMAIL, EMAIL]
			).emails
		).toEqual([{ value: 'a@example.de' }, { value: 'b@example.de' }, { value: 'c@example.de' }]);
	});

	it('keeps a name and address in angle brackets whole', () => {
		expect(draftOf(['"Doe, John" <john@doe.de>'], [EMAIL]).emails).toEqual([
			{ value: 'john@doe.de' }
		]);
	});

	it('refuses invalid addresses with their reason', () => {
		expect(
			errorsOf(['x@', 'anna.example.de', 'ok@example.de, bad@'], [EMAIL, EMAIL, EMAIL])
		).toEqual([
			{ column: 0, field: 'emails.0', value: 'x@', error: 'email.invalid_domain' },
			{ column: 1, field: 'emails.1', value: 'anna.example.de', error: 'email.missing_at' },
			{ column: 2, field: 'emails.3', value: 'bad@', error: 'email.invalid_domain' }
		]);
	});
});

describe('rowToContact: names', () => {
	const cases: { name: string; row: string[]; mapping: ColumnMapping; expected: ContactDraft }[] = [
		{
			name: 'a full name is split',
			row: ['Ludwig van Beethoven'],
			mapping: [f('fullName')],
			expected: { firstName: 'Ludwig', lastName: 'van Beethoven' }
		},
		{
			name: 'first and last name columns win over the full name',
			row: ['Bob Smith', 'Robert', 'Smith'],
			mapping: [f('fullName'), f('firstName'), f('lastName')],
			expected: { firstName: 'Robert', lastName: 'Smith' }
		},
		{
			name: 'the full name fills the last name the columns lack',
			row: ['Anna Maria Schmidt', 'Anna Maria', ''],
			mapping: [f('fullName'), f('firstName'), f('lastName')],
			expected: { firstName: 'Anna Maria', lastName: 'Schmidt' }
		},
		{
			name: 'the full name fills the first name the columns lack',
			row: ['Schmidt, Anna', '', 'Schmidt'],
			mapping: [f('fullName'), f('firstName'), f('lastName')],
			expected: { firstName: 'Anna', lastName: 'Schmidt' }
		},
		{
			name: 'a full name that does not contain the given part adds nothing',
			row: ['ACME GmbH', 'Anna', ''],
			mapping: [f('fullName'), f('firstName'), f('lastName')],
			expected: { firstName: 'Anna' }
		},
		{
			name: 'first and middle names are joined, suffix goes with the last name',
			row: ['John', 'Fitzgerald', 'Kennedy', 'Jr.'],
			mapping: [f('firstName'), f('firstName'), f('lastName'), f('lastName')],
			expected: { firstName: 'John Fitzgerald', lastName: 'Kennedy Jr.' }
		},
		{
			name: 'the same name in two columns is kept once',
			row: ['Anna', 'anna'],
			mapping: [f('firstName'), f('firstName')],
			expected: { firstName: 'Anna' }
		}
	];
	for (const { name, row, mapping, expected } of cases) {
		it(name, () => {
			expect(draftOf(row, mapping)).toEqual(expected);
		});
	}
});

describe('rowToContact: birth dates', () => {
	const cases: { value: string; defaultCountry: string; expected: string }[] = [
		{ value: '1984-07-31', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '31.07.1984', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '31/07/1984', defaultCountry: 'FR', expected: '1984-07-31' },
		{ value: '05/06/1984', defaultCountry: 'FR', expected: '1984-06-05' },
		{ value: '05/06/1984', defaultCountry: 'GB', expected: '1984-06-05' },
		{ value: '05/06/1984', defaultCountry: 'US', expected: '1984-05-06' },
		{ value: '7/4/1976', defaultCountry: 'US', expected: '1976-07-04' },
		{ value: '07/31/1984', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '30894', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '30894.0', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '--07-31', defaultCountry: 'DE', expected: '--07-31' },
		{ value: '--0731', defaultCountry: 'DE', expected: '--07-31' },
		{ value: '31.07.', defaultCountry: 'DE', expected: '--07-31' },
		{ value: '19840731', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '31.07.84', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '31.07.05', defaultCountry: 'DE', expected: '2005-07-31' },
		{ value: '31 July 1984', defaultCountry: 'GB', expected: '1984-07-31' },
		{ value: 'July 31, 1984', defaultCountry: 'US', expected: '1984-07-31' },
		{ value: '31. Juli 1984', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '1er juillet 1984', defaultCountry: 'FR', expected: '1984-07-01' },
		{ value: '31-Jul-84', defaultCountry: 'DE', expected: '1984-07-31' },
		{ value: '1984-07-31T00:00:00.000Z', defaultCountry: 'DE', expected: '1984-07-31' }
	];
	for (const { value, defaultCountry, expected } of cases) {
		it(`${value} in ${defaultCountry} → ${expected}`, () => {
			expect(draftOf([value], [f('birthDate')], defaultCountry).birthDate).toBe(expected);
		});
	}

	it('reads outlook’s 0/0/00 as no birthday', () => {
		expect(draftOf(['Anna', '0/0/00'], [f('firstName'), f('birthDate')])).toEqual({
			firstName: 'Anna'
		});
	});

	const failures: { value: string; defaultCountry: string; error: string }[] = [
		{ value: '05/06/1984', defaultCountry: 'CA', error: 'birthDate.ambiguous' },
		{ value: '31.02.1984', defaultCountry: 'DE', error: 'birthDate.invalid' },
		{ value: '1984', defaultCountry: 'DE', error: 'birthDate.year_only' },
		{ value: 'soon', defaultCountry: 'DE', error: 'birthDate.invalid' },
		{ value: '13/13/1984', defaultCountry: 'US', error: 'birthDate.invalid' }
	];
	for (const { value, defaultCountry, error } of failures) {
		it(`${value} in ${defaultCountry} → ${error}`, () => {
			expect(errorsOf(['Anna', value], [f('firstName'), f('birthDate')], defaultCountry)).toEqual([
				{ column: 1, field: 'birthDate', value, error }
			]);
		});
	}
});

describe('rowToContact: subscription', () => {
	const cases: { value: string; target: 'subscription' | 'unsubscribed'; expected?: string }[] = [
		{ value: 'unsubscribed', target: 'subscription', expected: 'unsubscribed' },
		{ value: 'opt-out', target: 'subscription', expected: 'unsubscribed' },
		{ value: 'Abgemeldet', target: 'subscription', expected: 'unsubscribed' },
		{ value: 'désabonné', target: 'subscription', expected: 'unsubscribed' },
		{ value: 'no', target: 'subscription', expected: 'unsubscribed' },
		{ value: 'FALSE', target: 'subscription', expected: 'unsubscribed' },
		{ value: '0', target: 'subscription', expected: 'unsubscribed' },
		{ value: 'nein', target: 'subscription', expected: 'unsubscribed' },
		{ value: 'yes', target: 'subscription', expected: 'subscribed' },
		{ value: 'subscribed', target: 'subscription', expected: 'subscribed' },
		{ value: 'true', target: 'subscription', expected: 'subscribed' },
		{ value: '1', target: 'subscription', expected: 'subscribed' },
		{ value: '', target: 'subscription', expected: undefined },
		{ value: 'yes', target: 'unsubscribed', expected: 'unsubscribed' },
		{ value: 'x', target: 'unsubscribed', expected: 'unsubscribed' },
		{ value: 'oui', target: 'unsubscribed', expected: 'unsubscribed' },
		{ value: 'no', target: 'unsubscribed', expected: 'subscribed' },
		{ value: 'subscribed', target: 'unsubscribed', expected: 'subscribed' },
		{ value: '', target: 'unsubscribed', expected: undefined }
	];
	for (const { value, target, expected } of cases) {
		it(`${target}: '${value}' → ${expected}`, () => {
			expect(draftOf(['Anna', value], [f('firstName'), f(target)]).subscription).toBe(expected);
		});
	}

	it('refuses a value it cannot read', () => {
		expect(errorsOf(['Anna', 'maybe'], [f('firstName'), f('subscription')])).toEqual([
			{ column: 1, field: 'subscription', value: 'maybe', error: 'subscription.invalid' }
		]);
	});

	it('any column saying unsubscribed wins', () => {
		expect(draftOf(['yes', 'yes'], [f('unsubscribed'), f('subscription')]).subscription).toBe(
			'unsubscribed'
		);
		expect(draftOf(['yes', 'yes'], [f('subscription'), f('unsubscribed')]).subscription).toBe(
			'unsubscribed'
		);
	});
});

describe('rowToContact: lists', () => {
	const LISTS: ColumnTarget = { kind: 'lists' };
	it.each([
		{ name: 'one list', input: ['Choir'], expected: ['Choir'] },
		{
			name: 'a quoted name with a comma',
			input: ['Choir, "Newsletter, weekly"'],
			expected: ['Choir', 'Newsletter, weekly']
		},
		{
			name: 'two columns add up, each list once',
			input: ['A, B', 'b, C'],
			expected: ['A', 'B', 'C']
		},
		{ name: 'blank', input: ['  ', ''], expected: undefined }
	])('$name', ({ input, expected }) => {
		const row = ['Ada', ...input];
		const mapping = [f('firstName'), ...input.map(() => LISTS)];
		const result = rowToContact(row, mapping, { defaultCountry: 'DE' });
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.lists).toEqual(expected);
	});
});

describe('rowToContact: the formula guard of a csv export', () => {
	// the guard's apostrophe comes off only where asked (csv), and only before what it guards
	it.each([
		{ name: 'a guarded formula', input: "'=SUM(1)", unguard: true, expected: '=SUM(1)' },
		{ name: 'a guarded minus word', input: "'-x", unguard: true, expected: '-x' },
		{ name: 'a guarded handle', input: "'@home", unguard: true, expected: '@home' },
		{ name: 'a word', input: "'tis", unguard: true, expected: "'tis" },
		{ name: 'a number kept as text', input: "'-5", unguard: true, expected: "'-5" },
		{ name: 'a workbook keeps it', input: "'=SUM(1)", unguard: false, expected: "'=SUM(1)" }
	])('$name: $expected', ({ input, unguard, expected }) => {
		const result = rowToContact([input, 'a@example.org'], [f('alias'), EMAIL], {
			defaultCountry: 'DE',
			unguardFormulas: unguard
		});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.draft.alias).toBe(expected);
	});

	it('reads a guarded year-less birthday and a guarded custom value', () => {
		const fields: Record<string, CustomFieldSpec> = { remark: { type: 'text' } };
		const result = rowToContact(
			["'--02-29", "'=1+A1"],
			[f('birthDate'), { kind: 'custom', fieldId: 'remark' }],
			{ defaultCountry: 'DE', fields, unguardFormulas: true }
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.draft).toMatchObject({ birthDate: '--02-29', custom: { remark: '=1+A1' } });
	});
});

describe('rowToContact: other fields', () => {
	it('reads country names in en, de and fr, and iso codes', () => {
		const countries = [
			'Deutschland',
			'Allemagne',
			'USA',
			'U.S.A.',
			'United Kingdom',
			'England',
			'Österreich',
			'Suisse',
			'ch',
			'UK',
			'Pays-Bas',
			'États-Unis',
			'BRD',
			'Great Britain',
			'deu'
		];
		expect(
			countries.map((country) => draftOf(['A', country], [f('firstName'), f('country')]).country)
		).toEqual([
			'DE',
			'DE',
			'US',
			'US',
			'GB',
			'GB',
			'AT',
			'CH',
			'CH',
			'GB',
			'NL',
			'US',
			'DE',
			'GB',
			'DE'
		]);
	});

	it('refuses a country it does not know', () => {
		expect(errorsOf(['A', 'Atlantis'], [f('firstName'), f('country')])).toEqual([
			{ column: 1, field: 'country', value: 'Atlantis', error: 'country.invalid' }
		]);
	});

	it('joins street lines and house numbers', () => {
		expect(
			draftOf(['Hauptstraße', '12a', 'Hinterhaus'], [f('street'), f('street'), f('street')]).street
		).toBe('Hauptstraße 12a, Hinterhaus');
		expect(draftOf(['12', 'rue de la Paix'], [f('street'), f('street')]).street).toBe(
			'12 rue de la Paix'
		);
	});

	it('joins notes by lines and keeps their breaks', () => {
		expect(draftOf(['first\nsecond', 'third'], [f('note'), f('note')]).note).toBe(
			'first\nsecond\nthird'
		);
	});

	it('cleans one-line values: breaks become spaces, controls go', () => {
		expect(
			draftOf(['Anna\nMaria\u0000', '  ACME\tGmbH '], [f('firstName'), f('organization')])
		).toEqual({
			firstName: 'Anna Maria',
			organization: 'ACME GmbH'
		});
	});

	it('keeps the first of two different values for a one-value field, with a warning', () => {
		const result = rowToContact(
			['ACME', 'Other Corp', 'acme'],
			[f('organization'), f('organization'), f('organization')],
			{
				defaultCountry: 'DE'
			}
		);
		expect(result).toEqual({
			ok: true,
			draft: { organization: 'ACME' },
			warnings: [{ column: 1, field: 'organization', value: 'Other Corp', error: 'field.conflict' }]
		});
	});

	it('refuses a value over the length limit, quoting its start', () => {
		const long = 'x'.repeat(10_001);
		const errors = errorsOf(['Anna', long, long], [f('firstName'), f('note'), PHONE]);
		expect(errors).toEqual([
			{ column: 1, field: 'note', value: `${'x'.repeat(100)}…`, error: 'field.too_long' },
			{ column: 2, field: 'phones.0', value: `${'x'.repeat(100)}…`, error: 'field.too_long' }
		]);
	});

	it('reads custom fields by their type', () => {
		const fields: Record<string, CustomFieldSpec> = {
			size: { type: 'number' },
			vip: { type: 'boolean' },
			tier: { type: 'choice', options: ['Gold', 'Silver'] }
		};
		const mapping: ColumnMapping = [
			f('firstName'),
			{ kind: 'custom', fieldId: 'size' },
			{ kind: 'custom', fieldId: 'vip' },
			{ kind: 'custom', fieldId: 'tier' },
			{ kind: 'custom', fieldId: 'unknown' },
			{ kind: 'custom', fieldId: 'size' }
		];
		expect(
			draftOf(['Anna', '1.234,5', 'ja', 'gold', ' free text ', ''], mapping, 'DE', fields)
		).toEqual({
			firstName: 'Anna',
			custom: { size: 1234.5, vip: true, tier: 'Gold', unknown: 'free text' }
		});
		expect(errorsOf(['Anna', '1,234', 'maybe', 'Bronze'], mapping, 'DE', fields)).toEqual([
			{ column: 1, field: 'custom.size', value: '1,234', error: 'custom.number_ambiguous' },
			{ column: 2, field: 'custom.vip', value: 'maybe', error: 'custom.boolean_invalid' },
			{ column: 3, field: 'custom.tier', value: 'Bronze', error: 'custom.choice_invalid' }
		]);
	});

	it('collects every problem of a row at once', () => {
		expect(
			errorsOf(
				['12ab', 'x@', '31.02.1984', 'Atlantis', 'maybe'],
				[PHONE, EMAIL, f('birthDate'), f('country'), f('subscription')]
			).map((error) => `${error.column}:${error.error}`)
		).toEqual([
			'0:phone.invalid_characters',
			'1:email.invalid_domain',
			'2:birthDate.invalid',
			'3:country.invalid',
			'4:subscription.invalid'
		]);
	});
});

describe('rowToContact: the shape of the row', () => {
	const mapping: ColumnMapping = [f('firstName'), EMAIL, f('city')];

	it('a row with fewer cells keeps what it has, with a warning', () => {
		expect(rowToContact(['Anna', 'a@b.de'], mapping, { defaultCountry: 'DE' })).toEqual({
			ok: true,
			draft: { firstName: 'Anna', emails: [{ value: 'a@b.de' }] },
			warnings: [{ column: null, field: 'row', value: '2', error: 'row.too_few_cells' }]
		});
	});

	it('a row with more cells reports what is in the extra ones', () => {
		expect(
			rowToContact(['Anna', 'a@b.de', 'Berlin', '', 'stray', 'more'], mapping, {
				defaultCountry: 'DE'
			})
		).toEqual({
			ok: true,
			draft: { firstName: 'Anna', emails: [{ value: 'a@b.de' }], city: 'Berlin' },
			warnings: [{ column: null, field: 'row', value: 'stray | more', error: 'row.too_many_cells' }]
		});
	});

	it('trailing empty cells are no news', () => {
		const result = rowToContact(['Anna', 'a@b.de', 'Berlin', '', ''], mapping, {
			defaultCountry: 'DE'
		});
		expect(result.ok && result.warnings).toEqual([]);
	});

	const empties: { name: string; row: string[] }[] = [
		{ name: 'no cells', row: [] },
		{ name: 'blank cells', row: [' ', '', '\t'] },
		{ name: 'values only in columns that are not imported', row: ['', '', '', 'x'] }
	];
	for (const { name, row } of empties) {
		it(`a row with ${name} is empty`, () => {
			expect(rowToContact(row, [...mapping, null], { defaultCountry: 'DE' })).toEqual({
				ok: false,
				errors: [{ column: null, field: 'row', value: '', error: 'row.empty' }]
			});
		});
	}

	it('a type or country-code cell alone does not make a row', () => {
		expect(
			rowToContact(['', 'Mobile', 'DE'], [PHONE, { kind: 'phoneKind', of: 0 }, COUNTRY_CODE], {
				defaultCountry: 'DE'
			})
		).toEqual({
			ok: false,
			errors: [{ column: null, field: 'row', value: '', error: 'row.empty' }]
		});
	});
});

function fixtureRows(name: string, encoding = 'utf-8'): { header: string[]; rows: string[][] } {
	const bytes = readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url));
	const parsed = Papa.parse<string[]>(iconv.decode(bytes, encoding), {
		skipEmptyLines: true
	});
	const [header = [], ...rows] = parsed.data;
	return { header, rows };
}

describe('rowToContact: the fixture files with their suggested mapping', () => {
	const cases: { file: string; encoding?: string; defaultCountry: string; expected: object[] }[] = [
		{
			file: 'google-contacts.csv',
			defaultCountry: 'DE',
			expected: [
				{
					firstName: 'Anna',
					lastName: 'Müller',
					alias: 'Anni',
					organization: 'Example GmbH',
					birthDate: '1985-03-14',
					note: 'Met at the fair.\nCall in spring.',
					emails: [{ value: 'anna.mueller@example.de' }, { value: 'anna@example-gmbh.de' }],
					phones: [
						{ value: '+4915123456789', kind: 'mobile' },
						{ value: '+49301234567', kind: 'work' },
						{ value: '+49307654321', kind: 'work' }
					],
					street: 'Hauptstraße 5',
					city: 'München',
					region: 'Bayern',
					postalCode: '80331',
					country: 'DE',
					custom: {
						'new:Organization Title': 'Sales Manager',
						'new:Organization Department': 'Vertrieb',
						'new:Website 1': 'https://example.de/anna'
					}
				},
				// 07700 900xxx is ofcom's range for fiction: no real number, and refused as such
				[{ column: 22, field: 'phones.0', value: '+44 7700 900123', error: 'phone.invalid' }],
				{ organization: 'Acme Ltd.', phones: [{ value: '+442079460958', kind: 'work' }] }
			]
		},
		{
			file: 'outlook.csv',
			encoding: 'windows-1252',
			defaultCountry: 'US',
			expected: [
				{
					firstName: 'Renée',
					lastName: 'Dubois',
					organization: 'Example Corp.',
					street: '1 Main Street',
					city: 'Springfield',
					region: 'IL',
					postalCode: '62701',
					country: 'US',
					phones: [
						{ value: '+12175550100', kind: 'work' },
						{ value: '+12175550199', kind: 'mobile' }
					],
					birthDate: '1976-07-04',
					emails: [{ value: 'renee.dubois@example.com' }],
					note: 'Prefers e-mail.\nCall only on Mondays.',
					custom: { 'new:Job Title': 'Buyer' }
				},
				// a british number without its prefix cannot be read in the US, the file's country
				[{ column: 37, field: 'phones.0', value: '020 7946 0018', error: 'phone.too_long' }]
			]
		},
		{
			file: 'outlook-de.csv',
			encoding: 'windows-1252',
			defaultCountry: 'DE',
			expected: [
				{
					firstName: 'Jürgen',
					lastName: 'Größe',
					organization: 'Bäckerei Größe & Söhne',
					street: 'Hauptstraße 5',
					city: 'München',
					postalCode: '80331',
					country: 'DE',
					phones: [
						{ value: '+49891234567', kind: 'work' },
						{ value: '+491712345678', kind: 'mobile' }
					],
					emails: [{ value: 'j.groesse@example.de' }],
					birthDate: '1975-04-23',
					note: 'Liefert jeden Dienstag – „pünktlich“.',
					custom: { 'new:Anrede': 'Herr' }
				},
				{
					firstName: 'Renée',
					lastName: 'Weiß',
					phones: [{ value: '+49407654321', kind: 'home' }],
					emails: [{ value: 'renee.weiss@example.de' }]
				}
			]
		}
	];
	for (const { file, encoding, defaultCountry, expected } of cases) {
		it(file, () => {
			const { header, rows } = fixtureRows(file, encoding);
			const mapping = suggestMapping(header, rows, { defaultCountry });
			const drafts = rows.map((row) => {
				const result = rowToContact(row, mapping, { defaultCountry, now: NOW });
				return result.ok ? result.draft : result.errors;
			});
			expect(drafts).toEqual(expected);
		});
	}
});

describe('rowToContact: a phone’s vcard, through the reader and the suggested mapping', () => {
	it('android-2.1.vcf', async () => {
		const name = 'android-2.1.vcf';
		const bytes = readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url));
		const info = await sniffFile(new File([bytes], name));
		const mapping = suggestMapping(info.header, info.sample, { defaultCountry: 'DE' });
		expect(info.sample.map((row) => rowToContact(row, mapping, { defaultCountry: 'DE' }))).toEqual([
			{
				ok: true,
				draft: {
					firstName: 'Jürgen',
					lastName: 'Müller',
					street: 'Hauptstraße 5',
					postalCode: '80331',
					city: 'München',
					region: 'Bayern',
					country: 'DE',
					note: 'Erste Zeile\nZweite Zeile, die sehr lang ist und daher umbrochen wird',
					birthDate: '1975-04-23',
					phones: [
						{ value: '+4915123456789', kind: 'mobile' },
						{ value: '+49301234567', kind: 'home' },
						{ value: '+4915198765432', kind: 'whatsapp' }
					],
					emails: [{ value: 'juergen@example.de' }]
				},
				warnings: []
			},
			{
				ok: true,
				draft: {
					firstName: 'Zoë',
					lastName: 'Lefèvre',
					organization: 'Example SARL',
					phones: [
						{ value: '+33123456789', kind: 'work' },
						{ value: '+33612345678', kind: 'mobile' }
					],
					emails: [{ value: 'zoe@example.fr' }]
				},
				warnings: []
			},
			{
				ok: true,
				draft: {
					firstName: 'Ben',
					lastName: 'Okafor',
					phones: [{ value: '+442079460000', kind: 'other' }],
					emails: [{ value: 'ben@example.co.uk' }, { value: 'ben.okafor@work.example' }]
				},
				warnings: []
			}
		]);
	});
});

describe('rowToContact: never throws', () => {
	const target: fc.Arbitrary<ColumnTarget | null> = fc.oneof(
		fc.constant(null),
		fc.constantFrom(
			...(
				[
					'firstName',
					'lastName',
					'fullName',
					'alias',
					'organization',
					'birthDate',
					'street',
					'postalCode',
					'city',
					'region',
					'country',
					'note',
					'subscription',
					'unsubscribed'
				] as const
			).map((field): ColumnTarget => ({ kind: 'field', field }))
		),
		fc.constantFrom<ColumnTarget>(
			{ kind: 'phone' },
			{ kind: 'phone', phoneKind: 'work' },
			{ kind: 'email' },
			{ kind: 'countryCode' },
			{ kind: 'custom', fieldId: 'n' },
			{ kind: 'custom', fieldId: 'b' },
			{ kind: 'custom', fieldId: 'missing' },
			{ kind: 'newCustom', label: 'x' }
		),
		fc.nat(12).map((of): ColumnTarget => ({ kind: 'phoneKind', of }))
	);
	const cell = fc.oneof(
		fc.string(),
		fc.constantFrom(
			'0151 23456789',
			'4.91511E+11',
			'49',
			'DE',
			'x@',
			'a@b.de',
			'31.07.1984',
			'Mobile',
			' ::: ',
			''
		),
		fc.string({ unit: 'binary' })
	);

	it('returns a result for any row and mapping', () => {
		fc.assert(
			fc.property(
				fc.array(target, { maxLength: 12 }),
				fc.array(cell, { maxLength: 14 }),
				(mapping, row) => {
					const result = rowToContact(row, mapping, {
						defaultCountry: 'DE',
						fields: { n: { type: 'number' }, b: { type: 'boolean' } }
					});
					if (result.ok) {
						expect(createContact(result.draft, { defaultCountry: 'DE' }).ok).toBe(true);
					} else {
						expect(result.errors.length).toBeGreaterThan(0);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
