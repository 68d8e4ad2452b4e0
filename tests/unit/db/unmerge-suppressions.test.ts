// subscription memory across merge and unmerge: what a merge suppressed only because two contacts
// were one is lifted by its unmerge (core/merge/unmerge-suppressions.ts states the rule)

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { mergeContacts, unmergeContact } from '../../../src/lib/db/merges-repo';
import { unsubscribeContacts } from '../../../src/lib/db/contacts-repo';
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

async function person(name: string, unsubscribed = false): Promise<Contact> {
	const contact = makeContact({
		firstName: name,
		phones: [],
		emails: [{ value: `${name.toLowerCase()}@example.org` }],
		createdAt: T0,
		updatedAt: T0
	});
	await db.contacts.add(contact);
	if (unsubscribed) await unsubscribeContacts(db, [contact.id], T0);
	return (await db.contacts.get(contact.id)) ?? contact;
}

async function merge(survivor: Contact, absorbed: Contact, at: number): Promise<string> {
	const result = await mergeContacts(db, survivor.id, absorbed.id, {}, at);
	if (!result.ok) throw new Error(result.error);
	return result.merges[0]?.id ?? '';
}

async function unmerge(mergeId: string, at: number): Promise<void> {
	const result = await unmergeContact(db, mergeId, at);
	if (!result.ok) throw new Error(result.error);
}

const suppressed = async () => (await db.suppressions.toCollection().primaryKeys()).sort();
const subscription = async (contact: Contact) => (await db.contacts.get(contact.id))?.subscription;

describe('unmerge and the suppressions a merge added', () => {
	it('an unsubscribed survivor: the restored contact comes back subscribed, its e-mail free', async () => {
		const ada = await person('Ada', true);
		const bea = await person('Bea');
		const mergeId = await merge(ada, bea, T0 + HOUR);
		expect(await suppressed()).toEqual(['ada@example.org', 'bea@example.org']);

		await unmerge(mergeId, T0 + 2 * HOUR);
		expect(await subscription(bea)).toBe('subscribed');
		expect(await subscription(ada)).toBe('unsubscribed');
		expect(await suppressed()).toEqual(['ada@example.org']);
	});

	it('a chain A+B (B unsubscribed), then +C: unmerging B frees A and C, unmerging C keeps them free', async () => {
		const a = await person('Ann');
		const b = await person('Ben', true);
		const c = await person('Cai');
		const first = await merge(a, b, T0 + HOUR);
		const second = await merge(a, c, T0 + 2 * HOUR);
		expect(await suppressed()).toEqual(['ann@example.org', 'ben@example.org', 'cai@example.org']);

		await unmerge(first, T0 + 3 * HOUR);
		expect(await subscription(a)).toBe('subscribed');
		expect(await subscription(b)).toBe('unsubscribed');
		expect(await suppressed()).toEqual(['ben@example.org']);

		await unmerge(second, T0 + 4 * HOUR);
		expect(await subscription(a)).toBe('subscribed');
		expect(await subscription(c)).toBe('subscribed');
		expect(await suppressed()).toEqual(['ben@example.org']);
	});

	it('a chain with two unsubscribed contacts: A stays unsubscribed until the last of them leaves', async () => {
		const a = await person('Ann');
		const b = await person('Ben', true);
		const c = await person('Cai', true);
		const first = await merge(a, b, T0 + HOUR);
		const second = await merge(a, c, T0 + 2 * HOUR);

		await unmerge(first, T0 + 3 * HOUR);
		// C is still part of A, and C asked not to be contacted
		expect(await subscription(a)).toBe('unsubscribed');
		expect(await suppressed()).toEqual(['ann@example.org', 'ben@example.org', 'cai@example.org']);

		await unmerge(second, T0 + 4 * HOUR);
		expect(await subscription(a)).toBe('subscribed');
		expect(await subscription(c)).toBe('unsubscribed');
		expect(await suppressed()).toEqual(['ben@example.org', 'cai@example.org']);
	});

	it('an unsubscribe the person asked for after the merge is never lifted by the unmerge', async () => {
		const ada = await person('Ada');
		const bea = await person('Bea');
		const mergeId = await merge(ada, bea, T0 + HOUR);
		await unsubscribeContacts(db, [ada.id], T0 + 2 * HOUR);

		await unmerge(mergeId, T0 + 3 * HOUR);
		// the unsubscribe was of the merged contact, which held both e-mails
		expect(await suppressed()).toEqual(['ada@example.org', 'bea@example.org']);
		expect(await subscription(ada)).toBe('unsubscribed');
		expect(await subscription(bea)).toBe('unsubscribed');
	});
});
