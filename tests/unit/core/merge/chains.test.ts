import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import { planMerge, unmergeScope, type MergeRecord } from '../../../../src/lib/core/merge';
import { Book } from './book';
import { person, T0 } from './helpers';

const P_A = '+4917612345610';
const P_B = '+4917612345611';
const P_C = '+4917612345612';
const P_D = '+4917612345613';

function people(): Contact[] {
	return [
		person('A', { firstName: 'Ann', city: 'Berlin', phones: [{ value: P_A }], listIds: ['la'] }),
		person('B', {
			firstName: 'Anna',
			organization: 'ACME',
			phones: [{ value: P_B }],
			emails: [{ value: 'anna@x.de' }],
			listIds: ['lb'],
			note: 'from the fair',
			subscription: 'unsubscribed'
		}),
		person('C', { firstName: 'Annie', city: 'Paris', phones: [{ value: P_C }, { value: P_B }] }),
		person('D', { lastName: 'Lovelace', phones: [{ value: P_D }] })
	];
}

describe('a chain A+B, then +C', () => {
	function chain(): Book {
		const book = new Book(people(), T0 + 1_000);
		book.merge('A', 'B', { firstName: 'absorbed' });
		book.merge('A', 'C', { city: 'absorbed' });
		return book;
	}

	it('unmerging B first takes away only what came from B alone', () => {
		const book = chain();
		book.unmerge(book.records[0]?.id ?? '');
		const a = book.get('A');
		expect(a.firstName).toBe('Ann');
		expect(a.organization).toBe('');
		expect(a.city).toBe('Paris');
		// P_B stays, where it was: C had it too
		expect(a.phones.map((phone) => phone.value)).toEqual([P_A, P_B, P_C]);
		expect(a.emails).toEqual([]);
		expect(a.listIds).toEqual(['la']);
		expect(a.note).toBe('');
		expect(a.subscription).toBe('subscribed');
		expect(book.get('B')).toEqual(people()[1]);
		expect(book.events.get('B-e1')).toBe('B');
		expect(book.events.get('C-e1')).toBe('A');
	});

	it('then unmerging C gives A back exactly, without B’s values coming back', () => {
		const book = chain();
		book.unmerge(book.records[0]?.id ?? '');
		book.unmerge(book.records[0]?.id ?? '');
		expect([...book.contacts.values()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(people());
	});

	it('the other order gives the same contacts', () => {
		const book = chain();
		book.unmerge(book.records[1]?.id ?? '');
		expect(book.get('A').firstName).toBe('Anna');
		book.unmerge(book.records[0]?.id ?? '');
		expect(book.get('A')).toEqual(people()[0]);
	});

	it('an edit between the merges survives unmerging either', () => {
		const book = chain();
		const a = book.get('A');
		book.contacts.set('A', { ...a, region: 'Brandenburg', updatedAt: T0 + 5_000 });
		book.unmerge(book.records[0]?.id ?? '');
		book.unmerge(book.records[0]?.id ?? '');
		expect(book.get('A').region).toBe('Brandenburg');
		expect(book.get('A').firstName).toBe('Ann');
	});
});

describe('a chain where the survivor is absorbed later: A+B, then D absorbs A', () => {
	function chain(): Book {
		const book = new Book(people(), T0 + 1_000);
		book.merge('A', 'B', { firstName: 'absorbed' });
		book.merge('D', 'A', { firstName: 'absorbed' });
		return book;
	}

	it('unmerging B edits D, which holds B’s values now', () => {
		const book = chain();
		const first = book.records[0] as MergeRecord;
		expect(unmergeScope(first, book.records).holderId).toBe('D');
		book.unmerge(book.records[0]?.id ?? '');
		const d = book.get('D');
		expect(d.firstName).toBe('Ann');
		expect(d.lastName).toBe('Lovelace');
		// the merge into D put the newer contact's primary (A+B's) first
		expect(d.phones.map((phone) => phone.value)).toEqual([P_A, P_D]);
		expect(d.subscription).toBe('subscribed');
		expect(book.get('B')).toEqual(people()[1]);
		expect(book.events.get('B-e1')).toBe('B');
		expect(book.events.get('A-e1')).toBe('D');
	});

	it('then unmerging A gives A back without B', () => {
		const book = chain();
		book.unmerge(book.records[0]?.id ?? '');
		book.unmerge(book.records[0]?.id ?? '');
		expect(book.get('A')).toEqual(people()[0]);
		expect(book.get('D')).toEqual(people()[3]);
		expect(book.events.get('A-e1')).toBe('A');
	});
});

describe('unmergeScope', () => {
	const [a, b, c, d] = people() as [Contact, Contact, Contact, Contact];
	const ab = planMerge(a, b, {}, { now: 10 });
	const abc = planMerge(ab.merged, c, {}, { now: 20 });
	const dabc = planMerge(d, abc.merged, {}, { now: 30 });
	const unrelated = planMerge(person('X', {}), person('Y', {}), {}, { now: 25 });
	const all = [ab.record, abc.record, unrelated.record, dabc.record];

	const cases = [
		{
			name: 'the latest merge is held by its survivor, with nothing after it',
			input: dabc.record,
			expected: { holderId: 'D', later: [] }
		},
		{
			name: 'a merge into the same survivor comes after',
			input: abc.record,
			expected: { holderId: 'D', later: [dabc.record] }
		},
		{
			name: 'later merges into the survivor and the one that absorbed it, not unrelated ones',
			input: ab.record,
			expected: { holderId: 'D', later: [abc.record, dabc.record] }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(unmergeScope(input, all)).toEqual(expected);
		expect(unmergeScope(input, [...all].reverse())).toEqual(expected);
	});
});
