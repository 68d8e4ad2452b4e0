import { describe, expect, it } from 'vitest';
import type { PhoneKind } from '../../../../src/lib/core/contact';
import {
	countryFromCell,
	phoneCountryFromCell
} from '../../../../src/lib/core/import/country-code';
import { headerWords } from '../../../../src/lib/core/import/header-words';
import { phoneKindFromLabel } from '../../../../src/lib/core/import/phone-kind-label';
import { previewColumn } from '../../../../src/lib/core/import/preview-column';
import { splitEmails, splitPhones } from '../../../../src/lib/core/import/split-values';
import type { ColumnTarget } from '../../../../src/lib/core/import/types';

describe('phoneCountryFromCell', () => {
	const cases: { input: string; expected: string | undefined }[] = [
		{ input: '49', expected: 'DE' },
		{ input: '+49', expected: 'DE' },
		{ input: '0049', expected: 'DE' },
		{ input: '(+49)', expected: 'DE' },
		{ input: ' 41 ', expected: 'CH' },
		{ input: '1', expected: 'US' },
		{ input: '44', expected: 'GB' },
		{ input: '7', expected: 'RU' },
		{ input: 'DE', expected: 'DE' },
		{ input: 'de', expected: 'DE' },
		{ input: 'uk', expected: 'GB' },
		{ input: 'Deutschland', expected: 'DE' },
		{ input: '999', expected: undefined },
		{ input: 'XX', expected: undefined },
		// a place without phone numbers of its own
		{ input: 'AQ', expected: undefined },
		{ input: '', expected: undefined }
	];
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input)} → ${expected}`, () => {
			expect(phoneCountryFromCell(input)).toBe(expected);
		});
	}
});

describe('countryFromCell', () => {
	const cases: { input: string; expected: string | undefined }[] = [
		{ input: 'DE', expected: 'DE' },
		{ input: 'Germany', expected: 'DE' },
		{ input: 'deutschland', expected: 'DE' },
		{ input: 'Allemagne', expected: 'DE' },
		{ input: 'Österreich', expected: 'AT' },
		{ input: 'Autriche', expected: 'AT' },
		{ input: 'Schweiz', expected: 'CH' },
		{ input: 'Suisse', expected: 'CH' },
		{ input: 'Svizzera', expected: 'CH' },
		{ input: 'United States', expected: 'US' },
		{ input: 'United States of America', expected: 'US' },
		{ input: 'U.S.A.', expected: 'US' },
		{ input: 'Vereinigte Staaten', expected: 'US' },
		{ input: 'États-Unis', expected: 'US' },
		{ input: 'Etats Unis', expected: 'US' },
		{ input: 'UK', expected: 'GB' },
		{ input: 'England', expected: 'GB' },
		{ input: 'Royaume-Uni', expected: 'GB' },
		{ input: 'Großbritannien', expected: 'GB' },
		{ input: "Côte d'Ivoire", expected: 'CI' },
		{ input: 'Pays-Bas', expected: 'NL' },
		{ input: 'Holland', expected: 'NL' },
		{ input: 'BRD', expected: 'DE' },
		{ input: 'FRA', expected: 'FR' },
		{ input: 'Atlantis', expected: undefined },
		{ input: '49', expected: undefined }
	];
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input)} → ${expected}`, () => {
			expect(countryFromCell(input)).toBe(expected);
		});
	}
});

