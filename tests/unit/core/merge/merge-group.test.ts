import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import {
	defaultGroupChoices,
	pickSurvivor,
	planMergeGroup,
	type MergeRecord
} from '../../../../src/lib/core/merge';
import { Book, type StoredRecord } from './book';
import { person, T0 } from './helpers';

const NOW = T0 + 10_000;

function group(): [Contact, Contact, Contact] {
	return [
		person(
			'A',
			{ firstName: 'Ann', city: 'Berlin', phones: [{ value: '+4917612345610' }] },
			{ updatedAt: T0 + 1 }
		),
		person(
			'B',
			{ firstName: 'Anna', phones: [{ value: '+4917612345611' }] },
			{ updatedAt: T0 + 3 }
		),
		person('C', { firstName: 'Annie', city: 'Paris', custom: { vip: true } }, { updatedAt: T0 + 2 })
	];
}

describe('defaultGroupChoices', () => {
	it('proposes, per field, the most recently updated contact that has a value', () => {
		expect(defaultGroupChoices(group())).toEqual({
			firstName: 'B',
			phones: 'B',
			city: 'C',
			'custom.vip': 'C'
		});
	});

	it('proposes nothing for fields they all agree on', () => {
		const [a] = group();
		expect(defaultGroupChoices([a, { ...a, id: 'A2' }])).toEqual({});
	});
});

describe('planMergeGroup', () => {
	it('merges every contact into the survivor with the value chosen per field', () => {
		const [a, b, c] = group();
		const { merged, records } = planMergeGroup(
			a,
			[b, c],
			{ firstName: 'C', city: 'A' },
			{ now: NOW }
		);
		expect(merged.id).toBe('A');
		expect(merged.firstName).toBe('Annie');
		expect(merged.city).toBe('Berlin');
		expect(merged.phones.map((phone) => phone.value)).toEqual(['+4917612345611', '+4917612345610']);
		expect(merged.custom).toEqual({ vip: true });
		expect(records.map((record) => [record.survivorId, record.absorbedId, record.at])).toEqual([
			['A', 'B', NOW],
			['A', 'C', NOW + 1]
		]);
	});

	it('ignores a choice naming a contact outside the group', () => {
		const [a, b, c] = group();
		const { merged } = planMergeGroup(a, [b, c], { firstName: 'Z' }, { now: NOW });
		expect(merged.firstName).toBe('Anna');
	});

	it('moves each absorbed contact’s events with its own record', () => {
		const [a, b, c] = group();
		const { records } = planMergeGroup(
			a,
			[b, c],
			{},
			{
				now: NOW,
				absorbedEventIds: { B: ['b1'], C: ['c1', 'c2'] }
			}
		);
		expect(records.map((record) => record.movedEventIds)).toEqual([['b1'], ['c1', 'c2']]);
	});

	it('can be undone one contact at a time, in any order', () => {
		for (const first of [0, 1]) {
			const contacts = group();
			const book = new Book(contacts, NOW + 10);
			const [a, b, c] = contacts;
			const { merged, records } = planMergeGroup(a, [b, c], { firstName: 'C' }, { now: NOW });
			book.contacts = new Map([['A', merged]]);
			book.records = records.map((record: MergeRecord, index): StoredRecord => ({
				...record,
				id: `g${index}`
			}));
			book.events = new Map();
			book.unmerge(`g${first}`);
			book.unmerge(`g${1 - first}`);
			expect([...book.contacts.values()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(contacts);
		}
	});
});

describe('pickSurvivor', () => {
	const older = person('z', {}, { createdAt: T0 });
	const newer = person('a', {}, { createdAt: T0 + 1 });
	const twin = person('b', {}, { createdAt: T0 });
	const cases = [
		{
			name: 'keep the older',
			input: { pair: [newer, older], keep: 'older' },
			expected: ['z', 'a']
		},
		{
			name: 'keep the newer',
			input: { pair: [older, newer], keep: 'newer' },
			expected: ['a', 'z']
		},
		{
			name: 'a tie goes by id, older',
			input: { pair: [older, twin], keep: 'older' },
			expected: ['b', 'z']
		},
		{
			name: 'a tie goes by id, newer',
			input: { pair: [twin, older], keep: 'newer' },
			expected: ['z', 'b']
		}
	] as const;
	it.each(cases)('$name', ({ input, expected }) => {
		const [x, y] = input.pair;
		const { survivor, absorbed } = pickSurvivor(x, y, input.keep);
		expect([survivor.id, absorbed.id]).toEqual(expected);
	});
});
