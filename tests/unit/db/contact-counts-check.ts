// shared by the stored-counts tests: databases closed after each test, and the check of every
// stored count against counting the contacts by hand
import { expect } from 'vitest';
import { queryFacet } from '../../../src/lib/core/contact-facets';
import {
	matchesQuery,
	normalizeQuery,
	type ContactQuery
} from '../../../src/lib/core/contact-query';
import { countMatching } from '../../../src/lib/db/contact-list';
import { COUNTS_TABLE, storedCount, type ContactCount } from '../../../src/lib/db/contact-counts';
import { suggestionsSettled } from '../../../src/lib/db/contacts-repo';
import { type CarnetDatabase, openDatabase } from '../../../src/lib/db/database';
import { countMembers } from '../../../src/lib/db/lists-repo';
import { fakeIndexedDb, uniqueName } from './harness';

export const LIST_IDS = ['list-a', 'list-b', 'list-c'];

const open: CarnetDatabase[] = [];

/** a handle that closeDatabases deletes after the test */
export function keep<T extends CarnetDatabase>(db: T): T {
	open.push(db);
	return db;
}

export function database(name = uniqueName(), options = fakeIndexedDb()): CarnetDatabase {
	return keep(openDatabase(name, options));
}

/** a handle the test deleted itself */
export function forget(db: CarnetDatabase): void {
	open.splice(open.indexOf(db), 1);
}

/** for afterEach */
export async function closeDatabases(): Promise<void> {
	await suggestionsSettled();
	for (const db of open.splice(0)) await db.delete();
}

// every stored row must be right, and every facet a contact has must have its row
function queryOfKey(key: string): ContactQuery {
	const base: ContactQuery = { sort: 'name', direction: 'asc' };
	if (key === 'all') return base;
	if (key === 'has:phone') return { ...base, hasPhone: true };
	if (key === 'has:email') return { ...base, hasEmail: true };
	if (key === 'unsubscribed') return { ...base, subscription: 'unsubscribed' };
	if (key.startsWith('code:')) return { ...base, callingCode: key.slice('code:'.length) };
	if (key.startsWith('list:')) return { ...base, listId: key.slice('list:'.length) };
	throw new Error(`unexpected count key ${key}`);
}

const FILTERS: ContactQuery[] = [
	{ sort: 'name', direction: 'asc' },
	{ sort: 'email', direction: 'desc', hasPhone: true },
	{ sort: 'phone', direction: 'asc', hasPhone: false },
	{ sort: 'email', direction: 'asc', hasEmail: true },
	{ sort: 'createdAt', direction: 'asc', hasEmail: false },
	{ sort: 'name', direction: 'asc', subscription: 'subscribed' },
	{ sort: 'callingCode', direction: 'asc', subscription: 'unsubscribed' },
	...['49', '+33', '1', '44', '39'].map((callingCode): ContactQuery => ({
		sort: 'name',
		direction: 'asc',
		callingCode
	})),
	...[...LIST_IDS, 'no-such-list'].map((listId): ContactQuery => ({
		sort: 'createdAt',
		direction: 'desc',
		listId
	}))
];

/** the stored counts and the engine's match counts against counting every contact by hand */
export async function expectCountsRight(db: CarnetDatabase): Promise<void> {
	const all = await db.contacts.toArray();
	const brute = (query: ContactQuery): number =>
		all.filter((contact) => matchesQuery(contact, query)).length;
	const rows = await db.table<ContactCount, string>(COUNTS_TABLE).toArray();
	const stored = Object.fromEntries(rows.map((row) => [row.key, row.count]));
	const expected = Object.fromEntries(rows.map((row) => [row.key, brute(queryOfKey(row.key))]));
	expect(stored).toEqual(expected);
	for (const query of FILTERS) {
		const facet = queryFacet(normalizeQuery(query));
		if (!facet) throw new Error(`no stored count for ${JSON.stringify(query)}`);
		expect({ query, count: await storedCount(db, facet) }).toEqual({ query, count: brute(query) });
		expect({ query, count: await countMatching(db, query) }).toEqual({
			query,
			count: brute(query)
		});
	}
	for (const listId of LIST_IDS) {
		expect({ listId, count: await countMembers(db, listId) }).toEqual({
			listId,
			count: brute({ sort: 'name', direction: 'asc', listId })
		});
	}
	// no row for a facet nobody has, so the table does not grow with every code ever seen
	expect(rows.filter((row) => row.count <= 0)).toEqual([]);
}
