import { describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { contactKeys } from '../../../../src/lib/core/keys';
import { planMerge, type MergeChoices } from '../../../../src/lib/core/merge';
import { person, T0 } from './helpers';

const NOW = T0 + 10_000;
const P1 = '+4917612345610';
const P2 = '+4917612345611';
const P3 = '+4917612345612';

interface Side {
	draft: ContactDraft;
	createdAt?: number;
	updatedAt?: number;
}

interface Case {
	name: string;
	input: { survivor: Side; absorbed: Side; choices?: MergeChoices };
	expected: Partial<Contact>;
}

function merge(input: Case['input']) {
	const survivor = person('s', input.survivor.draft, input.survivor);
	const absorbed = person('a', input.absorbed.draft, input.absorbed);
	return { survivor, absorbed, ...planMerge(survivor, absorbed, input.choices, { now: NOW }) };
}

function fieldsOf(contact: Contact, fields: string[]): Record<string, unknown> {
	return Object.fromEntries(fields.map((field) => [field, contact[field as keyof Contact]]));
}

describe('planMerge field rules', () => {
	const cases: Case[] = [
		{
			name: 'a text field takes the chosen value',
			input: {
				survivor: { draft: { firstName: 'Ann', city: 'Berlin' } },
				absorbed: { draft: { firstName: 'Anna', city: 'Paris' } },
				choices: { firstName: 'absorbed' }
			},
			expected: { firstName: 'Anna', city: 'Berlin' }
		},
		{
			name: 'by default, the non-empty value of the more recently updated contact',
			input: {
				survivor: { draft: { firstName: 'Ann', city: 'Berlin' }, updatedAt: T0 },
				absorbed: { draft: { firstName: 'Anna', city: '' }, updatedAt: T0 + 5 }
			},
			expected: { firstName: 'Anna', city: 'Berlin' }
		},
		{
			name: 'a choice of the empty side empties the field (the value stays in the record)',
			input: {
				survivor: { draft: { organization: 'ACME' } },
				absorbed: { draft: {} },
				choices: { organization: 'absorbed' }
			},
			expected: { organization: '' }
		},
		{
			name: 'all phones of both, the chosen primary first, no repeats',
			input: {
				survivor: { draft: { phones: [{ value: P1 }, { value: P2 }] } },
				absorbed: { draft: { phones: [{ value: P3 }, { value: P1 }] } },
				choices: { phones: 'absorbed' }
			},
			expected: {
				phones: [
					{ value: P3, kind: 'mobile' },
					{ value: P1, kind: 'mobile' },
					{ value: P2, kind: 'mobile' }
				]
			}
		},
		{
			name: "a phone on both sides keeps the chosen side's kind",
			input: {
				survivor: { draft: { phones: [{ value: P1, kind: 'work' }] } },
				absorbed: { draft: { phones: [{ value: P2 }, { value: P1, kind: 'home' }] } },
				choices: { phones: 'absorbed' }
			},
			expected: {
				phones: [
					{ value: P2, kind: 'mobile' },
					{ value: P1, kind: 'home' }
				]
			}
		},
		{
			name: 'the same primary phone: the survivor first, the rest added',
			input: {
				survivor: { draft: { phones: [{ value: P1 }] } },
				absorbed: { draft: { phones: [{ value: P1, kind: 'work' }, { value: P2 }] } }
			},
			expected: {
				phones: [
					{ value: P1, kind: 'mobile' },
					{ value: P2, kind: 'mobile' }
				]
			}
		},
		{
			name: 'e-mails: all of both, one per address whatever its case, the chosen spelling',
			input: {
				survivor: { draft: { emails: [{ value: 'ada@example.org' }, { value: 'a@x.de' }] } },
				absorbed: { draft: { emails: [{ value: 'Ada@example.org' }, { value: 'b@x.de' }] } },
				choices: { emails: 'absorbed' }
			},
			expected: {
				emails: [{ value: 'Ada@example.org' }, { value: 'b@x.de' }, { value: 'a@x.de' }]
			}
		},
		{
			name: 'lists are united, the survivor’s first',
			input: {
				survivor: { draft: { listIds: ['l2', 'l1'] } },
				absorbed: { draft: { listIds: ['l3', 'l1'] } }
			},
			expected: { listIds: ['l2', 'l1', 'l3'] }
		},
		{
			name: 'custom fields: a choice per field, kept when only one side has it',
			input: {
				survivor: { draft: { custom: { size: 42, vip: true, code: 'S' } } },
				absorbed: { draft: { custom: { size: 44, vip: false, color: 'red' } } },
				choices: { 'custom.size': 'absorbed' }
			},
			expected: { custom: { size: 44, vip: true, code: 'S', color: 'red' } }
		},
		{
			name: 'a custom field chosen from the side without it is left out',
			input: {
				survivor: { draft: { custom: { code: 'S' } } },
				absorbed: { draft: {} },
				choices: { 'custom.code': 'absorbed' }
			},
			expected: { custom: {} }
		},
		{
			name: 'the earliest creation date stays',
			input: {
				survivor: { draft: {}, createdAt: T0 + 50 },
				absorbed: { draft: {}, createdAt: T0 + 10 }
			},
			expected: { createdAt: T0 + 10 }
		},
		{
			name: 'notes: both, the older first, separated by a blank line',
			input: {
				survivor: { draft: { note: 'newer note' }, updatedAt: T0 + 9 },
				absorbed: { draft: { note: 'older note\nsecond line' }, updatedAt: T0 + 1 }
			},
			expected: { note: 'older note\nsecond line\n\nnewer note' }
		},
		{
			name: 'notes: equal notes once',
			input: {
				survivor: { draft: { note: 'call back' } },
				absorbed: { draft: { note: 'call back' } }
			},
			expected: { note: 'call back' }
		},
		{
			name: 'notes: a paragraph both notes have is written once',
			input: {
				survivor: { draft: { note: 'call back\n\nprefers mail' } },
				absorbed: { draft: { note: 'vip\n\ncall back' } }
			},
			expected: { note: 'call back\n\nprefers mail\n\nvip' }
		},
		{
			name: 'notes: one empty note adds nothing',
			input: { survivor: { draft: {} }, absorbed: { draft: { note: 'vip' } } },
			expected: { note: 'vip' }
		},
		{
			name: 'unsubscribed on either side makes the result unsubscribed, whatever the choices',
			input: {
				survivor: { draft: {} },
				absorbed: { draft: { subscription: 'unsubscribed' } },
				choices: { subscription: 'survivor' }
			},
			expected: { subscription: 'unsubscribed' }
		},
		{
			name: 'subscribed on both sides stays subscribed',
			input: { survivor: { draft: {} }, absorbed: { draft: {} } },
			expected: { subscription: 'subscribed' }
		},
		{
			name: "the survivor's id, updatedAt now",
			input: { survivor: { draft: {} }, absorbed: { draft: {} } },
			expected: { id: 's', updatedAt: NOW }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const { merged } = merge(input);
		expect(fieldsOf(merged, Object.keys(expected))).toEqual(expected);
	});

	it('recomputes the derived keys from the merged values', () => {
		const { merged } = merge({
			survivor: { draft: { lastName: 'Lovelace', phones: [{ value: P1 }] } },
			absorbed: {
				draft: {
					lastName: 'Byron',
					emails: [{ value: 'ada@example.org' }],
					subscription: 'unsubscribed'
				}
			},
			choices: { lastName: 'absorbed' }
		});
		expect(merged.keys).toEqual(contactKeys(merged));
		expect(merged.keys.name).toBe('byron');
		expect(merged.keys.email).toBe('ada@example.org');
		expect(merged.keys.phone).toBe(P1);
		expect(merged.keys.unsubscribed).toBe(1);
	});

	it('refuses to merge a contact into itself', () => {
		const contact = person('s', {});
		expect(() => planMerge(contact, contact)).toThrow(RangeError);
	});

	it('does not change its inputs', () => {
		const survivor = person('s', { firstName: 'Ann', phones: [{ value: P1 }], listIds: ['l1'] });
		const absorbed = person('a', { firstName: 'Anna', phones: [{ value: P2 }], listIds: ['l2'] });
		const copies = structuredClone([survivor, absorbed]);
		const { merged } = planMerge(survivor, absorbed, { firstName: 'absorbed' }, { now: NOW });
		merged.phones.push({ value: P3, kind: 'other' });
		expect([survivor, absorbed]).toEqual(copies);
	});
});

describe('planMerge record', () => {
	const { survivor, absorbed, record, merged } = merge({
		survivor: {
			draft: { firstName: 'Ann', city: 'Berlin', phones: [{ value: P1 }], listIds: ['l1'] }
		},
		absorbed: {
			draft: {
				firstName: 'Anna',
				phones: [{ value: P2 }, { value: P1 }],
				listIds: ['l2'],
				custom: { vip: true },
				note: 'vip',
				subscription: 'unsubscribed'
			},
			createdAt: T0 - 5
		},
		choices: { firstName: 'absorbed', phones: 'survivor', lastName: 'absorbed' }
	});

	it('holds both snapshots, the result and when', () => {
		expect(record.survivorId).toBe('s');
		expect(record.absorbedId).toBe('a');
		expect(record.survivorBefore).toEqual(survivor);
		expect(record.absorbedBefore).toEqual(absorbed);
		expect(record.merged).toEqual(merged);
		expect(record.at).toBe(NOW);
		expect(record.movedEventIds).toEqual([]);
	});

	it('keeps its own copies, so later edits of the contacts do not reach it', () => {
		merged.listIds.push('edited');
		expect(record.merged.listIds).toEqual(['l1', 'l2']);
	});

	it('holds the choice of every differing field, defaults included', () => {
		expect(record.choices).toEqual({
			firstName: 'absorbed',
			phones: 'survivor',
			city: 'survivor',
			'custom.vip': 'absorbed'
		});
	});

	it('says where each value came from', () => {
		expect(record.provenance).toEqual({
			firstName: 'a',
			city: 's',
			[`phones.${P1}`]: 's',
			[`phones.${P2}`]: 'a',
			'listIds.l1': 's',
			'listIds.l2': 'a',
			'custom.vip': 'a',
			note: 'a',
			createdAt: 'a',
			subscription: 'a'
		});
	});

	it('lists the events that move to the survivor', () => {
		const plan = planMerge(survivor, absorbed, {}, { now: NOW, absorbedEventIds: ['e1', 'e2'] });
		expect(plan.record.movedEventIds).toEqual(['e1', 'e2']);
	});
});
