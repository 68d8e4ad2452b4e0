import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { listEvents, makeEvent } from '../../../src/lib/db/events-repo';
import {
	mergeAllExact,
	mergeContacts,
	mergeGroup,
	mergeHistory,
	undoMergeBatch,
	unmergeContact
} from '../../../src/lib/db/merges-repo';
import { pairKey, type Suggestion, type TimelineEvent } from '../../../src/lib/db/schema';
import { fakeIndexedDb, makeContact, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	await db.delete();
});

const T0 = Date.UTC(2026, 4, 3, 9);
const HOUR = 3_600_000;

// a stored contact with a 'created' event and a note on its timeline
async function stored(overrides: Partial<Contact>): Promise<Contact> {
	const contact = makeContact({ createdAt: T0, updatedAt: T0, ...overrides });
	await db.contacts.add(contact);
	await db.events.bulkAdd([
		makeEvent(contact.id, 'created', contact.createdAt, {}),
		makeEvent(contact.id, 'note', contact.createdAt + 1, {}, `about ${contact.firstName}`)
	]);
	return contact;
}

function suggestion(a: string, b: string, status: Suggestion['status'] = 'open'): Suggestion {
	const [x, y] = a < b ? [a, b] : [b, a];
	return {
		id: `s-${x}-${y}`,
		pair: pairKey(a, b),
		a: x,
		b: y,
		score: 1,
		reasons: [{ code: 'same-phone' }],
		status,
		createdAt: T0,
		updatedAt: T0
	};
}

async function snapshot(ids: readonly string[]) {
	const contacts = await db.contacts.bulkGet([...ids]);
	const timelines = await Promise.all(ids.map((id) => listEvents(db, id)));
	return { contacts, timelines };
}

const withoutMergeEvents = (events: TimelineEvent[]) =>
	events.filter((event) => event.type !== 'merged' && event.type !== 'unmerged');

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result as Extract<T, { ok: true }>;
}

describe('mergeContacts', () => {
	it('applies the choices, keeps every identifier and moves the timeline', async () => {
		const ada = await stored({
			firstName: 'Ada',
			emails: [{ value: 'ada@example.org' }],
			phones: [{ value: '+4915123456789', kind: 'mobile' }]
		});
		const augusta = await stored({
			firstName: 'Augusta',
			emails: [{ value: 'augusta@example.org' }],
			phones: [{ value: '+442071234567', kind: 'work' }],
			updatedAt: T0 + HOUR
		});
		const result = ok(
			await mergeContacts(db, ada.id, augusta.id, { firstName: 'survivor' }, T0 + 2 * HOUR)
		);

		expect(result.contact.firstName).toBe('Ada');
		// the newer contact's primary e-mail wins by default
		expect(result.contact.emails.map((e) => e.value)).toEqual([
			'augusta@example.org',
			'ada@example.org'
		]);
		expect(result.contact.phones.map((p) => p.value)).toEqual(['+442071234567', '+4915123456789']);
		expect(await db.contacts.get(augusta.id)).toBeUndefined();
		expect(await db.contacts.get(ada.id)).toEqual(result.contact);

		const timeline = await listEvents(db, ada.id);
		expect(timeline.map((event) => event.type)).toEqual([
			'created',
			'created',
			'note',
			'note',
			'merged'
		]);
		expect(await listEvents(db, augusta.id)).toEqual([]);
		const row = result.merges[0];
		expect(row?.merged).toEqual(result.contact);
		expect(row?.movedEventIds).toHaveLength(2);
		expect(await mergeHistory(db, ada.id)).toEqual([row]);
	});

	it('marks the pair merged and repoints or drops the absorbed contact’s other suggestions', async () => {
		const a = await stored({ firstName: 'A' });
		const b = await stored({ firstName: 'B' });
		const c = await stored({ firstName: 'C' });
		const d = await stored({ firstName: 'D' });
		await db.suggestions.bulkAdd([
			suggestion(a.id, b.id),
			suggestion(b.id, c.id),
			suggestion(b.id, d.id),
			suggestion(a.id, d.id)
		]);
		ok(await mergeContacts(db, a.id, b.id, {}, T0 + HOUR));
		const rows = await db.suggestions.toArray();
		expect(rows.map((row) => [row.pair, row.status]).sort()).toEqual(
			[
				[pairKey(a.id, b.id), 'merged'],
				[pairKey(a.id, c.id), 'open'],
				[pairKey(a.id, d.id), 'open']
			].sort()
		);
	});

	it.each([
		{ name: 'the same contact twice', pair: (x: string) => [x, x], error: 'merge.same_contact' },
		{
			name: 'a contact that does not exist',
			pair: (x: string) => [x, 'nobody'],
			error: 'merge.not_found'
		}
	])('refuses $name', async ({ pair, error }) => {
		const a = await stored({});
		const [survivor = '', absorbed = ''] = pair(a.id);
		expect(await mergeContacts(db, survivor, absorbed)).toEqual({ ok: false, error });
		expect(await db.merges.count()).toBe(0);
	});
});

