import { describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import { contactKeys } from '../../../../src/lib/core/keys';
import {
	updateContactFromRow,
	type UpdateMode
} from '../../../../src/lib/core/import/update-contact';

const BEFORE = Date.UTC(2025, 0, 1);
const NOW = Date.UTC(2026, 0, 1);
const ID = '01940000-0000-7000-8000-000000000001';

function contact(draft: ContactDraft, id = ID, now = BEFORE): Contact {
	const result = createContact(draft, { defaultCountry: 'DE', now, id });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

const existing = contact({
	firstName: 'Anna',
	lastName: '',
	organization: 'ACME',
	phones: [{ value: '0151 23456789', kind: 'mobile' }],
	emails: [{ value: 'anna@example.de' }],
	street: 'Hauptstraße 5',
	city: 'Berlin',
	listIds: ['a'],
	custom: { size: 38, vip: null }
});

/** the fields the update changed, as { field: value after } */
function changes(before: Contact, after: Contact | null): Partial<Contact> | null {
	if (after === null) return null;
	const result: Record<string, unknown> = {};
	for (const key of Object.keys(after) as (keyof Contact)[]) {
		if (key === 'keys') continue;
		if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) result[key] = after[key];
	}
	return result as Partial<Contact>;
}

describe('updateContactFromRow', () => {
	const cases: {
		name: string;
		incoming: ContactDraft;
		mode: UpdateMode;
		expected: Partial<Contact> | null;
	}[] = [
		{
			name: 'fill: only empty fields are filled',
			incoming: { firstName: 'Anne', lastName: 'Schmidt', organization: 'Other', note: 'hi' },
			mode: 'fill',
			expected: { lastName: 'Schmidt', note: 'hi', updatedAt: NOW }
		},
		{
			name: 'overwrite: non-empty values replace',
			incoming: { firstName: 'Anne', lastName: 'Schmidt', organization: 'Other' },
			mode: 'overwrite',
			expected: { firstName: 'Anne', lastName: 'Schmidt', organization: 'Other', updatedAt: NOW }
		},
		{
			name: 'overwrite: blank values erase nothing',
			incoming: { firstName: '', phones: [{ value: '0151 23456789' }] },
			mode: 'overwrite',
			expected: null
		},
		{
			name: 'nothing new is no change (null)',
			incoming: { firstName: 'Anna', phones: [{ value: '+49 151 23456789', kind: 'work' }] },
			mode: 'fill',
			expected: null
		},
		{
			name: 'phones are united, the contact’s first, its kinds kept',
			incoming: {
				phones: [
					{ value: '030 1234567', kind: 'work' },
					{ value: '0151 23456789', kind: 'other' }
				]
			},
			mode: 'overwrite',
			expected: {
				phones: [
					{ value: '+4915123456789', kind: 'mobile' },
					{ value: '+49301234567', kind: 'work' }
				],
				updatedAt: NOW
			}
		},
		{
			name: 'e-mails are united by their key',
			incoming: { emails: [{ value: 'ANNA@example.de' }, { value: 'a.s@example.com' }] },
			mode: 'fill',
			expected: {
				emails: [{ value: 'anna@example.de' }, { value: 'a.s@example.com' }],
				updatedAt: NOW
			}
		},
		{
			name: 'lists are united',
			incoming: { listIds: ['b', 'a'] },
			mode: 'fill',
			expected: { listIds: ['a', 'b'], updatedAt: NOW }
		},
		{
			name: 'fill: custom values only where the contact has none',
			incoming: { custom: { size: 40, vip: true, team: 'x' } },
			mode: 'fill',
			expected: { custom: { size: 38, vip: true, team: 'x' }, updatedAt: NOW }
		},
		{
			name: 'overwrite: custom values replace',
			incoming: { custom: { size: 40, vip: null } },
			mode: 'overwrite',
			expected: { custom: { size: 40, vip: null }, updatedAt: NOW }
		},
		{
			name: 'a matching address is completed part by part',
			incoming: { street: 'Hauptstrasse 5', postalCode: '10115', city: 'berlin', country: 'DE' },
			mode: 'fill',
			expected: { postalCode: '10115', country: 'DE', updatedAt: NOW }
		},
		{
			name: 'fill: a different address leaves the contact’s whole',
			incoming: { street: 'Ring 2', postalCode: '50667', city: 'Köln' },
			mode: 'fill',
			expected: null
		},
		{
			name: 'overwrite: a different address replaces the contact’s whole',
			incoming: { postalCode: '50667', city: 'Köln' },
			mode: 'overwrite',
			expected: { street: '', postalCode: '50667', city: 'Köln', updatedAt: NOW }
		},
		{
			name: 'an import can unsubscribe',
			incoming: { subscription: 'unsubscribed' },
			mode: 'fill',
			expected: { subscription: 'unsubscribed', updatedAt: NOW }
		}
	];
	for (const { name, incoming, mode, expected } of cases) {
		it(name, () => {
			const row = contact(incoming, '01940000-0000-7000-8000-000000000002', NOW);
			expect(changes(existing, updateContactFromRow(existing, row, mode, NOW))).toEqual(expected);
		});
	}

	it('never re-subscribes an unsubscribed contact', () => {
		const unsubscribed = contact({ firstName: 'Anna', subscription: 'unsubscribed' });
		for (const mode of ['fill', 'overwrite'] as const) {
			const row = contact({ firstName: 'Anna', subscription: 'subscribed' });
			expect(updateContactFromRow(unsubscribed, row, mode, NOW)).toBeNull();
			const withMore = contact({ lastName: 'Schmidt', subscription: 'subscribed' });
			expect(updateContactFromRow(unsubscribed, withMore, mode, NOW)?.subscription).toBe(
				'unsubscribed'
			);
		}
	});

	it('keeps id and createdAt, recomputes the keys, and leaves its inputs alone', () => {
		const before = structuredClone(existing);
		const row = contact({
			lastName: 'Schmidt',
			phones: [{ value: '030 1234567' }],
			subscription: 'unsubscribed'
		});
		const rowBefore = structuredClone(row);
		const updated = updateContactFromRow(existing, row, 'fill', NOW);
		expect(updated).not.toBeNull();
		if (updated === null) return;
		expect(updated.id).toBe(existing.id);
		expect(updated.createdAt).toBe(BEFORE);
		expect(updated.keys).toEqual(contactKeys(updated));
		expect(updated.keys.name).toBe('schmidt anna');
		expect(updated.keys.unsubscribed).toBe(1);
		expect(existing).toEqual(before);
		expect(row).toEqual(rowBefore);
		updated.phones.push({ value: '+49401234567', kind: 'home' });
		expect(existing.phones).toHaveLength(1);
	});
});
