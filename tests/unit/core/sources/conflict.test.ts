import { describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { planBatch } from '../../../../src/lib/core/import/plan-batch';
import { applySourceChange } from '../../../../src/lib/core/sources/conflict';
import { fieldHashes } from '../../../../src/lib/core/sources/field-hashes';
import { NOW, contact } from './helpers';

const PHONE = { value: '0151 23456789' };
const BEFORE: ContactDraft = {
	firstName: 'Ada',
	lastName: 'Lovelace',
	organization: 'Analytical',
	phones: [PHONE],
	street: 'Main St 1',
	postalCode: '10115',
	city: 'Berlin',
	custom: { tier: 'gold' }
};

interface Case {
	name: string;
	/** what the user changed in carnet since the last sync */
	edit?: Partial<Contact>;
	/** the source row now */
	now: ContactDraft;
	expected: Partial<Contact> | null;
	overridden?: string[];
}

const cases: Case[] = [
	{
		name: 'a field the source changed and the user did not is written',
		now: { ...BEFORE, organization: 'Engines Ltd' },
		expected: { organization: 'Engines Ltd', firstName: 'Ada' },
		overridden: []
	},
	{
		name: 'a field the user edited is kept while the source keeps its old value',
		edit: { firstName: 'Augusta' },
		now: { ...BEFORE, organization: 'Engines Ltd' },
		expected: { firstName: 'Augusta', organization: 'Engines Ltd' },
		overridden: []
	},
	{
		name: 'when the source changes a field the user edited too, the source wins and says so',
		edit: { firstName: 'Augusta' },
		now: { ...BEFORE, firstName: 'Ada Augusta' },
		expected: { firstName: 'Ada Augusta' },
		overridden: ['firstName']
	},
	{
		name: 'a field the user filled in stays when the source still has it blank',
		edit: { note: 'met at the fair' },
		now: { ...BEFORE, lastName: 'King' },
		expected: { note: 'met at the fair', lastName: 'King' },
		overridden: []
	},
	{
		name: 'a moved address comes whole from the source',
		now: { ...BEFORE, street: 'Elm St 2', postalCode: '', city: 'Potsdam' },
		expected: { street: 'Elm St 2', postalCode: '', city: 'Potsdam' },
		overridden: []
	},
	{
		name: 'an address the user edited is replaced whole when the source moves, and named',
		edit: { city: 'Berlin-Mitte' },
		now: { ...BEFORE, street: 'Elm St 2', city: 'Potsdam', postalCode: '14467' },
		expected: { street: 'Elm St 2', city: 'Potsdam', postalCode: '14467' },
		overridden: ['address']
	},
	{
		name: 'a value the source blanked is not erased',
		now: { ...BEFORE, organization: '' },
		expected: null
	},
	{
		name: 'a changed custom value is written',
		now: { ...BEFORE, custom: { tier: 'silver' } },
		expected: { custom: { tier: 'silver' } },
		overridden: []
	},
	{
		name: 'an unsubscribed contact stays unsubscribed whatever the source says',
		edit: { subscription: 'unsubscribed' },
		now: { ...BEFORE, subscription: 'subscribed', organization: 'Engines Ltd' },
		expected: { subscription: 'unsubscribed', organization: 'Engines Ltd' },
		overridden: []
	},
	{
		name: 'the source can unsubscribe a contact',
		now: { ...BEFORE, subscription: 'unsubscribed' },
		expected: { subscription: 'unsubscribed' },
		overridden: []
	},
	{
		name: 'a new phone in the source is added after the ones the contact has',
		now: { ...BEFORE, phones: [PHONE, { value: '030 1234567' }] },
		expected: {
			phones: [
				{ value: '+4915123456789', kind: 'mobile' },
				{ value: '+49301234567', kind: 'other' }
			]
		},
		overridden: []
	}
];

describe('applySourceChange (the conflict rule)', () => {
	for (const { name, edit, now, expected, overridden } of cases) {
		it(name, () => {
			const synced = contact(BEFORE);
			const previous = fieldHashes(synced);
			const stored: Contact = { ...synced, ...edit };
			const incoming = contact(now);
			const change = applySourceChange(stored, incoming, previous, NOW);
			if (expected === null) {
				expect(change.contact).toBeNull();
				return;
			}
			expect(change.contact).toMatchObject({ ...expected, id: synced.id, updatedAt: NOW });
			expect(change.overridden).toEqual(overridden);
		});
	}
});

describe('planBatch with a changed source row', () => {
	it('uses the conflict rule instead of the duplicate mode, and names what it replaced', () => {
		const synced = contact(BEFORE);
		const previous = fieldHashes(synced);
		const stored: Contact = { ...synced, firstName: 'Augusta', lastName: 'Byron' };
		const row = contact({ ...BEFORE, firstName: 'Ada Augusta' });
		const plan = planBatch({
			rows: [{ row: 2, contact: row, previous }],
			existing: [stored],
			suppressions: [],
			mode: 'fill',
			now: NOW
		});
		expect(plan.updated).toHaveLength(1);
		expect(plan.updated[0]?.after).toMatchObject({ firstName: 'Ada Augusta', lastName: 'Byron' });
		expect(plan.results).toEqual([
			{
				row: 2,
				outcome: 'updated',
				contactId: synced.id,
				suppressedBy: [],
				overridden: ['firstName']
			}
		]);
	});

	it('a suppressed phone keeps a changed row unsubscribed', () => {
		const synced = contact(BEFORE);
		const row = contact({ ...BEFORE, organization: 'Engines Ltd' });
		const plan = planBatch({
			rows: [{ row: 2, contact: row, previous: fieldHashes(synced) }],
			existing: [synced],
			suppressions: [{ kind: 'phone', key: '+4915123456789', at: 1 }],
			mode: 'fill',
			now: NOW
		});
		expect(plan.updated[0]?.after.subscription).toBe('unsubscribed');
	});
});
