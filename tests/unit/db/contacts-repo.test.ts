import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	addContact,
	countContacts,
	deleteContact,
	getContact,
	putContact
} from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { newId } from '../../../src/lib/db/ids';
import { pairKey, type Suggestion, type Suppression } from '../../../src/lib/db/schema';
import { fakeIndexedDb, makeContact, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	await db.delete();
});

function suggestion(x: string, y: string): Suggestion {
	const [a = '', b = ''] = [x, y].sort();
	return {
		id: newId(),
		pair: pairKey(x, y),
		a,
		b,
		score: 0.9,
		reasons: [{ code: 'same-phone' }],
		status: 'open',
		createdAt: 1,
		updatedAt: 1
	};
}

describe('contacts repo', () => {
	it('adds, reads and counts contacts', async () => {
		const ada = makeContact();
		const grace = makeContact({ firstName: 'Grace', lastName: 'Hopper' });
		expect(await addContact(db, ada)).toBe(ada.id);
		await addContact(db, grace);
		expect(await getContact(db, ada.id)).toEqual(ada);
		expect(await getContact(db, newId())).toBeUndefined();
		expect(await countContacts(db)).toBe(2);
	});

	it('refuses to add an id twice, and put replaces', async () => {
		const ada = makeContact();
		await addContact(db, ada);
		await expect(addContact(db, { ...ada, firstName: 'Other' })).rejects.toThrow();
		await putContact(db, { ...ada, firstName: 'Augusta', updatedAt: ada.updatedAt + 1 });
		expect((await getContact(db, ada.id))?.firstName).toBe('Augusta');
		expect(await countContacts(db)).toBe(1);
	});

	it('answers list and key queries through the contact indexes', async () => {
		const list = newId();
		const ada = makeContact({ listIds: [list, newId()] });
		const grace = makeContact({
			firstName: 'Grace',
			lastName: 'Hopper',
			emails: [{ value: 'grace@navy.mil' }],
			phones: [{ value: '+12025550123', kind: 'work' }]
		});
		await addContact(db, ada);
		await addContact(db, grace);
		expect((await db.contacts.where('listIds').equals(list).toArray()).map((c) => c.id)).toEqual([
			ada.id
		]);
		expect(await db.contacts.where('keys.email').equals('grace@navy.mil').primaryKeys()).toEqual([
			grace.id
		]);
		expect(
			await db.contacts
				.where('[keys.callingCode+keys.name]')
				.between(['49', ''], ['49', '\uffff'])
				.primaryKeys()
		).toEqual([ada.id]);
		expect(await db.contacts.where('keys.tokens').startsWith('hop').primaryKeys()).toEqual([
			grace.id
		]);
		expect(await db.contacts.orderBy('keys.name').primaryKeys()).toEqual([grace.id, ada.id]);
	});

	it('deletes a contact, keeps its suppressions and records the deletion', async () => {
		const ada = makeContact();
		const grace = makeContact({ firstName: 'Grace' });
		const other = makeContact({ firstName: 'Other' });
		await addContact(db, ada);
		await addContact(db, grace);
		const suppressions: Suppression[] = [
			{
				key: '+4915123456789',
				kind: 'phone',
				at: 10,
				reason: 'manual',
				contactId: ada.id,
				createdAt: 10,
				updatedAt: 10
			},
			{
				key: 'ada@example.org',
				kind: 'email',
				at: 10,
				reason: 'manual',
				contactId: ada.id,
				createdAt: 10,
				updatedAt: 10
			}
		];
		await db.suppressions.bulkAdd(suppressions);
		const kept = suggestion(grace.id, other.id);
		await db.suggestions.bulkAdd([
			suggestion(ada.id, grace.id),
			suggestion(other.id, ada.id),
			kept
		]);

		expect(await deleteContact(db, ada.id, 5_000)).toBe(true);

		expect(await getContact(db, ada.id)).toBeUndefined();
		expect(await getContact(db, grace.id)).toEqual(grace);
		expect(await countContacts(db)).toBe(1);
		expect(await db.suppressions.toArray()).toEqual(suppressions);

		const timeline = await db.events
			.where('[contactId+at]')
			.between([ada.id, 0], [ada.id, Infinity])
			.toArray();
		expect(timeline).toHaveLength(1);
		expect(timeline[0]).toMatchObject({
			contactId: ada.id,
			type: 'deleted',
			at: 5_000,
			createdAt: 5_000,
			updatedAt: 5_000,
			data: { snapshot: ada }
		});

		expect(await db.suggestions.toArray()).toEqual([kept]);
	});

	it('writes nothing when deleting a contact that does not exist', async () => {
		await addContact(db, makeContact());
		expect(await deleteContact(db, newId())).toBe(false);
		expect(await db.events.count()).toBe(0);
		expect(await countContacts(db)).toBe(1);
	});

	it('rolls the deletion back when the timeline write fails', async () => {
		const ada = makeContact();
		await addContact(db, ada);
		// a function cannot be structured-cloned, so the event write fails after the contact's delete
		db.events.hook('creating', (_key, event) => {
			event.data = { broken: () => undefined };
		});
		await expect(deleteContact(db, ada.id)).rejects.toThrow();
		expect(await getContact(db, ada.id)).toEqual(ada);
		expect(await db.events.count()).toBe(0);
	});
});
