import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { validateContact } from '../../../src/lib/core/validate-contact';

const phone = [{ value: '+4915123456789', kind: 'mobile' as const }];
const email = [{ value: 'a@b.de' }];

describe('validateContact', () => {
	const cases: {
		name: string;
		input: { contact: Pick<Contact, 'phones' | 'emails'>; requirePhone: boolean };
		expected: string[];
	}[] = [
		{
			name: 'phone, phone required',
			input: { contact: { phones: phone, emails: [] }, requirePhone: true },
			expected: []
		},
		{
			name: 'e-mail only, phone required',
			input: { contact: { phones: [], emails: email }, requirePhone: true },
			expected: ['contact.needs_phone']
		},
		{
			name: 'nothing, phone required',
			input: { contact: { phones: [], emails: [] }, requirePhone: true },
			expected: ['contact.needs_phone']
		},
		{
			name: 'e-mail only',
			input: { contact: { phones: [], emails: email }, requirePhone: false },
			expected: []
		},
		{
			name: 'phone only',
			input: { contact: { phones: phone, emails: [] }, requirePhone: false },
			expected: []
		},
		{
			name: 'nothing',
			input: { contact: { phones: [], emails: [] }, requirePhone: false },
			expected: ['contact.needs_phone_or_email']
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const errors = validateContact(input.contact, { requirePhone: input.requirePhone });
		expect(errors.map((e) => e.error)).toEqual(expected);
		for (const error of errors) expect(error.field).toBe('phones');
	});
});
