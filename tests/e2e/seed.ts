import type { Page } from '@playwright/test';
import { generatePeople } from '../../bench/generate/index';
import { draftMapper } from '../../bench/page/people-to-draft';
import { contactFacets } from '../../src/lib/core/contact-facets';
import { createContact, type Contact } from '../../src/lib/core/index';
import { WORDS_TABLE, WORD_ROW_VALUE, wordsOf } from '../../src/lib/db/word-rows';

/** a book of `count` generated contacts, made with the app's own createContact (deterministic) */
export function makeContacts(count: number, seed = 7): Contact[] {
	const toDraft = draftMapper();
	const contacts: Contact[] = [];
	const start = Date.UTC(2025, 0, 1);
	for (const person of generatePeople({ seed, count, duplicateShare: 0 })) {
		const draft = toDraft(person.values);
		const options = {
			defaultCountry: 'DE',
			// one contact a day, so "created between" filters have something to find
			now: start + person.row * 86_400_000
		};
		let result = createContact(draft.full, options);
		if (!result.ok) result = createContact(draft.without(result.errors), options);
		if (result.ok && (result.contact.phones.length || result.contact.emails.length)) {
			contacts.push(result.contact);
		}
	}
	return contacts;
}

/** what the seeded contacts add to the stored counts (db/contact-counts.ts), facet by facet */
export function countsOf(contacts: readonly Contact[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const contact of contacts) {
		for (const facet of contactFacets(contact)) counts.set(facet, (counts.get(facet) ?? 0) + 1);
	}
	return [...counts];
}

/**
 * writes the contacts straight into the app's IndexedDB (bypassing the UI, as the benchmark seeding
 * does), with the counts and the search words' rows the app keeps beside them. the contacts must be
 * new to the book. the app must have opened its database once in this context, so that the schema
 * exists.
 */
export async function seedBook(page: Page, contacts: Contact[]): Promise<void> {
	await page.evaluate(
		async ({ records, counts, words, table, value }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('carnet');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(['contacts', 'contactCounts', table], 'readwrite');
				const store = tx.objectStore('contacts');
				for (const record of records) store.put(record);
				const rows = tx.objectStore(table);
				for (const key of words) rows.put(value, key);
				const countStore = tx.objectStore('contactCounts');
				for (const [key, added] of counts) {
					const request = countStore.get(key);
					request.onsuccess = () => {
						const stored = (request.result as { count: number } | undefined)?.count ?? 0;
						countStore.put({ key, count: stored + added });
					};
				}
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{
			records: contacts,
			counts: countsOf(contacts),
			words: contacts.flatMap((contact) => wordsOf(contact).map((word) => [word, contact.id])),
			table: WORDS_TABLE,
			value: WORD_ROW_VALUE
		}
	);
}
