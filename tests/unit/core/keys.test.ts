import { describe, expect, it } from 'vitest';
import type { ContactKeys } from '../../../src/lib/core/contact';
import {
	MISSING_KEY,
	contactKeys,
	foldText,
	keyText,
	type KeyedFields
} from '../../../src/lib/core/keys';

describe('foldText', () => {
	const cases = [
		{ name: 'lower-case', input: 'MÜLLER', expected: 'muller' },
		{ name: 'accents', input: 'Élodie Françoise Núñez', expected: 'elodie francoise nunez' },
		{ name: 'sharp s', input: 'Straße', expected: 'strasse' },
		{ name: 'capital sharp s', input: 'STRAẞE', expected: 'strasse' },
		{
			name: 'letters without a decomposition',
			input: 'Søren Łukasz Ærø Œuvre Đorđe',
			expected: 'soren lukasz aero oeuvre dorde'
		},
		{ name: 'decomposed input', input: 'Mu\u0308ller', expected: 'muller' },
		{ name: 'trim and collapse', input: '  Anna \t  Maria\n ', expected: 'anna maria' },
		{ name: 'ligature and full-width', input: 'ﬁne ＡＢＣ', expected: 'fine abc' },
		{ name: 'turkish dotted I', input: 'İstanbul', expected: 'istanbul' },
		{ name: 'empty', input: '', expected: '' },
		{ name: 'non-latin stays', input: 'Иван', expected: 'иван' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(foldText(input)).toBe(expected);
	});
});

const base: KeyedFields = {
	firstName: '',
	lastName: '',
	alias: '',
	organization: '',
	phones: [],
	emails: [],
	subscription: 'subscribed'
};

const M = MISSING_KEY;

describe('contactKeys', () => {
	const cases: { name: string; input: KeyedFields; expected: ContactKeys }[] = [
		{
			name: 'person with everything',
			input: {
				...base,
				firstName: 'Jürgen',
				lastName: 'Groß',
				organization: 'ACME',
				phones: [
					{ value: '+4915123456789', kind: 'mobile' },
					{ value: '+33612345678', kind: 'work' }
				],
				emails: [{ value: 'Juergen.Gross@acme.de' }, { value: 'jg@example.com' }]
			},
			expected: {
				name: 'gross jurgen',
				email: 'juergen.gross@acme.de',
				phone: '+4915123456789',
				callingCode: '49',
				tokens: [
					'015123456789',
					'0612345678',
					'33612345678',
					'4915123456789',
					'acme',
					'gross',
					'jg@example.com',
					'juergen.gross@acme.de',
					'jurgen'
				]
			}
		},
		{
			name: 'first name only',
			input: { ...base, firstName: 'Anna' },
			expected: { name: 'anna', email: M, phone: M, callingCode: M, tokens: ['anna'] }
		},
		{
			name: 'last name only',
			input: { ...base, lastName: 'Öztürk' },
			expected: { name: 'ozturk', email: M, phone: M, callingCode: M, tokens: ['ozturk'] }
		},
		{
			name: 'alias only',
			input: { ...base, alias: 'Bibi', organization: 'ACME' },
			expected: { name: 'bibi', email: M, phone: M, callingCode: M, tokens: ['acme', 'bibi'] }
		},
		{
			name: 'organization only',
			input: { ...base, organization: 'Émile & Söhne GmbH' },
			expected: {
				name: 'emile & sohne gmbh',
				email: M,
				phone: M,
				callingCode: M,
				tokens: ['emile', 'gmbh', 'sohne']
			}
		},
		{
			name: 'e-mail only',
			input: { ...base, emails: [{ value: 'Info@Shop.de' }] },
			expected: {
				name: 'info@shop.de',
				email: 'info@shop.de',
				phone: M,
				callingCode: M,
				tokens: ['info@shop.de']
			}
		},
		{
			name: 'phone only',
			input: { ...base, phones: [{ value: '+12012345678', kind: 'other' }] },
			expected: {
				name: '+12012345678',
				email: M,
				phone: '+12012345678',
				callingCode: '1',
				tokens: ['12012345678', '2012345678']
			}
		},
		{
			name: 'unsubscribed',
			input: { ...base, firstName: 'Anna', subscription: 'unsubscribed' },
			expected: {
				name: 'anna',
				email: M,
				phone: M,
				callingCode: M,
				tokens: ['anna'],
				unsubscribed: 1
			}
		},
		{
			name: 'nothing',
			input: base,
			expected: { name: M, email: M, phone: M, callingCode: M, tokens: [] }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(contactKeys(input)).toStrictEqual(expected);
	});

	it('sorts last names before first names', () => {
		const names = [
			{ ...base, firstName: 'Zoe', lastName: 'Adler' },
			{ ...base, firstName: 'Adam', lastName: 'Zander' },
			{ ...base, firstName: 'Ben', lastName: 'Ädler' },
			{ ...base, organization: 'Bäckerei Kunz' }
		].map((c) => contactKeys(c).name);
		expect(names.sort()).toEqual(['adler ben', 'adler zoe', 'backerei kunz', 'zander adam']);
	});

	it('sorts missing values after every real one', () => {
		const keys = [
			contactKeys({ ...base, emails: [{ value: 'zz@zz.zz' }] }).email,
			contactKeys(base).email,
			contactKeys({ ...base, emails: [{ value: 'ÿ@example.com' }] }).email,
			contactKeys({ ...base, firstName: '𝔄' }).name
		];
		expect(keys.sort().at(-1)).toBe(M);
		expect(keys.filter((key) => key === M)).toHaveLength(1);
	});
});

describe('keyText', () => {
	it.each([
		{ name: 'a real key', input: '49', expected: '49' },
		{ name: 'a missing key', input: MISSING_KEY, expected: '' }
	])('$name', ({ input, expected }) => {
		expect(keyText(input)).toBe(expected);
	});
});
