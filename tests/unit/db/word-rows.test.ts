import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import { matchesQuery, normalizeQuery } from '../../../src/lib/core/contact-query';
import { checkContactCounts } from '../../../src/lib/db/contact-counts';
import { ContactListSession, DEFAULT_TUNING } from '../../../src/lib/db/contact-list';
import { CarnetDatabase } from '../../../src/lib/db/database';
import { wordMatchCount, wordsComplete } from '../../../src/lib/db/list-words';
import { fillSearchWords } from '../../../src/lib/db/search-words';
import { WORDS_TABLE, wordRowChanges, type WordRowKey } from '../../../src/lib/db/word-rows';
import { fakeIndexedDb, uniqueName } from './harness';
import { BASE_TIME, makeBook, random } from './seed';
import { byKey, rowsFor, storedRows } from './word-rows-check';

const opened: CarnetDatabase[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

function newBook(): CarnetDatabase {
	const db = new CarnetDatabase(uniqueName(), fakeIndexedDb());
	opened.push(db);
	return db;
}

// the table must hold exactly the words of the contacts there
async function expectInStep(db: CarnetDatabase): Promise<void> {
	expect(await storedRows(db)).toEqual(rowsFor(await db.contacts.toArray()));
}

function renamed(contact: Contact, lastName: string): Contact {
	const result = createContact(
		{ ...contact, lastName },
		{ defaultCountry: 'DE', now: BASE_TIME, id: contact.id }
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

describe('wordRowChanges', () => {
	const [anna, hans] = makeBook(2, 3);
	if (!anna || !hans) throw new Error('no contacts');

	it('writes every word of a new contact and deletes every word of a deleted one', () => {
		const words = rowsFor([anna]);
		expect(wordRowChanges([{ id: anna.id, before: undefined, after: anna }])).toEqual({
			gone: [],
			added: expect.arrayContaining(words) as WordRowKey[]
		});
		expect(wordRowChanges([{ id: anna.id, before: anna, after: undefined }]).gone).toHaveLength(
			words.length
		);
	});

	it('writes nothing for a change that keeps the words, and only the difference otherwise', () => {
		expect(wordRowChanges([{ id: anna.id, before: anna, after: { ...anna, note: 'x' } }])).toEqual({
			gone: [],
			added: []
		});
		const other = renamed(anna, 'Zwiebel');
		const { gone, added } = wordRowChanges([{ id: anna.id, before: anna, after: other }]);
		// the name key is in every word, so a rename replaces them all
		expect(gone.sort(byKey)).toEqual(rowsFor([anna]));
		expect(added.sort(byKey)).toEqual(rowsFor([other]));
	});

	it('counts a contact named twice from its first state to its last', () => {
		const middle = renamed(anna, 'Zwiebel');
		const { gone, added } = wordRowChanges([
			{ id: anna.id, before: anna, after: middle },
			{ id: anna.id, before: middle, after: anna }
		]);
		expect({ gone, added }).toEqual({ gone: [], added: [] });
	});
});

describe('the search words table', () => {
	it('follows every kind of write to the contacts, in the same transaction', async () => {
		const db = newBook();
		const book = makeBook(300, 11);
		await db.contacts.bulkAdd(book.slice(0, 200));
		await expectInStep(db);
		await db.contacts.bulkPut(book.slice(150, 300).map((c, i) => (i % 3 ? c : renamed(c, 'Ost'))));
		await expectInStep(db);
		const [first, second] = book;
		if (!first || !second) throw new Error('no contacts');
		// the same key twice in one request
		await db.contacts.bulkPut([renamed(first, 'Mitte'), renamed(first, 'Ende')]);
		await expectInStep(db);
		await db.contacts.update(second.id, { 'keys.name': 'zzz' });
		await expectInStep(db);
		await db.contacts
			.where('keys.name')
			.startsWith('ost')
			.modify((contact) => {
				contact.keys = { ...contact.keys, name: `west ${contact.keys.name}` };
			});
		await expectInStep(db);
		await db.contacts.bulkDelete(book.slice(0, 20).map((contact) => contact.id));
		await expectInStep(db);
		await db.contacts.where('keys.name').below('g').delete();
		await expectInStep(db);
		expect(await db.contacts.count()).toBeGreaterThan(0);
		await db.contacts.clear();
		expect(await storedRows(db)).toEqual([]);
	});

	it('rolls back with the contacts when a transaction fails', async () => {
		const db = newBook();
		const book = makeBook(50, 12);
		await db.contacts.bulkAdd(book);
		const before = await storedRows(db);
		await expect(
			db.transaction('rw', db.contacts, async () => {
				await db.contacts.put(renamed(book[0] as Contact, 'Fehler'));
				await db.contacts.delete((book[1] as Contact).id);
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		expect(await storedRows(db)).toEqual(before);
		await expectInStep(db);
	});

	it('stays in step through random writes', async () => {
		const db = newBook();
		const next = random(5);
		const pool = makeBook(120, 13);
		for (let round = 0; round < 30; round += 1) {
			const pick = (): Contact => pool[Math.floor(next() * pool.length)] as Contact;
			const choice = next();
			if (choice < 0.4) await db.contacts.bulkPut([pick(), pick(), pick()]);
			else if (choice < 0.7) await db.contacts.put(renamed(pick(), `n${round}`));
			else await db.contacts.bulkDelete([pick().id, pick().id]);
		}
		await expectInStep(db);
	});
});

describe('the match count of a search', () => {
	it('comes from the search words, each contact once', async () => {
		const db = newBook();
		const book = makeBook(1_500, 14);
		await db.contacts.bulkAdd(book);
		const count = (search: string, maxReads?: number) =>
			wordMatchCount(db, normalizeQuery({ sort: 'name', direction: 'asc', search }), maxReads);
		const searches = ['m', 'mu', 'anna', '0151', '01511', '015112', 'example', 'zzz'];
		// several words: the others decided on the heads ("m", "ann"), or on the contact ("muel")
		searches.push('anna m', 'anna muel', 'mu 015', 'm a', 'hans mül 49');
		for (const search of searches) {
			const want = book.filter((contact) =>
				matchesQuery(contact, { sort: 'name', direction: 'asc', search })
			).length;
			expect(await count(search), search).toBe(want);
		}
		// a long number is left to the tokens index, and so are more contacts to read than allowed
		expect(await count('0151123')).toBeUndefined();
		expect(await count('anna muel', 1)).toBeUndefined();
	});

	it('is what the list shows for a search of one word that matches many', async () => {
		const db = newBook();
		const book = makeBook(1_500, 15);
		await db.contacts.bulkAdd(book);
		const query = { sort: 'name', direction: 'asc', search: 'm' } as const;
		const tuning = { ...DEFAULT_TUNING, rowsInMemory: 50 };
		const want = book.filter((contact) =>
			contact.keys.tokens.some((token) => token.startsWith('m'))
		).length;
		expect(await new ContactListSession(db, query, tuning).count()).toBe(want);
		for (const search of ['anna m', 'anna muel', 'm a']) {
			const words = { ...query, search };
			const matching = book.filter((contact) => matchesQuery(contact, words)).length;
			expect(await new ContactListSession(db, words, tuning).count(), search).toBe(matching);
		}
		// proof that the count read the table: a row removed behind the middleware's back is missed
		const [row] = (await db
			.table(WORDS_TABLE)
			.where(':id')
			.between(['m'], ['m\uffff'])
			.limit(1)
			.primaryKeys()) as unknown as WordRowKey[];
		if (!row) throw new Error('no row');
		const others = book
			.find((contact) => contact.id === row[1])
			?.keys.tokens.filter((token) => token.startsWith('m'));
		await new Promise<void>((resolve, reject) => {
			const tx = db.backendDB().transaction(WORDS_TABLE, 'readwrite');
			tx.objectStore(WORDS_TABLE).delete(row);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('not deleted'));
		});
		const missed = others?.length === 1 ? 1 : 0;
		expect(await new ContactListSession(db, query, tuning).count()).toBe(want - missed);
		expect(missed).toBe(1);
	});
});

describe('the search words of contacts written without the middleware', () => {
	it('are written again after the repair that the counts check makes', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const db = new CarnetDatabase(name, options);
		opened.push(db);
		const book = makeBook(80, 16);
		await db.contacts.bulkAdd(book.slice(0, 40));
		// raw IndexedDB, as a tab of an older version writes: a contact renamed, others added
		const raw = db.backendDB().transaction('contacts', 'readwrite');
		raw.objectStore('contacts').put(renamed(book[0] as Contact, 'Roh'));
		for (const contact of book.slice(40)) raw.objectStore('contacts').put(contact);
		await new Promise((resolve) => (raw.oncomplete = resolve));
		expect(await storedRows(db)).not.toEqual(rowsFor(await db.contacts.toArray()));

		const other = new CarnetDatabase(name, options);
		opened.push(other);
		expect(await checkContactCounts(other)).toBe(true);
		expect(await wordsComplete(other)).toBe(false);
		expect(await fillSearchWords(other)).toBe(true);
		await expectInStep(other);
	});
});