describe('unmergeContact', () => {
	it('restores both rows and their timelines exactly after a merge with no edit', async () => {
		const ada = await stored({ firstName: 'Ada', listIds: ['l1'], custom: { size: 'M' } });
		const augusta = await stored({
			firstName: 'Augusta',
			emails: [{ value: 'augusta@example.org' }],
			listIds: ['l2'],
			custom: { size: 'L', team: 'blue' },
			note: 'met in Paris',
			createdAt: T0 - HOUR,
			updatedAt: T0 + HOUR
		});
		const before = await snapshot([ada.id, augusta.id]);
		const merged = ok(await mergeContacts(db, ada.id, augusta.id, {}, T0 + 2 * HOUR));
		const undone = ok(await unmergeContact(db, merged.merges[0]?.id ?? '', T0 + 3 * HOUR));

		const after = await snapshot([ada.id, augusta.id]);
		expect(after.contacts).toEqual(before.contacts);
		expect(undone.survivor).toEqual(ada);
		expect(undone.restored).toEqual(augusta);
		expect(after.timelines[1]).toEqual(before.timelines[1]);
		expect(withoutMergeEvents(after.timelines[0] ?? [])).toEqual(before.timelines[0]);
		expect(after.timelines[0]?.map((event) => event.type).slice(-2)).toEqual([
			'merged',
			'unmerged'
		]);
		expect(await mergeHistory(db, ada.id)).toEqual([]);
		expect(await unmergeContact(db, merged.merges[0]?.id ?? '')).toEqual({
			ok: false,
			error: 'merge.already_undone'
		});
	});

	it('keeps an edit made after the merge and events written since', async () => {
		const ada = await stored({ firstName: 'Ada', city: 'London' });
		const bea = await stored({ firstName: 'Bea', city: 'Paris', updatedAt: T0 + HOUR });
		const merged = ok(await mergeContacts(db, ada.id, bea.id, {}, T0 + 2 * HOUR));
		expect(merged.contact.city).toBe('Paris');
		await db.contacts.put({ ...merged.contact, city: 'Berlin', updatedAt: T0 + 3 * HOUR });
		await db.events.add(makeEvent(ada.id, 'note', T0 + 3 * HOUR, {}, 'after the merge'));

		ok(await unmergeContact(db, merged.merges[0]?.id ?? '', T0 + 4 * HOUR));
		expect((await db.contacts.get(ada.id))?.city).toBe('Berlin');
		expect((await db.contacts.get(ada.id))?.firstName).toBe('Ada');
		expect((await listEvents(db, ada.id)).map((event) => event.note)).toContain('after the merge');
		expect(await listEvents(db, bea.id)).toHaveLength(2);
	});

	it.each([
		{ name: 'B first, then C', order: [0, 1] },
		{ name: 'C first, then B', order: [1, 0] }
	])('undoes a chain A+B, then +C, in any order: $name', async ({ order }) => {
		const a = await stored({ firstName: 'A', emails: [{ value: 'a@example.org' }] });
		const b = await stored({
			firstName: 'B',
			emails: [{ value: 'b@example.org' }],
			updatedAt: T0 + HOUR
		});
		const c = await stored({
			firstName: 'C',
			emails: [{ value: 'c@example.org' }],
			updatedAt: T0 + 2 * HOUR
		});
		const before = await snapshot([a.id, b.id, c.id]);
		const first = ok(await mergeContacts(db, a.id, b.id, {}, T0 + 3 * HOUR));
		const second = ok(await mergeContacts(db, a.id, c.id, {}, T0 + 4 * HOUR));
		const ids = [first.merges[0]?.id ?? '', second.merges[0]?.id ?? ''];
		expect((await mergeHistory(db, a.id)).map((row) => row.id)).toEqual([ids[1], ids[0]]);

		for (const [step, index] of order.entries()) {
			ok(await unmergeContact(db, ids[index] ?? '', T0 + (5 + step) * HOUR));
		}
		const after = await snapshot([a.id, b.id, c.id]);
		expect(after.contacts.slice(1)).toEqual(before.contacts.slice(1));
		expect(after.contacts[0]).toMatchObject({
			firstName: 'A',
			emails: [{ value: 'a@example.org' }],
			phones: a.phones
		});
		expect(after.timelines.slice(1)).toEqual(before.timelines.slice(1));
		expect(withoutMergeEvents(after.timelines[0] ?? [])).toEqual(before.timelines[0]);
	});

	it('undoes a merge whose survivor was absorbed later, editing the contact that holds it', async () => {
		const a = await stored({ firstName: 'A', emails: [{ value: 'a@example.org' }] });
		const b = await stored({ firstName: 'B', emails: [{ value: 'b@example.org' }] });
		const d = await stored({ firstName: 'D', emails: [{ value: 'd@example.org' }] });
		const first = ok(await mergeContacts(db, a.id, b.id, {}, T0 + HOUR));
		ok(await mergeContacts(db, d.id, a.id, { emails: 'survivor' }, T0 + 2 * HOUR));
		expect((await mergeHistory(db, d.id)).length).toBe(2);

		ok(await unmergeContact(db, first.merges[0]?.id ?? '', T0 + 3 * HOUR));
		expect(await db.contacts.get(b.id)).toEqual(b);
		const holder = await db.contacts.get(d.id);
		expect(holder?.emails.map((e) => e.value)).toEqual(['d@example.org', 'a@example.org']);
		expect(await listEvents(db, b.id)).toHaveLength(2);
	});
});

