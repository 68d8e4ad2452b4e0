import { describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../src/lib/core/contact';
import {
	compareForSort,
	compareKeys,
	isFiltered,
	matchesQuery,
	normalizeQuery,
	sortKeyOf,
	type ContactQuery,
	type IndexKey
} from '../../../src/lib/core/contact-query';
import { createContact } from '../../../src/lib/core/create-contact';
import { MISSING_KEY } from '../../../src/lib/core/keys';

function make(id: string, draft: ContactDraft, createdAt = 1_000): Contact {
	const result = createContact(draft, { defaultCountry: 'DE', now: createdAt, id });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

const hans = make(
	'a',
	{
		firstName: 'Hans',
		lastName: 'Müller',
		phones: [{ value: '0151 23456789' }],
		emails: [{ value: 'hans@example.org' }],
		listIds: ['choir']
	},
	2_000
);
const marie = make(
	'b',
	{ firstName: 'Marie', lastName: 'Curie', phones: [{ value: '+33 6 12 34 56 78' }] },
	1_000
);
const nobody = make('c', { organization: 'ACME', subscription: 'unsubscribed' }, 3_000);

const sorted: ContactQuery = { sort: 'name', direction: 'asc' };

describe('matchesQuery', () => {
	const cases: { name: string; input: Partial<ContactQuery>; expected: string[] }[] = [
		{ name: 'no filter', input: {}, expected: ['a', 'b', 'c'] },
		{ name: 'search by folded name', input: { search: 'muller' }, expected: ['a'] },
		{ name: 'search by national number', input: { search: '0151' }, expected: ['a'] },
		{ name: 'search by international number', input: { search: '+33 6' }, expected: ['b'] },
		{ name: 'search that finds nobody', input: { search: 'zzz' }, expected: [] },
		{ name: 'blank search is no search', input: { search: '  ' }, expected: ['a', 'b', 'c'] },
		{ name: 'list', input: { listId: 'choir' }, expected: ['a'] },
		{ name: 'empty list id is no filter', input: { listId: '' }, expected: ['a', 'b', 'c'] },
		{ name: 'subscribed', input: { subscription: 'subscribed' }, expected: ['a', 'b'] },
		{ name: 'unsubscribed', input: { subscription: 'unsubscribed' }, expected: ['c'] },
		{ name: 'calling code', input: { callingCode: '49' }, expected: ['a'] },
		{ name: 'calling code with plus', input: { callingCode: ' +33' }, expected: ['b'] },
		{ name: 'has phone', input: { hasPhone: true }, expected: ['a', 'b'] },
		{ name: 'has no phone', input: { hasPhone: false }, expected: ['c'] },
		{ name: 'has e-mail', input: { hasEmail: true }, expected: ['a'] },
		{ name: 'has no e-mail', input: { hasEmail: false }, expected: ['b', 'c'] },
		{ name: 'created from (inclusive)', input: { createdFrom: 2_000 }, expected: ['a', 'c'] },
		{ name: 'created to (inclusive)', input: { createdTo: 2_000 }, expected: ['a', 'b'] },
		{ name: 'created between', input: { createdFrom: 1_500, createdTo: 2_500 }, expected: ['a'] },
		{
			name: 'filters combine',
			input: { hasPhone: true, subscription: 'subscribed', search: 'marie' },
			expected: ['b']
		},
		{ name: 'combined to nothing', input: { callingCode: '49', hasEmail: false }, expected: [] },
		// the db layer resolves an import's contacts; unresolved, the filter must not show everyone
		{ name: 'an import not yet resolved', input: { importId: 'job-1' }, expected: [] }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const query = { ...sorted, ...input };
		expect([hans, marie, nobody].filter((c) => matchesQuery(c, query)).map((c) => c.id)).toEqual(
			expected
		);
	});

	it("an import's resolved contacts, with other filters", () => {
		const query = {
			...normalizeQuery({ ...sorted, importId: 'job-1', importChange: 'created' }),
			importIds: new Set(['a', 'c'])
		};
		expect([hans, marie, nobody].filter((c) => matchesQuery(c, query)).map((c) => c.id)).toEqual([
			'a',
			'c'
		]);
		const subscribed = { ...query, subscription: 'subscribed' as const };
		expect(
			[hans, marie, nobody].filter((c) => matchesQuery(c, subscribed)).map((c) => c.id)
		).toEqual(['a']);
	});
});

describe('normalizeQuery and isFiltered', () => {
	it('drops blanks and cuts the search into tokens', () => {
		expect(
			normalizeQuery({ ...sorted, search: ' Hans  +49 151', listId: '', callingCode: '+49' })
		).toEqual({ sort: 'name', direction: 'asc', tokens: ['49151', 'hans'], callingCode: '49' });
	});

	const cases = [
		{ name: 'nothing', input: {}, expected: false },
		{ name: 'blank search', input: { search: ' ' }, expected: false },
		{ name: 'search', input: { search: 'a' }, expected: true },
		{ name: 'false is a filter', input: { hasEmail: false }, expected: true },
		{ name: 'created from zero', input: { createdFrom: 0 }, expected: true },
		{ name: 'an import', input: { importId: 'job-1' }, expected: true },
		{
			name: 'an import change without an import',
			input: { importChange: 'created' as const },
			expected: false
		}
	];
	it.each(cases)('isFiltered: $name', ({ input, expected }) => {
		expect(isFiltered({ ...sorted, ...input })).toBe(expected);
	});
});

describe('compareKeys (IndexedDB order)', () => {
	const cases: { name: string; input: [IndexKey, IndexKey]; expected: number }[] = [
		{ name: 'numbers', input: [1, 2], expected: -1 },
		{ name: 'number before string', input: [99, '1'], expected: -1 },
		{ name: 'string before array', input: ['z', ['a']], expected: -1 },
		{ name: 'strings by code unit', input: ['Z', 'a'], expected: -1 },
		{ name: 'accented after z', input: ['é', 'z'], expected: 1 },
		{ name: 'missing after everything', input: [MISSING_KEY, '𝔄'], expected: 1 },
		{ name: 'equal strings', input: ['a', 'a'], expected: 0 },
		{
			name: 'arrays element by element',
			input: [
				['49', 'b'],
				['49', 'a']
			],
			expected: 1
		},
		{ name: 'shorter array first', input: [['49'], ['49', 'a']], expected: -1 },
		{
			name: 'min key below',
			input: [
				['49', -Infinity],
				['49', '']
			],
			expected: -1
		},
		{
			name: 'max key above',
			input: [
				['49', [[]]],
				['49', MISSING_KEY]
			],
			expected: 1
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(Math.sign(compareKeys(input[0], input[1]))).toBe(expected);
		expect(Math.sign(compareKeys(input[1], input[0])) || 0).toBe(-expected || 0);
	});
});

describe('compareForSort', () => {
	const nameless = make('d', {}, 1_000);
	const twin = make(
		'e',
		{ firstName: 'Hans', lastName: 'Müller', phones: [{ value: '0151 23456780' }] },
		1_000
	);
	const all = [nobody, twin, marie, hans, nameless];
	const cases = [
		{
			name: 'name asc, missing last, ties by id',
			input: ['name', 'asc'],
			expected: ['c', 'b', 'a', 'e', 'd']
		},
		{
			name: 'name desc reverses all',
			input: ['name', 'desc'],
			expected: ['d', 'e', 'a', 'b', 'c']
		},
		{
			name: 'email asc, missing last',
			input: ['email', 'asc'],
			expected: ['a', 'b', 'c', 'd', 'e']
		},
		{ name: 'phone asc', input: ['phone', 'asc'], expected: ['b', 'e', 'a', 'c', 'd'] },
		{
			name: 'calling code, then name',
			input: ['callingCode', 'asc'],
			expected: ['b', 'a', 'e', 'c', 'd']
		},
		{
			name: 'created, ties by id',
			input: ['createdAt', 'asc'],
			expected: ['b', 'd', 'e', 'a', 'c']
		},
		{ name: 'created desc', input: ['createdAt', 'desc'], expected: ['c', 'a', 'e', 'd', 'b'] }
	] as const;
	it.each(cases)('$name', ({ input, expected }) => {
		const [sort, direction] = input;
		expect([...all].sort(compareForSort(sort, direction)).map((c) => c.id)).toEqual(expected);
	});

	it('sorts by the key the index holds', () => {
		expect(sortKeyOf(hans, 'callingCode')).toEqual(['49', 'muller hans']);
		expect(sortKeyOf(hans, 'createdAt')).toBe(2_000);
		expect(sortKeyOf(nobody, 'email')).toBe(MISSING_KEY);
	});
});
