import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import {
	applySuppressions,
	suppressionKeysOf,
	type SuppressionEntry
} from '../../../src/lib/core/suppression';

function contact(
	phones: string[],
	emails: string[],
	subscription?: Contact['subscription']
): Contact {
	const result = createContact(
		{
			firstName: 'Ada',
			phones: phones.map((value) => ({ value })),
			emails: emails.map((value) => ({ value })),
			subscription
		},
		{ defaultCountry: 'DE', now: 1, id: 'c1' }
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

describe('suppressionKeysOf', () => {
	const cases = [
		{ name: 'nothing', input: contact([], []), expected: [] },
		{
			name: 'phones as E.164, e-mails by key, phones first',
			input: contact(['0151 23456789', '+33 6 12 34 56 78'], ['Ada@Example.org']),
			expected: [
				{ key: '+4915123456789', kind: 'phone', value: '+4915123456789' },
				{ key: '+33612345678', kind: 'phone', value: '+33612345678' },
				{ key: 'ada@example.org', kind: 'email', value: 'Ada@example.org' }
			]
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(suppressionKeysOf(input)).toEqual(expected);
	});

	it('lists a repeated identifier once', () => {
		const twice = {
			phones: [
				{ value: '+4915123456789', kind: 'mobile' as const },
				{ value: '+4915123456789', kind: 'work' as const }
			],
			emails: [{ value: 'A@x.de' }, { value: 'a@x.de' }]
		};
		expect(suppressionKeysOf(twice).map((entry) => entry.key)).toEqual([
			'+4915123456789',
			'a@x.de'
		]);
	});
});

describe('applySuppressions', () => {
	const may3 = Date.UTC(2026, 4, 3);
	const phone: SuppressionEntry = { key: '+4915123456789', kind: 'phone', at: may3 };
	const email: SuppressionEntry = { key: 'ada@example.org', kind: 'email', at: may3 + 1 };
	const other: SuppressionEntry = { key: '+33612345678', kind: 'phone', at: 5 };

	const cases = [
		{
			name: 'no suppression leaves the contact as it is',
			input: { contact: contact(['0151 23456789'], []), found: [] },
			expected: { subscription: 'subscribed', reasons: [] }
		},
		{
			name: 'a suppression of another identifier is ignored',
			input: { contact: contact(['0151 23456789'], []), found: [other] },
			expected: { subscription: 'subscribed', reasons: [] }
		},
		{
			name: 'a suppressed phone unsubscribes, whatever the draft said',
			input: { contact: contact(['0151 23456789'], [], 'subscribed'), found: [phone] },
			expected: {
				subscription: 'unsubscribed',
				reasons: [{ value: '+4915123456789', kind: 'phone', at: may3 }]
			}
		},
		{
			name: 'an e-mail matches case-insensitively and is quoted as the contact has it',
			input: { contact: contact([], ['ADA@example.org']), found: [email] },
			expected: {
				subscription: 'unsubscribed',
				reasons: [{ value: 'ADA@example.org', kind: 'email', at: may3 + 1 }]
			}
		},
		{
			name: 'every matching identifier is a reason',
			input: { contact: contact(['0151 23456789'], ['ada@example.org']), found: [email, phone] },
			expected: {
				subscription: 'unsubscribed',
				reasons: [
					{ value: '+4915123456789', kind: 'phone', at: may3 },
					{ value: 'ada@example.org', kind: 'email', at: may3 + 1 }
				]
			}
		},
		{
			name: 'an unsubscribed contact stays so, with its reasons',
			input: { contact: contact(['0151 23456789'], [], 'unsubscribed'), found: [phone] },
			expected: {
				subscription: 'unsubscribed',
				reasons: [{ value: '+4915123456789', kind: 'phone', at: may3 }]
			}
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const result = applySuppressions(input.contact, input.found);
		expect({ subscription: result.contact.subscription, reasons: result.reasons }).toEqual(
			expected
		);
		expect(result.contact.keys.unsubscribed === 1).toBe(expected.subscription === 'unsubscribed');
	});

	it('returns the same object when nothing applies, and never changes its input', () => {
		const input = contact(['0151 23456789'], []);
		expect(applySuppressions(input, [other]).contact).toBe(input);
		const copy = structuredClone(input);
		applySuppressions(input, [phone]);
		expect(input).toEqual(copy);
	});

	it('does not match a phone suppression against an e-mail with the same text', () => {
		const odd: SuppressionEntry = { key: 'ada@example.org', kind: 'phone', at: 1 };
		expect(applySuppressions(contact([], ['ada@example.org']), [odd]).reasons).toEqual([]);
	});
});