describe('subscription memory', () => {
	it('makes the result unsubscribed and gives the survivor its subscription back on unmerge', async () => {
		const ada = await stored({
			firstName: 'Ada',
			phones: [{ value: '+4915123456789', kind: 'mobile' }]
		});
		const out = await stored({
			firstName: 'Out',
			subscription: 'unsubscribed',
			phones: [{ value: '+4915199999999', kind: 'mobile' }],
			emails: [{ value: 'out@example.org' }]
		});
		await db.suppressions.bulkAdd(
			['+4915199999999', 'out@example.org'].map((key) => ({
				key,
				kind: key.startsWith('+') ? ('phone' as const) : ('email' as const),
				at: T0,
				reason: 'manual',
				contactId: out.id,
				createdAt: T0,
				updatedAt: T0
			}))
		);
		const merged = ok(await mergeContacts(db, ada.id, out.id, {}, T0 + HOUR));
		expect(merged.contact.subscription).toBe('unsubscribed');
		expect(merged.contact.keys.unsubscribed).toBe(1);
		expect(await db.suppressions.get('+4915123456789')).toMatchObject({ reason: 'merge' });
		expect(await db.suppressions.get('ada@example.org')).toBeDefined();

		ok(await unmergeContact(db, merged.merges[0]?.id ?? '', T0 + 2 * HOUR));
		expect(await db.contacts.get(ada.id)).toEqual(ada);
		expect((await db.contacts.get(out.id))?.subscription).toBe('unsubscribed');
		expect((await db.suppressions.toArray()).map((row) => row.key).sort()).toEqual([
			'+4915199999999',
			'out@example.org'
		]);
	});

	it('makes the result unsubscribed when an identifier of a subscribed side is suppressed', async () => {
		const ada = await stored({ firstName: 'Ada' });
		const bea = await stored({ firstName: 'Bea', emails: [{ value: 'bea@example.org' }] });
		await db.suppressions.add({
			key: 'bea@example.org',
			kind: 'email',
			at: T0,
			reason: 'manual',
			createdAt: T0,
			updatedAt: T0
		});
		const merged = ok(await mergeContacts(db, ada.id, bea.id, {}, T0 + HOUR));
		expect(merged.contact.subscription).toBe('unsubscribed');
		expect(await db.contacts.get(ada.id)).toMatchObject({ subscription: 'unsubscribed' });
	});
});