describe('phoneKindFromLabel', () => {
	const cases: { input: string; expected: PhoneKind | undefined }[] = [
		{ input: 'Mobile', expected: 'mobile' },
		{ input: '* Mobile', expected: 'mobile' },
		{ input: 'CELL', expected: 'mobile' },
		{ input: 'Handy', expected: 'mobile' },
		{ input: 'Mobil', expected: 'mobile' },
		{ input: 'portable', expected: 'mobile' },
		{ input: 'WhatsApp', expected: 'whatsapp' },
		{ input: 'Work', expected: 'work' },
		{ input: 'geschäftlich', expected: 'work' },
		{ input: 'Büro', expected: 'work' },
		{ input: 'travail', expected: 'work' },
		{ input: 'Home', expected: 'home' },
		{ input: 'privat', expected: 'home' },
		{ input: 'domicile', expected: 'home' },
		{ input: 'Main', expected: 'other' },
		{ input: 'Other', expected: 'other' },
		{ input: 'Work Fax', expected: 'other' },
		{ input: 'Pager', expected: 'other' },
		{ input: 'work,cell', expected: 'mobile' },
		{ input: 'VOICE', expected: 'other' },
		{ input: 'Grandma', expected: undefined },
		{ input: '', expected: undefined }
	];
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input)} → ${expected}`, () => {
			expect(phoneKindFromLabel(input)).toBe(expected);
		});
	}
});

describe('splitting cells', () => {
	const phones: { input: string; expected: string[] }[] = [
		{ input: '+49 30 1 ::: +49 30 2', expected: ['+49 30 1', '+49 30 2'] },
		{ input: '030 1; 030 2, 030 3 | 030 4', expected: ['030 1', '030 2', '030 3', '030 4'] },
		{ input: '030 1 / 030 2', expected: ['030 1', '030 2'] },
		{ input: '030/1234567', expected: ['030/1234567'] },
		{ input: '030 1\r\n030 2', expected: ['030 1', '030 2'] },
		{ input: ' ; ', expected: [] }
	];
	for (const { input, expected } of phones) {
		it(`phones ${JSON.stringify(input)}`, () => {
			expect(splitPhones(input)).toEqual(expected);
		});
	}
	const emails: { input: string; expected: string[] }[] = [
		{ input: 'a@b.de', expected: ['a@b.de'] },
		{ input: 'Anna Schmidt <a@b.de>', expected: ['Anna Schmidt <a@b.de>'] },
		{ input: '"Doe, John" <j@d.de>', expected: ['"Doe, John" <j@d.de>'] },
		{ input: 'a@b.de ::: c@d.de', expected: ['a@b.de', 'c@d.de'] },
		{ input: 'a@b.de; c@d.de,e@f.de', expected: ['a@b.de', 'c@d.de', 'e@f.de'] },
		{ input: 'a@b.de c@d.de', expected: ['a@b.de', 'c@d.de'] }
	];
	for (const { input, expected } of emails) {
		it(`e-mails ${JSON.stringify(input)}`, () => {
			expect(splitEmails(input)).toEqual(expected);
		});
	}
});

describe('headerWords', () => {
	const cases: { input: string; expected: string[] }[] = [
		{ input: 'E-Mail 2: Adresse', expected: ['email', '2', 'adresse'] },
		{ input: 'e_mail', expected: ['email'] },
		{ input: 'firstName', expected: ['first', 'name'] },
		{ input: 'Phone1', expected: ['phone', '1'] },
		{ input: 'Téléphone (bureau)', expected: ['telephone', 'bureau'] },
		{ input: 'Straße', expected: ['strasse'] },
		{ input: "Assistant's Phone", expected: ['assistant', 's', 'phone'] },
		{ input: '  ', expected: [] }
	];
	for (const { input, expected } of cases) {
		it(JSON.stringify(input), () => {
			expect(headerWords(input)).toEqual(expected);
		});
	}
});

describe('previewColumn', () => {
	const cases: {
		name: string;
		values: string[];
		target: ColumnTarget | null;
		countryCodes?: string[];
		expected: ReturnType<typeof previewColumn>;
	}[] = [
		{
			name: 'phones in the default country, formatted as the contact will show them',
			values: ['0151 23456789', '15123456789', '12ab', '4.91511E+11', ''],
			target: { kind: 'phone', phoneKind: 'mobile' },
			expected: [
				{ ok: true, value: '0151 23456789', text: '+49 1512 3456789' },
				{ ok: true, value: '15123456789', text: '+49 1512 3456789' },
				{ ok: false, value: '12ab', error: 'phone.invalid_characters' },
				{ ok: false, value: '4.91511E+11', error: 'phone.scientific_notation' },
				{ ok: true, value: '', text: '' }
			]
		},
		{
			name: 'phones in their row’s country',
			values: ['079 068 44 17', '079 068 44 17', '0151 23456789'],
			target: { kind: 'phone' },
			countryCodes: ['41', 'XX', ''],
			expected: [
				{ ok: true, value: '079 068 44 17', text: '+41 79 068 44 17' },
				{ ok: false, value: '079 068 44 17', error: 'countryCode.invalid' },
				{ ok: true, value: '0151 23456789', text: '+49 1512 3456789' }
			]
		},
		{
			name: 'several phones in a cell',
			values: ['030 1234567 ::: 0151 23456789'],
			target: { kind: 'phone' },
			expected: [
				{
					ok: true,
					value: '030 1234567 ::: 0151 23456789',
					text: '+49 30 1234567, +49 1512 3456789'
				}
			]
		},
		{
			name: 'a full name with how it splits',
			values: ['Ludwig van Beethoven'],
			target: { kind: 'field', field: 'fullName' },
			expected: [
				{
					ok: true,
					value: 'Ludwig van Beethoven',
					text: 'Ludwig van Beethoven',
					firstName: 'Ludwig',
					lastName: 'van Beethoven'
				}
			]
		},
		{
			name: 'birth dates, countries, subscriptions and e-mails',
			values: ['31.07.1984', 'Schweiz', 'opt-out', 'A@Example.DE'],
			target: null,
			expected: [
				{ ok: true, value: '31.07.1984', text: '' },
				{ ok: true, value: 'Schweiz', text: '' },
				{ ok: true, value: 'opt-out', text: '' },
				{ ok: true, value: 'A@Example.DE', text: '' }
			]
		},
		{
			name: 'a birth date column',
			values: ['31.07.1984', '1984', '0/0/00'],
			target: { kind: 'field', field: 'birthDate' },
			expected: [
				{ ok: true, value: '31.07.1984', text: '1984-07-31' },
				{ ok: false, value: '1984', error: 'birthDate.year_only' },
				{ ok: true, value: '0/0/00', text: '' }
			]
		},
		{
			name: 'a country column',
			values: ['Schweiz', 'Atlantis'],
			target: { kind: 'field', field: 'country' },
			expected: [
				{ ok: true, value: 'Schweiz', text: 'CH' },
				{ ok: false, value: 'Atlantis', error: 'country.invalid' }
			]
		},
		{
			name: 'an e-mail column',
			values: ['A@Example.DE', 'x@'],
			target: { kind: 'email' },
			expected: [
				{ ok: true, value: 'A@Example.DE', text: 'A@example.de' },
				{ ok: false, value: 'x@', error: 'email.invalid_domain' }
			]
		},
		{
			name: 'a country-code column',
			values: ['+49', 'nowhere'],
			target: { kind: 'countryCode' },
			expected: [
				{ ok: true, value: '+49', text: 'DE' },
				{ ok: false, value: 'nowhere', error: 'countryCode.invalid' }
			]
		},
		{
			name: 'an unsubscribed column',
			values: ['yes', 'no', 'vielleicht'],
			target: { kind: 'field', field: 'unsubscribed' },
			expected: [
				{ ok: true, value: 'yes', text: 'unsubscribed' },
				{ ok: true, value: 'no', text: 'subscribed' },
				{ ok: false, value: 'vielleicht', error: 'subscription.invalid' }
			]
		},
		{
			name: 'a type column',
			values: ['Handy', 'Grandma'],
			target: { kind: 'phoneKind', of: 0 },
			expected: [
				{ ok: true, value: 'Handy', text: 'mobile' },
				{ ok: true, value: 'Grandma', text: '' }
			]
		},
		{
			name: 'a new field keeps text as it is',
			values: ['  KD-1 '],
			target: { kind: 'newCustom', label: 'Kundennummer' },
			expected: [{ ok: true, value: '  KD-1 ', text: 'KD-1' }]
		}
	];
	for (const { name, values, target, countryCodes, expected } of cases) {
		it(name, () => {
			expect(
				previewColumn(values, target, {
					defaultCountry: 'DE',
					...(countryCodes === undefined ? {} : { countryCodes })
				})
			).toEqual(expected);
		});
	}

	it('reads custom fields by their type', () => {
		expect(
			previewColumn(
				['1.234,5', 'abc'],
				{ kind: 'custom', fieldId: 'n' },
				{
					defaultCountry: 'DE',
					fields: { n: { type: 'number' } }
				}
			)
		).toEqual([
			{ ok: true, value: '1.234,5', text: '1234.5' },
			{ ok: false, value: 'abc', error: 'custom.number_invalid' }
		]);
	});
});
