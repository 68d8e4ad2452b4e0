import { describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { contactKeys } from '../../../../src/lib/core/keys';
import { planMerge, planUnmerge, type MergeChoices } from '../../../../src/lib/core/merge';
import { person, T0 } from './helpers';

const MERGED_AT = T0 + 10_000;
const UNMERGED_AT = T0 + 20_000;
const P1 = '+4917612345610';
const P2 = '+4917612345611';
const P3 = '+4917612345612';
const P4 = '+4917612345613';

interface Case {
	name: string;
	input: {
		survivor: ContactDraft;
		absorbed: ContactDraft;
		choices?: MergeChoices;
		/** what the user changed on the merged contact before unmerging */
		edit: Partial<Contact>;
	};
	/** fields of the survivor after the unmerge */
	expected: Partial<Contact>;
}

function unmergeAfterEdit(input: Case['input']) {
	const before = person('s', input.survivor, { createdAt: T0 + 2 });
	const absorbed = person('a', input.absorbed, { createdAt: T0 + 1 });
	const { merged, record } = planMerge(before, absorbed, input.choices, { now: MERGED_AT });
	const current = { ...merged, ...input.edit };
	return { absorbed, ...planUnmerge(current, record, { now: UNMERGED_AT }) };
}

function fieldsOf(contact: Contact, fields: string[]): Record<string, unknown> {
	return Object.fromEntries(fields.map((field) => [field, contact[field as keyof Contact]]));
}

describe('planUnmerge: what the survivor keeps', () => {
	const cases: Case[] = [
		{
			name: 'a field the merge changed goes back',
			input: {
				survivor: { firstName: 'Ann' },
				absorbed: { firstName: 'Anna' },
				choices: { firstName: 'absorbed' },
				edit: {}
			},
			expected: { firstName: 'Ann' }
		},
		{
			name: 'a field edited after the merge keeps the edit',
			input: {
				survivor: { firstName: 'Ann' },
				absorbed: { firstName: 'Anna' },
				choices: { firstName: 'absorbed' },
				edit: { firstName: 'Annie' }
			},
			expected: { firstName: 'Annie' }
		},
		{
			name: 'a field the merge did not change, edited after, keeps the edit',
			input: { survivor: { city: 'Berlin' }, absorbed: { city: 'Paris' }, edit: { city: 'Rome' } },
			expected: { city: 'Rome' }
		},
		{
			name: 'a field the merge filled and the user emptied stays empty',
			input: {
				survivor: {},
				absorbed: { organization: 'ACME' },
				edit: { organization: '' }
			},
			expected: { organization: '' }
		},
		{
			name: 'phones that came only from the absorbed contact leave; shared ones stay',
			input: {
				survivor: { phones: [{ value: P1 }] },
				absorbed: { phones: [{ value: P2 }, { value: P1 }] },
				choices: { phones: 'absorbed' },
				edit: {}
			},
			expected: { phones: [{ value: P1, kind: 'mobile' }] }
		},
		{
			name: 'a phone added after the merge stays, after the survivor’s own',
			input: {
				survivor: { phones: [{ value: P1 }] },
				absorbed: { phones: [{ value: P2 }] },
				edit: {
					phones: [
						{ value: P1, kind: 'mobile' },
						{ value: P3, kind: 'work' },
						{ value: P2, kind: 'mobile' }
					]
				}
			},
			expected: {
				phones: [
					{ value: P1, kind: 'mobile' },
					{ value: P3, kind: 'work' }
				]
			}
		},
		{
			name: 'a phone of the survivor deleted after the merge stays deleted',
			input: {
				survivor: { phones: [{ value: P1 }, { value: P3 }] },
				absorbed: { phones: [{ value: P2 }] },
				edit: {
					phones: [
						{ value: P3, kind: 'mobile' },
						{ value: P2, kind: 'mobile' }
					]
				}
			},
			expected: { phones: [{ value: P3, kind: 'mobile' }] }
		},
		{
			name: 'a primary chosen after the merge stays primary',
			input: {
				survivor: { phones: [{ value: P1 }, { value: P3 }] },
				absorbed: { phones: [{ value: P2 }] },
				edit: {
					phones: [
						{ value: P3, kind: 'mobile' },
						{ value: P1, kind: 'mobile' },
						{ value: P2, kind: 'mobile' }
					]
				}
			},
			expected: {
				phones: [
					{ value: P3, kind: 'mobile' },
					{ value: P1, kind: 'mobile' }
				]
			}
		},
		{
			name: 'an absorbed phone made primary after the merge still leaves; the survivor’s order returns',
			input: {
				survivor: { phones: [{ value: P1 }, { value: P3 }] },
				absorbed: { phones: [{ value: P2 }] },
				edit: {
					phones: [
						{ value: P2, kind: 'mobile' },
						{ value: P1, kind: 'mobile' },
						{ value: P3, kind: 'mobile' }
					]
				}
			},
			expected: {
				phones: [
					{ value: P1, kind: 'mobile' },
					{ value: P3, kind: 'mobile' }
				]
			}
		},
		{
			name: "the kind the merge took from the absorbed contact goes back to the survivor's",
			input: {
				survivor: { phones: [{ value: P1, kind: 'work' }] },
				absorbed: { phones: [{ value: P1, kind: 'home' }, { value: P4 }] },
				choices: { phones: 'absorbed' },
				edit: {}
			},
			expected: { phones: [{ value: P1, kind: 'work' }] }
		},
		{
			name: 'a kind changed after the merge stays',
			input: {
				survivor: { phones: [{ value: P1, kind: 'work' }] },
				absorbed: { phones: [{ value: P2 }] },
				edit: {
					phones: [
						{ value: P1, kind: 'whatsapp' },
						{ value: P2, kind: 'mobile' }
					]
				}
			},
			expected: { phones: [{ value: P1, kind: 'whatsapp' }] }
		},
		{
			name: "e-mails: the absorbed contact's leave, the survivor's spelling returns",
			input: {
				survivor: { emails: [{ value: 'ada@example.org' }] },
				absorbed: { emails: [{ value: 'Ada@example.org' }, { value: 'b@x.de' }] },
				choices: { emails: 'absorbed' },
				edit: {}
			},
			expected: { emails: [{ value: 'ada@example.org' }] }
		},
		{
			name: 'an e-mail added after the merge stays, and stays primary',
			input: {
				survivor: { emails: [{ value: 'a@x.de' }] },
				absorbed: { emails: [{ value: 'b@x.de' }] },
				edit: { emails: [{ value: 'new@x.de' }, { value: 'a@x.de' }, { value: 'b@x.de' }] }
			},
			expected: { emails: [{ value: 'new@x.de' }, { value: 'a@x.de' }] }
		},
		{
			name: 'lists the merge added leave; lists added after the merge stay',
			input: {
				survivor: { listIds: ['l1'] },
				absorbed: { listIds: ['l2', 'l1'] },
				edit: { listIds: ['l1', 'l2', 'l9'] }
			},
			expected: { listIds: ['l1', 'l9'] }
		},
		{
			name: 'a list of the survivor left after the merge stays left',
			input: {
				survivor: { listIds: ['l1', 'l3'] },
				absorbed: { listIds: ['l2'] },
				edit: { listIds: ['l3', 'l2'] }
			},
			expected: { listIds: ['l3'] }
		},
		{
			name: 'custom: the chosen absorbed value goes back, an edit stays, a removal stays',
			input: {
				survivor: { custom: { size: 42, vip: true, code: 'S' } },
				absorbed: { custom: { size: 44, vip: false, color: 'red' } },
				choices: { 'custom.size': 'absorbed', 'custom.vip': 'absorbed' },
				edit: { custom: { size: 44, vip: true, color: 'red' } }
			},
			expected: { custom: { size: 42, vip: true } }
		},
		{
			name: 'note: the survivor’s own note returns',
			input: {
				survivor: { note: 'call back' },
				absorbed: { note: 'vip' },
				edit: {}
			},
			expected: { note: 'call back' }
		},
		{
			name: 'note: a paragraph written after the merge stays, after the survivor’s own',
			input: {
				survivor: { note: 'call back' },
				absorbed: { note: 'vip' },
				edit: { note: 'met again in May\n\ncall back\n\nvip' }
			},
			expected: { note: 'call back\n\nmet again in May' }
		},
		{
			name: 'note: a paragraph the user deleted after the merge stays deleted',
			input: {
				survivor: { note: 'call back\n\nprefers mail' },
				absorbed: { note: 'vip' },
				edit: { note: 'prefers mail\n\nvip' }
			},
			expected: { note: 'prefers mail' }
		},
		{
			name: 'note: a rewritten paragraph stays as the user wrote it',
			input: {
				survivor: { note: 'call back' },
				absorbed: { note: 'vip' },
				edit: { note: 'vip, call back' }
			},
			expected: { note: 'vip, call back' }
		},
		{
			name: 'note: a paragraph both had stays',
			input: {
				survivor: { note: 'call back' },
				absorbed: { note: 'call back\n\nvip' },
				edit: {}
			},
			expected: { note: 'call back' }
		},
		{
			name: 'subscription: unsubscribed by the merge only, subscribed again',
			input: { survivor: {}, absorbed: { subscription: 'unsubscribed' }, edit: {} },
			expected: { subscription: 'subscribed' }
		},
		{
			name: 'subscription: unsubscribed by the user after the merge stays unsubscribed',
			input: { survivor: {}, absorbed: {}, edit: { subscription: 'unsubscribed' } },
			expected: { subscription: 'unsubscribed' }
		},
		{
			name: 'subscription: resubscribed by the user after the merge stays subscribed',
			input: {
				survivor: { subscription: 'unsubscribed' },
				absorbed: {},
				edit: { subscription: 'subscribed' }
			},
			expected: { subscription: 'subscribed' }
		},
		{
			name: 'the creation date goes back to the survivor’s',
			input: { survivor: {}, absorbed: {}, edit: { firstName: 'x' } },
			expected: { createdAt: T0 + 2 }
		},
		{
			name: 'with an edit kept, updatedAt is the time of the unmerge',
			input: { survivor: {}, absorbed: {}, edit: { city: 'Rome' } },
			expected: { updatedAt: UNMERGED_AT }
		},
		{
			name: 'with nothing kept, the survivor is its snapshot, updatedAt included',
			input: { survivor: { city: 'Berlin' }, absorbed: { city: 'Paris' }, edit: {} },
			expected: { city: 'Berlin', updatedAt: T0 + 2 }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const { survivor } = unmergeAfterEdit(input);
		expect(fieldsOf(survivor, Object.keys(expected))).toEqual(expected);
		expect(survivor.id).toBe('s');
		expect(survivor.keys).toEqual(contactKeys(survivor));
	});

	it('restores the absorbed contact with its id and values, whatever was edited', () => {
		const { absorbed, restored } = unmergeAfterEdit({
			survivor: { firstName: 'Ann' },
			absorbed: { firstName: 'Anna', phones: [{ value: P2 }], subscription: 'unsubscribed' },
			edit: { firstName: 'Annie', phones: [], subscription: 'subscribed' }
		});
		expect(restored).toEqual(absorbed);
	});

	it('refuses a contact that does not hold the merge', () => {
		const survivor = person('s', {});
		const { record } = planMerge(survivor, person('a', {}), {}, { now: MERGED_AT });
		expect(() => planUnmerge(person('x', {}), record)).toThrow(RangeError);
	});

	it('returns copies that do not share arrays with the record', () => {
		const survivor = person('s', { phones: [{ value: P1 }] });
		const { merged, record } = planMerge(survivor, person('a', {}), {}, { now: MERGED_AT });
		const { survivor: back, restored } = planUnmerge(merged, record);
		back.phones.push({ value: P2, kind: 'other' });
		restored.listIds.push('l1');
		expect(record.survivorBefore.phones).toHaveLength(1);
		expect(record.absorbedBefore.listIds).toEqual([]);
	});
});
