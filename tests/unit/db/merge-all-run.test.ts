import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { lastMergeAll, runMergeAll, undoMergeAll } from '../../../src/lib/db/merge-all-run';
import { pairKey, type Suggestion } from '../../../src/lib/db/schema';
import {
	countOpenExactSuggestions,
	listOpenExactSuggestions
} from '../../../src/lib/db/suggestions-repo';
import { fakeIndexedDb, makeContact, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	await db.delete();
});

const T0 = Date.UTC(2026, 4, 3, 9);
const DAY = 86_400_000;

async function stored(name: string, createdAt: number, phone: string): Promise<Contact> {
	const contact = makeContact({
		firstName: name,
		phones: [{ value: phone, kind: 'mobile' }],
		emails: [{ value: `${name.toLowerCase()}@example.org` }],
		createdAt,
		updatedAt: createdAt
	});
	await db.contacts.add(contact);
	return contact;
}

function suggestion(a: Contact, b: Contact, exact: boolean): Suggestion {
	const [x, y] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
	return {
		id: `s-${x}-${y}`,
		pair: pairKey(x, y),
		a: x,
		b: y,
		score: exact ? 1 : 0.8,
		reasons: exact ? [{ code: 'same-phone' }] : [{ code: 'names-sound-alike' }],
		status: 'open',
		createdAt: T0,
		updatedAt: T0
	};
}

// two exact pairs, one fuzzy pair and a dismissed exact pair
async function book() {
	const ada = await stored('Ada', T0, '+4915100000001');
	const adaCopy = await stored('Adda', T0 + DAY, '+4915100000001');
	const bob = await stored('Bob', T0 + 2 * DAY, '+4915100000002');
	const bobCopy = await stored('Bobby', T0 + DAY, '+4915100000002');
	const cem = await stored('Cem', T0, '+4915100000003');
	const kem = await stored('Kem', T0, '+4915100000004');
	const dan = await stored('Dan', T0, '+4915100000005');
	const danCopy = await stored('Dann', T0, '+4915100000005');
	await db.suggestions.bulkAdd([
		suggestion(ada, adaCopy, true),
		suggestion(bob, bobCopy, true),
		suggestion(cem, kem, false),
		{ ...suggestion(dan, danCopy, true), status: 'dismissed' }
	]);
	return { ada, adaCopy, bob, bobCopy, cem, kem, dan, danCopy };
}

describe('the open exact suggestions', () => {
	it('are listed and counted without the fuzzy and the dismissed ones', async () => {
		const { ada, adaCopy, bob, bobCopy } = await book();
		expect(await countOpenExactSuggestions(db)).toBe(2);
		expect((await listOpenExactSuggestions(db)).map((row) => row.pair).sort()).toEqual(
			[pairKey(ada.id, adaCopy.id), pairKey(bob.id, bobCopy.id)].sort()
		);
	});
});

describe('runMergeAll and undoMergeAll', () => {
	it.each([
		{ rule: 'older' as const, stays: ['ada', 'bobCopy'] as const },
		{ rule: 'newer' as const, stays: ['adaCopy', 'bob'] as const }
	])('keeps the $rule contact of each exact pair, then undoes the run as one', async (t) => {
		const people = await book();
		const before = await db.contacts.toArray();
		const progress: number[] = [];

		const run = await runMergeAll(db, t.rule, { onProgress: (p) => progress.push(p.done) });
		expect(run).toMatchObject({ merged: 2, skipped: 0, stopped: false });
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(2);
		// the survivor keeps its id, and the other contact is gone
		const ids = await db.contacts.toCollection().primaryKeys();
		for (const key of t.stays) expect(ids).toContain(people[key].id);
		expect(ids).toHaveLength(6);
		expect(await countOpenExactSuggestions(db)).toBe(0);
		// the fuzzy pair and the dismissed pair are left alone
		expect((await db.suggestions.get(suggestion(people.cem, people.kem, false).id))?.status).toBe(
			'open'
		);
		expect(await lastMergeAll(db)).toMatchObject({
			batchId: run.batchId,
			rule: t.rule,
			merged: 2,
			stopped: false
		});

		expect(await undoMergeAll(db, run.batchId)).toBe(2);
		const after = await db.contacts.toArray();
		const byId = (contacts: Contact[]) => [...contacts].sort((x, y) => (x.id < y.id ? -1 : 1));
		expect(byId(after)).toEqual(byId(before));
		// the pairs are back for review, not marked "not a duplicate"
		expect(await countOpenExactSuggestions(db)).toBe(2);
		expect(await lastMergeAll(db)).toBeUndefined();
	});

	it('remembers nothing when there was nothing to merge', async () => {
		const run = await runMergeAll(db, 'older');
		expect(run).toMatchObject({ merged: 0, stopped: false });
		expect(await lastMergeAll(db)).toBeUndefined();
	});

	it('cancelled before its first merges, it leaves every pair open and nothing to undo', async () => {
		await book();
		const run = await runMergeAll(db, 'older', { shouldStop: () => true });
		expect(run).toMatchObject({ merged: 0, stopped: true });
		expect(await countOpenExactSuggestions(db)).toBe(2);
		expect(await lastMergeAll(db)).toBeUndefined();
	});

	it('Cancel during the run keeps the merges made so far, and their Undo takes them back', async () => {
		await book();
		const before = await db.contacts.count();
		let asked = 0;
		// "stop?" is asked before each merge: the second answer is yes
		const run = await runMergeAll(db, 'older', { shouldStop: () => ++asked > 1 });
		expect(run).toMatchObject({ merged: 1, stopped: true });
		expect(await db.contacts.count()).toBe(before - 1);
		expect(await countOpenExactSuggestions(db)).toBe(1);
		expect(await lastMergeAll(db)).toMatchObject({ merged: 1, stopped: true });

		expect(await undoMergeAll(db, run.batchId)).toBe(1);
		expect(await db.contacts.count()).toBe(before);
		expect(await countOpenExactSuggestions(db)).toBe(2);
	});
});
