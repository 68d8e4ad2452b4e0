import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import { emailKey } from '../../../../src/lib/core/email';
import { contactKeys } from '../../../../src/lib/core/keys';
import { planMerge, planUnmerge } from '../../../../src/lib/core/merge';
import { choicesArb, contactArb, T0 } from './helpers';

// enough cases to meet the rarer overlaps of the pools, few enough for a slow shared machine; the
// timeout is generous for the same reason (speed is measured by the bench, never asserted here)
const RUNS = 2000;
const TIMEOUT = 60_000;
const NOW = T0 + 10_000;

const pair = fc.record({
	survivor: contactArb('s'),
	absorbed: contactArb('a'),
	choices: choicesArb,
	eventIds: fc.uniqueArray(fc.constantFrom('e1', 'e2', 'e3', 'e4'))
});

describe('merge properties', () => {
	it(
		'merge then unmerge with no edit restores both contacts exactly',
		() => {
			fc.assert(
				fc.property(pair, ({ survivor, absorbed, choices }) => {
					const { merged, record } = planMerge(survivor, absorbed, choices, { now: NOW });
					const { survivor: back, restored } = planUnmerge(merged, record, { now: NOW + 1 });
					expect(back).toEqual(survivor);
					expect(restored).toEqual(absorbed);
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		'never loses a phone, an e-mail, a list, a custom value or an event, and follows the rules',
		() => {
			fc.assert(
				fc.property(pair, ({ survivor, absorbed, choices, eventIds }) => {
					const { merged, record } = planMerge(survivor, absorbed, choices, {
						now: NOW,
						absorbedEventIds: eventIds
					});
					const phones = merged.phones.map((phone) => phone.value);
					const emails = merged.emails.map((email) => emailKey(email.value));
					for (const contact of [survivor, absorbed]) {
						for (const phone of contact.phones) expect(phones).toContain(phone.value);
						for (const email of contact.emails) expect(emails).toContain(emailKey(email.value));
						for (const list of contact.listIds) expect(merged.listIds).toContain(list);
					}
					expect(new Set(phones).size).toBe(phones.length);
					expect(new Set(emails).size).toBe(emails.length);
					expect(new Set(merged.listIds).size).toBe(merged.listIds.length);
					// a custom value is one side's; the one that did not win is in the snapshots
					for (const id of Object.keys(merged.custom)) {
						expect([survivor.custom[id], absorbed.custom[id]]).toContain(merged.custom[id]);
					}
					expect(record.survivorBefore).toEqual(survivor);
					expect(record.absorbedBefore).toEqual(absorbed);
					expect(record.merged).toEqual(merged);
					expect(record.movedEventIds).toEqual(eventIds);

					expect(merged.id).toBe(survivor.id);
					expect(merged.createdAt).toBe(Math.min(survivor.createdAt, absorbed.createdAt));
					expect(merged.updatedAt).toBe(NOW);
					expect(merged.keys).toEqual(contactKeys(merged));
					const either =
						survivor.subscription === 'unsubscribed' || absorbed.subscription === 'unsubscribed';
					expect(merged.subscription).toBe(either ? 'unsubscribed' : 'subscribed');
					expect(merged.keys.unsubscribed).toBe(either ? 1 : undefined);
					for (const id of Object.values(record.provenance)) {
						expect([survivor.id, absorbed.id]).toContain(id);
					}
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		'gives the same result for the same inputs and choices',
		() => {
			fc.assert(
				fc.property(pair, ({ survivor, absorbed, choices }) => {
					const first = planMerge(survivor, absorbed, choices, { now: NOW });
					const reordered = Object.fromEntries(Object.entries(choices).reverse());
					const second = planMerge(survivor, absorbed, reordered, { now: NOW });
					expect(second).toEqual(first);
					const undo = planUnmerge(first.merged, first.record, { now: NOW + 1 });
					expect(planUnmerge(second.merged, second.record, { now: NOW + 1 })).toEqual(undo);
				}),
				{ numRuns: RUNS / 4 }
			);
		},
		TIMEOUT
	);

	it(
		'keeps an edit made after the merge through the unmerge',
		() => {
			const edit = fc.constantFrom<(contact: Contact) => Contact>(
				(c) => ({ ...c, firstName: 'Edited' }),
				(c) => ({ ...c, city: 'Edited' }),
				(c) => ({ ...c, phones: [...c.phones, { value: '+33612345678', kind: 'work' }] }),
				(c) => ({ ...c, emails: [{ value: 'new@edit.de' }, ...c.emails] }),
				(c) => ({ ...c, custom: { ...c.custom, size: 'edited' } }),
				(c) => ({ ...c, listIds: [...c.listIds, 'edited'] })
			);
			fc.assert(
				fc.property(pair, edit, ({ survivor, absorbed, choices }, change) => {
					const { merged, record } = planMerge(survivor, absorbed, choices, { now: NOW });
					const { survivor: back } = planUnmerge(change(merged), record, { now: NOW + 1 });
					// the edit lands on the survivor as if it had been made on it alone
					const expected = change(survivor);
					expect(back.firstName).toBe(expected.firstName);
					expect(back.city).toBe(expected.city);
					expect(back.custom['size']).toBe(expected.custom['size']);
					expect(back.phones.map((p) => p.value).sort()).toEqual(
						expected.phones.map((p) => p.value).sort()
					);
					expect(back.emails[0]).toEqual(expected.emails[0]);
					expect([...back.listIds].sort()).toEqual([...expected.listIds].sort());
					expect(back.updatedAt).toBe(NOW + 1);
				}),
				{ numRuns: RUNS / 4 }
			);
		},
		TIMEOUT
	);
});
