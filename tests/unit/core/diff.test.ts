import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import { diffContacts, renderCustom } from '../../../src/lib/core/diff';

const base: Contact = (() => {
	const result = createContact(
		{
			firstName: 'Ada',
			lastName: 'Lovelace',
			phones: [{ value: '0151 23456789', kind: 'mobile' }],
			emails: [{ value: 'ada@example.org' }],
			listIds: ['l1', 'l2'],
			custom: { voice: 'Alto', size: 38 }
		},
		{ defaultCountry: 'DE', now: 1, id: 'c1' }
	);
	if (!result.ok) throw new Error('fixture');
	return result.contact;
})();

describe('diffContacts', () => {
	const cases: {
		name: string;
		input: Partial<Contact>;
		expected: ReturnType<typeof diffContacts>;
	}[] = [
		{ name: 'nothing changed', input: {}, expected: [] },
		{
			name: 'ids, times and keys are not changes',
			input: { id: 'c2', createdAt: 5, updatedAt: 9, keys: { ...base.keys, name: 'x' } },
			expected: []
		},
		{
			name: 'a text field',
			input: { firstName: 'Augusta' },
			expected: [{ field: 'firstName', from: 'Ada', to: 'Augusta' }]
		},
		{
			name: 'a field emptied',
			input: { lastName: '' },
			expected: [{ field: 'lastName', from: 'Lovelace', to: '' }]
		},
		{
			name: 'phones with their kinds, in order',
			input: {
				phones: [
					{ value: '+33612345678', kind: 'work' },
					{ value: '+4915123456789', kind: 'mobile' }
				]
			},
			expected: [
				{
					field: 'phones',
					from: '+4915123456789 (mobile)',
					to: '+33612345678 (work), +4915123456789 (mobile)'
				}
			]
		},
		{
			name: 'a phone kind',
			input: { phones: [{ value: '+4915123456789', kind: 'whatsapp' }] },
			expected: [
				{ field: 'phones', from: '+4915123456789 (mobile)', to: '+4915123456789 (whatsapp)' }
			]
		},
		{
			name: 'e-mails',
			input: { emails: [] },
			expected: [{ field: 'emails', from: 'ada@example.org', to: '' }]
		},
		{ name: 'lists in another order are the same', input: { listIds: ['l2', 'l1'] }, expected: [] },
		{
			name: 'lists',
			input: { listIds: ['l3', 'l1'] },
			expected: [{ field: 'listIds', from: 'l1, l2', to: 'l1, l3' }]
		},
		{
			name: 'custom values added, changed and removed',
			input: { custom: { voice: 'Soprano', vip: true } },
			expected: [
				{ field: 'custom.size', from: '38', to: '' },
				{ field: 'custom.vip', from: '', to: 'true' },
				{ field: 'custom.voice', from: 'Alto', to: 'Soprano' }
			]
		},
		{
			name: 'in the order of the form',
			input: { note: 'n', firstName: 'A', subscription: 'unsubscribed' },
			expected: [
				{ field: 'firstName', from: 'Ada', to: 'A' },
				{ field: 'subscription', from: 'subscribed', to: 'unsubscribed' },
				{ field: 'note', from: '', to: 'n' }
			]
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(diffContacts(base, { ...base, ...input })).toEqual(expected);
	});
});

describe('renderCustom', () => {
	const cases = [
		{ name: 'null', input: null, expected: '' },
		{ name: 'missing', input: undefined, expected: '' },
		{ name: 'number', input: 1.5, expected: '1.5' },
		{ name: 'false', input: false, expected: 'false' },
		{ name: 'text', input: 'x', expected: 'x' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(renderCustom(input)).toBe(expected);
	});
});
