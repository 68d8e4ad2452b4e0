import { afterEach, describe, expect, it } from 'vitest';
import { BackupReader } from '../../../src/lib/core/backup/read-backup';
import type { Contact } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import {
	compareForSort,
	matchesQuery,
	type ContactQuery
} from '../../../src/lib/core/contact-query';
import { GROUP_LENGTH, parseSearchWord, searchWords } from '../../../src/lib/core/search-words';
import { backupChunks, backupReadOptions, restoreBackup } from '../../../src/lib/db/backup';
import { ContactListSession } from '../../../src/lib/db/contact-list';
import { COUNTS_TABLE } from '../../../src/lib/db/contact-counts';
import { CarnetDatabase } from '../../../src/lib/db/database';
import { wordsComplete } from '../../../src/lib/db/list-words';
import { SCHEMA } from '../../../src/lib/db/schema';
import { WORDS_SETTING, fillSearchWords } from '../../../src/lib/db/search-words';
import { getSetting } from '../../../src/lib/db/settings-repo';
import { fakeIndexedDb, openMigrated, uniqueName } from './harness';
import { newId } from '../../../src/lib/db/ids';
import { BASE_TIME, makeBook, random } from './seed';
import { rowsFor, storedRows } from './word-rows-check';

const opened: CarnetDatabase[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const V4 = SCHEMA.filter((entry) => entry.version <= 4);

// contacts as version 4 stored them: no words (what versions 5 and 6 stored is written below)
function withoutWords(contacts: readonly Contact[]): Contact[] {
	return contacts.map((contact) => ({ ...contact }));
}

async function bookFromVersion4(book: readonly Contact[]): Promise<CarnetDatabase> {
	const db = await openMigrated({
		name: uniqueName(),
		versions: SCHEMA,
		from: 4,
		seed: async (old) => {
			await old.contacts.bulkAdd(withoutWords(book));
		},
		options: fakeIndexedDb()
	});
	opened.push(db);
	return db;
}

const searches: ContactQuery[] = [
	{ sort: 'name', direction: 'asc', search: 'm' },
	{ sort: 'name', direction: 'desc', search: 'mül' },
	{ sort: 'name', direction: 'asc', search: 'anna m' },
	{ sort: 'name', direction: 'asc', search: '0151', subscription: 'subscribed' }
];

async function expectAnswers(db: CarnetDatabase, book: readonly Contact[], byWords: boolean) {
	for (const query of searches) {
		const want = book
			.filter((contact) => matchesQuery(contact, query))
			.sort(compareForSort(query.sort, query.direction))
			.map((contact) => contact.id);
		const session = new ContactListSession(db, query);
		const page = await session.page(0, 50);
		expect(page.map((contact) => contact.id)).toEqual(want.slice(0, 50));
		// a search that matches many pages through the words index once they are there
		if (want.length > 50) expect((await session.explain()) === 'words').toBe(byWords);
		expect(await session.count()).toBe(want.length);
	}
}

describe('the words index of a book from before version 5', () => {
	it('is filled in the background; searches answer right before and after', async () => {
		const book = makeBook(1_200);
		const db = await bookFromVersion4(book);
		expect(await getSetting(db, WORDS_SETTING)).toBe('');
		expect(await wordsComplete(db)).toBe(false);
		const counts = await db.table(COUNTS_TABLE).toArray();
		// the old way meanwhile: the search words hold none of these contacts yet
		expect(await storedRows(db)).toEqual([]);
		await expectAnswers(db, book, false);

		const progress: number[] = [];
		expect(
			await fillSearchWords(db, { chunk: 250, onProgress: (done) => progress.push(done) })
		).toBe(true);
		expect(progress).toEqual([250, 500, 750, 1_000, 1_200]);
		expect(await wordsComplete(db)).toBe(true);
		expect(await storedRows(db)).toEqual(rowsFor(book));
		// only the words changed: the stored counts are as they were
		expect(await db.table(COUNTS_TABLE).toArray()).toEqual(counts);
		await expectAnswers(db, book, true);
	});

	it('resumes where a stopped fill left off, and keeps what was saved meanwhile', async () => {
		const book = makeBook(600, 4);
		const db = await bookFromVersion4(book);
		let chunks = 0;
		const stopped = await fillSearchWords(db, { chunk: 100, stopped: () => chunks++ >= 2 });
		expect(stopped).toBe(false);
		const from = await getSetting(db, WORDS_SETTING);
		const ids = book.map((contact) => contact.id).sort();
		expect(from).toBe(ids[199]);
		expect((await storedRows(db)).length).toBe(
			rowsFor(book.filter((c) => c.id <= (from ?? ''))).length
		);
		// a rename meanwhile writes the contact's new words (the contacts' middleware) and drops none
		// it did not have; a delete drops those of a contact the fill had already done
		const saved = book.find((contact) => contact.id === ids[500]);
		const gone = book.find((contact) => contact.id === ids[50]);
		if (!saved || !gone) throw new Error('no contact');
		const renamed = createContact(
			{ ...saved, lastName: 'Zwiebelmann' },
			{ defaultCountry: 'DE', now: BASE_TIME, id: saved.id }
		);
		if (!renamed.ok) throw new Error('not renamed');
		await db.contacts.put(renamed.contact);
		await db.contacts.delete(gone.id);
		expect(await fillSearchWords(db, { chunk: 100 })).toBe(true);
		const stored = await db.contacts.toArray();
		expect(stored.length).toBe(599);
		expect(await storedRows(db)).toEqual(rowsFor(stored));
		expect(stored.find((contact) => contact.id === saved.id)?.keys.name).toMatch(/^zwiebelmann/);
	});

	it('is marked missing again when an older backup is restored', async () => {
		const source = new CarnetDatabase(uniqueName(), fakeIndexedDb(), V4);
		opened.push(source);
		const book = makeBook(300, 9);
		await source.contacts.bulkAdd(withoutWords(book));
		let text = '';
		for await (const piece of backupChunks(source, { now: 1_700_000_000_000 })) text += piece;

		const target = new CarnetDatabase(uniqueName(), fakeIndexedDb());
		opened.push(target);
		await target.open();
		expect(await wordsComplete(target)).toBe(true);
		const reader = new BackupReader(backupReadOptions(target));
		reader.push(text);
		const read = reader.finish();
		if (!read.ok) throw new Error('backup not read');
		expect((await restoreBackup(target, read.backup, { replace: true })).ok).toBe(true);
		expect(await wordsComplete(target)).toBe(false);
		await expectAnswers(target, book, false);
		await fillSearchWords(target);
		await expectAnswers(target, book, true);
	});

	it('is complete from the start in a new book', async () => {
		const db = new CarnetDatabase(uniqueName(), fakeIndexedDb());
		opened.push(db);
		await db.open();
		expect(await wordsComplete(db)).toBe(true);
		expect(await fillSearchWords(db)).toBe(true);
	});
});

describe('the search words of a book from version 6', () => {
	it('move from the index on the contacts to their own table, filled in the background', async () => {
		const book = makeBook(500, 5);
		const db = await openMigrated({
			name: uniqueName(),
			versions: SCHEMA,
			from: 6,
			seed: async (old) => {
				// version 6 kept the words on the contact, for its multi-entry index
				await old.contacts.bulkAdd(
					book.map((contact) => ({
						...contact,
						keys: { ...contact.keys, words: searchWords(contact.keys.tokens, contact.keys.name) }
					}))
				);
			},
			options: fakeIndexedDb()
		});
		opened.push(db);
		const store = db.backendDB().transaction('contacts', 'readonly').objectStore('contacts');
		expect([...store.indexNames]).not.toContain('keys.words');
		expect(await wordsComplete(db)).toBe(false);
		expect(await storedRows(db)).toEqual([]);
		await expectAnswers(db, book, false);
		expect(await fillSearchWords(db)).toBe(true);
		const rows = await storedRows(db);
		expect(rows).toEqual(rowsFor(book));
		// phone numbers and e-mails are grouped: no group longer than GROUP_LENGTH is all digits
		const entries = rows.map(([word]) => parseSearchWord(word));
		const grouped = entries.filter((entry) => /^[0-9]+$|@/.test(entry.token));
		expect(grouped.length).toBeGreaterThan(500);
		expect(grouped.every((entry) => entry.group === entry.token.slice(0, GROUP_LENGTH))).toBe(true);
		await expectAnswers(db, book, true);
	});
});

describe('a search through many groups whose second word only sieves', () => {
	// "anna" in a name, and at the start of e-mails of several groups ("anna.", "anna_", "annab"…);
	// "muen" is longer than a head, so "mueller" passes the heads and fails on the contact
	it('pages in order, whatever the groups and however small the pages', async () => {
		const next = random(7);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
		const book: Contact[] = [];
		for (let i = 0; i < 400; i += 1) {
			const local = pick(['anna.', 'anna_', 'annab', 'annak', '']);
			const result = createContact(
				{
					firstName: pick(['Anna', 'Hans']),
					lastName: pick(['Mueller', 'Muenster', 'Muench', 'Mustermann']) + pick(['', 'a', 'b']),
					alias: String.fromCharCode(97 + Math.floor(next() * 26)),
					emails: local ? [{ value: `${local}${i}@example.org` }] : [],
					phones: local ? [] : [{ value: `+49 151 ${String(10_000_000 + i)}` }]
				},
				{ defaultCountry: 'DE', now: BASE_TIME, id: newId() }
			);
			if (!result.ok) throw new Error(JSON.stringify(result.errors));
			book.push(result.contact);
		}
		const db = new CarnetDatabase(uniqueName(), fakeIndexedDb());
		opened.push(db);
		await db.contacts.bulkAdd(book);
		for (const direction of ['asc', 'desc'] as const) {
			for (const search of ['anna muen', 'anna mue', 'annab', 'muen anna']) {
				const query: ContactQuery = { sort: 'name', direction, search };
				const want = book
					.filter((contact) => matchesQuery(contact, query))
					.sort(compareForSort('name', direction))
					.map((contact) => contact.id);
				const session = new ContactListSession(db, query);
				for (const offset of [0, 3, 7, 20]) {
					const page = await session.page(offset, 4);
					expect(
						page.map((contact) => contact.id),
						`${search} ${direction} ${offset}`
					).toEqual(want.slice(offset, offset + 4));
				}
				expect(await session.explain()).toBe('words');
			}
		}
	});
});