describe('mergeGroup', () => {
	it('merges three contacts as two pairwise merges, each undoable on its own', async () => {
		const a = await stored({ firstName: 'A', emails: [{ value: 'a@example.org' }] });
		const b = await stored({ firstName: 'B', emails: [{ value: 'b@example.org' }] });
		const c = await stored({ firstName: 'C', emails: [{ value: 'c@example.org' }] });
		const result = ok(await mergeGroup(db, a.id, [b.id, c.id], { firstName: c.id }, T0 + HOUR));
		expect(result.merges).toHaveLength(2);
		expect(result.contact.firstName).toBe('C');
		expect(result.contact.emails).toHaveLength(3);
		expect(await db.contacts.count()).toBe(1);

		ok(await unmergeContact(db, result.merges[0]?.id ?? '', T0 + 2 * HOUR));
		expect(await db.contacts.get(b.id)).toEqual(b);
		expect((await db.contacts.get(a.id))?.emails.map((e) => e.value).sort()).toEqual([
			'a@example.org',
			'c@example.org'
		]);
	});
});

describe('mergeAllExact', () => {
	it('merges every pair by one rule, follows chains, and undoes the batch as one', async () => {
		const a = await stored({ firstName: 'A', createdAt: T0 - 3 * HOUR });
		const b = await stored({ firstName: 'B', createdAt: T0 - 2 * HOUR });
		const c = await stored({ firstName: 'C', createdAt: T0 - HOUR });
		const d = await stored({ firstName: 'D', createdAt: T0 - 2 * HOUR });
		const e = await stored({ firstName: 'E', createdAt: T0 - HOUR });
		const alone = await stored({ firstName: 'Alone' });
		const before = await snapshot([a.id, b.id, c.id, d.id, e.id, alone.id]);
		const progress: number[] = [];

		const run = await mergeAllExact(
			db,
			[
				{ a: a.id, b: b.id },
				{ a: b.id, b: c.id },
				{ a: e.id, b: d.id },
				{ a: d.id, b: e.id }
			],
			'older',
			(p) => progress.push(p.done)
		);
		expect(run).toMatchObject({ merged: 3, skipped: 1, stopped: false });
		expect(progress.at(-1)).toBe(4);
		expect((await db.contacts.toArray()).map((x) => x.id).sort()).toEqual(
			[a.id, d.id, alone.id].sort()
		);

		expect(await undoMergeBatch(db, run.batchId)).toBe(3);
		const after = await snapshot([a.id, b.id, c.id, d.id, e.id, alone.id]);
		expect(after.contacts).toEqual(before.contacts);
		expect(after.timelines.map(withoutMergeEvents)).toEqual(before.timelines);
	});

	it('stops between transactions when asked, and what was merged undoes together', async () => {
		const contacts = await Promise.all(
			Array.from({ length: 4 }, (_, i) => stored({ firstName: `P${i}` }))
		);
		const pairs = [
			{ a: contacts[0]?.id ?? '', b: contacts[1]?.id ?? '' },
			{ a: contacts[2]?.id ?? '', b: contacts[3]?.id ?? '' }
		];
		const run = await mergeAllExact(db, pairs, 'newer', undefined, () => true);
		expect(run).toMatchObject({ merged: 0, stopped: true });
		expect(await db.contacts.count()).toBe(4);
		expect(await undoMergeBatch(db, run.batchId)).toBe(0);
	});
});
