import { describe, expect, it } from 'vitest';
import { contactFacets, queryFacet } from '../../../src/lib/core/contact-facets';
import { normalizeQuery, type ContactQuery } from '../../../src/lib/core/contact-query';
import { createContact } from '../../../src/lib/core/create-contact';

const base: ContactQuery = { sort: 'email', direction: 'desc' };

describe('queryFacet', () => {
	it.each([
		{ name: 'no filter', query: {}, expected: { key: 'all', negate: false } },
		{ name: 'blank search', query: { search: '  ' }, expected: { key: 'all', negate: false } },
		{
			name: 'has a phone',
			query: { hasPhone: true },
			expected: { key: 'has:phone', negate: false }
		},
		{
			name: 'has no phone',
			query: { hasPhone: false },
			expected: { key: 'has:phone', negate: true }
		},
		{
			name: 'has an e-mail',
			query: { hasEmail: true },
			expected: { key: 'has:email', negate: false }
		},
		{
			name: 'has no e-mail',
			query: { hasEmail: false },
			expected: { key: 'has:email', negate: true }
		},
		{
			name: 'unsubscribed',
			query: { subscription: 'unsubscribed' as const },
			expected: { key: 'unsubscribed', negate: false }
		},
		{
			name: 'subscribed',
			query: { subscription: 'subscribed' as const },
			expected: { key: 'unsubscribed', negate: true }
		},
		{
			name: 'calling code',
			query: { callingCode: ' +49' },
			expected: { key: 'code:49', negate: false }
		},
		{ name: 'a list', query: { listId: 'l-1' }, expected: { key: 'list:l-1', negate: false } },
		{ name: 'a search', query: { search: 'mul' }, expected: undefined },
		{ name: 'created from', query: { createdFrom: 0 }, expected: undefined },
		{ name: 'created to', query: { createdTo: 1 }, expected: undefined },
		{ name: 'an import', query: { importId: 'job-1' }, expected: undefined },
		{ name: 'two filters', query: { listId: 'l-1', hasEmail: true }, expected: undefined }
	])('$name', ({ query, expected }) => {
		expect(queryFacet(normalizeQuery({ ...base, ...query }))).toEqual(expected);
	});
});

describe('contactFacets', () => {
	it('names each facet of a contact once, as the list indexes do', () => {
		const made = createContact(
			{
				firstName: 'Ada',
				phones: [{ value: '+33 6 12 34 56 78' }, { value: '+49 151 23456789' }],
				subscription: 'unsubscribed',
				listIds: ['l-1', 'l-2', 'l-1']
			},
			{ defaultCountry: 'DE', id: 'c-1' }
		);
		if (!made.ok) throw new Error(JSON.stringify(made.errors));
		// the primary phone's calling code only; no e-mail
		expect(contactFacets(made.contact).sort()).toEqual(
			['all', 'has:phone', 'unsubscribed', 'code:33', 'list:l-1', 'list:l-2'].sort()
		);
	});

	it('counts a record without derived keys only in the whole book and its lists', () => {
		expect(contactFacets({ listIds: ['l-1'] })).toEqual(['all', 'list:l-1']);
		expect(contactFacets({})).toEqual(['all']);
	});
});
