import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import {
	addToList,
	deleteContacts,
	findContactsUsing,
	removeFromList,
	restoreContacts,
	resubscribeContact,
	saveContact,
	suggestionsSettled,
	suppressionReasons,
	unsubscribeContacts
} from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { listEvents } from '../../../src/lib/db/events-repo';
import { createList } from '../../../src/lib/db/lists-repo';
import { pairKey, type Suggestion } from '../../../src/lib/db/schema';
import { fakeIndexedDb, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	// a save writes its duplicate suggestions after it returns
	await suggestionsSettled();
	await db.delete();
});

const T0 = Date.UTC(2026, 4, 3, 9);
let counter = 0;

function draft(overrides: ContactDraft = {}, now = T0): Contact {
	counter += 1;
	const result = createContact(
		{ firstName: 'Ada', lastName: 'Lovelace', phones: [{ value: '0151 23456789' }], ...overrides },
		{ defaultCountry: 'DE', now, id: `0190000${counter}-0000-7000-8000-000000000000` }
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

async function saved(contact: Contact, expectedUpdatedAt?: number, now = T0): Promise<Contact> {
	const result = await saveContact(db, contact, { expectedUpdatedAt, now });
	if (!result.ok) throw new Error('conflict');
	return result.contact;
}

async function types(id: string): Promise<string[]> {
	return (await listEvents(db, id)).map((event) => event.type);
}

describe('saveContact', () => {
	it('creates a contact with a created event', async () => {
		const ada = draft();
		const result = await saveContact(db, ada, { now: T0 });
		expect(result).toEqual({ ok: true, contact: ada, suppressedBy: [] });
		expect(await db.contacts.get(ada.id)).toEqual(ada);
		expect(await types(ada.id)).toEqual(['created']);
	});

	it('recomputes the keys, whatever came with the contact', async () => {
		const ada = draft();
		const stored = await saved({ ...ada, lastName: 'Byron', keys: { ...ada.keys, name: 'zzz' } });
		expect(stored.keys.name).toBe('byron ada');
		expect(await db.contacts.where('keys.tokens').startsWith('byr').primaryKeys()).toEqual([
			ada.id
		]);
	});

	it('updates: keeps createdAt, moves updatedAt, records the changes', async () => {
		const ada = await saved(draft());
		const later = T0 + 60_000;
		const edit = { ...draft({ firstName: 'Augusta', note: 'hi' }, later), id: ada.id };
		const stored = await saved(edit, ada.updatedAt, later);
		expect(stored.createdAt).toBe(T0);
		expect(stored.updatedAt).toBe(later);
		const events = await listEvents(db, ada.id);
		expect(events.map((event) => event.type)).toEqual(['created', 'changed']);
		expect(events[1]?.data).toEqual({
			changes: [
				{ field: 'firstName', from: 'Ada', to: 'Augusta' },
				{ field: 'note', from: '', to: 'hi' }
			]
		});
	});

	it('writes no changed event when nothing a person sees changed', async () => {
		const ada = await saved(draft());
		await saved({ ...ada }, ada.updatedAt, T0 + 1);
		expect(await types(ada.id)).toEqual(['created']);
	});

	it('moves updatedAt forward even when the clock did not', async () => {
		const ada = await saved(draft());
		const again = await saved({ ...ada, note: 'x' }, ada.updatedAt, T0 - 5_000);
		expect(again.updatedAt).toBe(T0 + 1);
	});

	it('refuses a save based on an older version and writes nothing', async () => {
		const ada = await saved(draft());
		const fromTabOne = { ...ada, firstName: 'One' };
		const fromTabTwo = { ...ada, firstName: 'Two' };
		const second = await saved(fromTabTwo, ada.updatedAt, T0 + 10);
		const result = await saveContact(db, fromTabOne, {
			expectedUpdatedAt: ada.updatedAt,
			now: T0 + 20
		});
		expect(result).toEqual({ ok: false, conflict: second });
		expect((await db.contacts.get(ada.id))?.firstName).toBe('Two');
		// answering the conflict: save on top of the newer version
		const overwritten = await saveContact(db, fromTabOne, {
			expectedUpdatedAt: second.updatedAt,
			now: T0 + 30
		});
		expect(overwritten.ok && overwritten.contact.firstName).toBe('One');
	});

	it('reports a contact deleted meanwhile as a conflict without a version', async () => {
		const ada = await saved(draft());
		await deleteContacts(db, [ada.id]);
		expect(await saveContact(db, ada, { expectedUpdatedAt: ada.updatedAt })).toEqual({
			ok: false,
			conflict: undefined
		});
		expect(await db.contacts.count()).toBe(0);
	});

	it('refuses to create over an existing id', async () => {
		const ada = await saved(draft());
		const result = await saveContact(db, { ...ada, firstName: 'X' });
		expect(result).toEqual({ ok: false, conflict: ada });
	});

	it('unsubscribes a new contact with a suppressed phone and says why', async () => {
		const old = await saved(draft({ emails: [{ value: 'ada@example.org' }] }));
		await unsubscribeContacts(db, [old.id], T0);
		await deleteContacts(db, [old.id], T0 + 1);

		const again = draft({ phones: [{ value: '+49 151 23456789' }] }, T0 + 100);
		const result = await saveContact(db, again, { now: T0 + 100 });
		if (!result.ok) throw new Error('conflict');
		expect(result.contact.subscription).toBe('unsubscribed');
		expect(result.contact.keys.unsubscribed).toBe(1);
		expect(result.suppressedBy).toEqual([{ value: '+4915123456789', kind: 'phone', at: T0 }]);
		expect(await types(again.id)).toEqual(['created', 'unsubscribed']);
	});

	it('keeps a suppressed contact unsubscribed when the form says subscribed', async () => {
		const ada = await saved(draft());
		await unsubscribeContacts(db, [ada.id], T0 + 1);
		const stored = await db.contacts.get(ada.id);
		if (!stored) throw new Error('gone');
		const result = await saveContact(
			db,
			{ ...stored, subscription: 'subscribed' },
			{ expectedUpdatedAt: stored.updatedAt, now: T0 + 2 }
		);
		expect(result.ok && result.contact.subscription).toBe('unsubscribed');
		expect(result.ok && result.suppressedBy.map((reason) => reason.value)).toEqual([
			'+4915123456789'
		]);
	});

	it('suppresses every identifier of a contact saved as unsubscribed, also new ones', async () => {
		const ada = await saved(draft({ subscription: 'unsubscribed' }));
		expect((await db.suppressions.toArray()).map((row) => row.key)).toEqual(['+4915123456789']);
		await saved({ ...ada, emails: [{ value: 'Ada@Example.org' }] }, ada.updatedAt, T0 + 5);
		expect((await db.suppressions.toArray()).map((row) => [row.key, row.at])).toEqual([
			['+4915123456789', T0],
			['ada@example.org', T0 + 5]
		]);
		expect(await types(ada.id)).toEqual(['created', 'unsubscribed', 'changed']);
	});

	it('stores each list once, so a list count is one entry per member', async () => {
		const ada = await saved({ ...draft(), listIds: ['a', 'a', 'b'] });
		expect(ada.listIds).toEqual(['a', 'b']);
		expect(await db.contacts.where('listIds').equals('a').count()).toBe(1);
	});

	it('records list membership changes as their own events', async () => {
		const ada = await saved(draft({ listIds: ['a', 'b'] }));
		await saved({ ...ada, listIds: ['b', 'c'] }, ada.updatedAt, T0 + 1);
		const events = await listEvents(db, ada.id);
		expect(events.map((event) => [event.type, event.data])).toEqual([
			['created', {}],
			['list-added', { listId: 'c' }],
			['list-removed', { listId: 'a' }]
		]);
	});
});

describe('suppressions', () => {
	it('unsubscribes in bulk: suppressions, state and timeline, once', async () => {
		const ada = await saved(draft({ emails: [{ value: 'Ada@x.de' }] }));
		const bob = await saved(draft({ firstName: 'Bob', phones: [{ value: '0170 1234567' }] }));
		expect(await unsubscribeContacts(db, [ada.id, bob.id, 'missing', ada.id], T0 + 1)).toBe(2);
		expect(await unsubscribeContacts(db, [ada.id], T0 + 2)).toBe(0);
		expect(
			(await db.suppressions.toArray()).map((row) => [row.key, row.kind, row.contactId, row.at])
		).toEqual([
			['+4915123456789', 'phone', ada.id, T0 + 1],
			['+491701234567', 'phone', bob.id, T0 + 1],
			['ada@x.de', 'email', ada.id, T0 + 1]
		]);
		const stored = await db.contacts.get(ada.id);
		expect(stored?.subscription).toBe('unsubscribed');
		expect(stored?.keys.unsubscribed).toBe(1);
		expect(stored?.updatedAt).toBe(T0 + 1);
		expect(await types(ada.id)).toEqual(['created', 'unsubscribed']);
		expect(await db.contacts.where('keys.unsubscribed').equals(1).count()).toBe(2);
	});

	it('explains a contact’s suppressions', async () => {
		const ada = await saved(draft({ emails: [{ value: 'Ada@x.de' }] }));
		await unsubscribeContacts(db, [ada.id], T0 + 1);
		expect(await suppressionReasons(db, ada)).toEqual([
			{ value: '+4915123456789', kind: 'phone', at: T0 + 1 },
			{ value: 'Ada@x.de', kind: 'email', at: T0 + 1 }
		]);
	});

	it('resubscribes deliberately: lifts the contact’s suppressions and notes the consent', async () => {
		const ada = await saved(draft());
		const other = await saved(draft({ firstName: 'Eve', phones: [{ value: '0170 7654321' }] }));
		await unsubscribeContacts(db, [ada.id, other.id], T0 + 1);
		const back = await resubscribeContact(db, ada.id, T0 + 2, 'asked in person\u0000');
		expect(back?.subscription).toBe('subscribed');
		expect(back?.keys.unsubscribed).toBeUndefined();
		expect((await db.suppressions.toArray()).map((row) => row.key)).toEqual(['+491707654321']);
		const events = await listEvents(db, ada.id);
		expect(events.at(-1)).toMatchObject({
			type: 'resubscribed',
			note: 'asked in person',
			data: { lifted: ['+4915123456789'] }
		});
		// the same number on a new contact is welcome again
		const fresh = await saveContact(db, draft({}, T0 + 3), { now: T0 + 3 });
		expect(fresh.ok && fresh.contact.subscription).toBe('subscribed');
		expect(await resubscribeContact(db, 'missing')).toBeUndefined();
	});
});

describe('findContactsUsing', () => {
	it('finds other holders of a phone or an e-mail, and checks the real values', async () => {
		const ada = await saved(draft({ emails: [{ value: 'Ada@Example.org' }] }));
		const bob = await saved(
			draft({
				firstName: 'Bob',
				phones: [{ value: '0170 1234567' }],
				// a token that starts like ada's phone: found, checked, left out
				emails: [{ value: '4915123456789@s.whatsapp.net' }]
			})
		);
		const cases = [
			{ name: 'the phone', input: { phones: ['+4915123456789'] }, expected: [ada.id] },
			{
				name: 'the e-mail in another case',
				input: { emails: ['ada@EXAMPLE.org'] },
				expected: [ada.id]
			},
			{
				name: 'both, excluding the contact itself',
				input: { phones: ['+4915123456789'], emails: ['ada@example.org'] },
				exclude: ada.id,
				expected: []
			},
			{
				name: 'a longer number is not the same',
				input: { phones: ['+491512345678'] },
				expected: []
			},
			{ name: 'nothing asked', input: {}, expected: [] },
			{ name: 'the other phone', input: { phones: ['+491701234567'] }, expected: [bob.id] },
			{
				name: 'an address that is also a number',
				input: { emails: ['4915123456789@s.whatsapp.net'] },
				expected: [bob.id]
			}
		];
		for (const { name, input, exclude, expected } of cases) {
			const found = await findContactsUsing(db, input, exclude);
			expect(
				found.map((contact) => contact.id),
				name
			).toEqual(expected);
		}
	});
});

describe('deleting with undo', () => {
	it('deletes in bulk, keeps suppressions, and restores everything', async () => {
		const ada = await saved(draft({ subscription: 'unsubscribed' }));
		const bob = await saved(draft({ firstName: 'Bob', phones: [{ value: '0170 1234567' }] }));
		const eve = await saved(draft({ firstName: 'Eve', phones: [] }));
		const suggestion: Suggestion = {
			id: 's1',
			pair: pairKey(ada.id, bob.id),
			a: ada.id < bob.id ? ada.id : bob.id,
			b: ada.id < bob.id ? bob.id : ada.id,
			score: 0.9,
			reasons: [],
			status: 'open',
			createdAt: T0,
			updatedAt: T0
		};
		await db.suggestions.add(suggestion);

		const deleted = await deleteContacts(db, [ada.id, bob.id, 'missing'], T0 + 1);
		expect(deleted.count).toBe(2);
		expect(deleted.suggestions).toEqual([suggestion]);
		expect(await db.contacts.toArray()).toEqual([eve]);
		expect(await db.suppressions.count()).toBe(1);
		expect(await types(ada.id)).toEqual(['created', 'unsubscribed', 'deleted']);

		expect(await restoreContacts(db, deleted)).toBe(2);
		expect(await db.contacts.get(ada.id)).toEqual(ada);
		expect(await db.contacts.get(bob.id)).toEqual(bob);
		expect(await db.suggestions.toArray()).toEqual([suggestion]);
		expect(await types(ada.id)).toEqual(['created', 'unsubscribed']);
		// a second undo changes nothing
		expect(await restoreContacts(db, deleted)).toBe(0);
	});
});

describe('list membership', () => {
	it('adds and removes in bulk, once per contact, with events', async () => {
		const created = await createList(db, 'Choir', T0);
		if (!created.ok) throw new Error(created.error);
		const list = created.list.id;
		const ada = await saved(draft());
		const bob = await saved(draft({ firstName: 'Bob' }));
		expect(await addToList(db, [ada.id, bob.id], list, T0 + 1)).toBe(2);
		expect(await addToList(db, [ada.id], list, T0 + 2)).toBe(0);
		expect(await addToList(db, [ada.id], 'no-such-list', T0 + 2)).toBe(0);
		expect(await db.contacts.where('listIds').equals(list).count()).toBe(2);
		expect(await removeFromList(db, [ada.id], list, T0 + 3)).toBe(1);
		expect((await db.contacts.get(ada.id))?.listIds).toEqual([]);
		expect((await db.contacts.get(ada.id))?.updatedAt).toBe(T0 + 3);
		expect(await types(ada.id)).toEqual(['created', 'list-added', 'list-removed']);
	});
});
