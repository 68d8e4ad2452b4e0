import type { Page } from '@playwright/test';
import { generatePeople } from '../../bench/generate/index';
import { draftMapper } from '../../bench/page/people-to-draft';
import { createContact, type Contact } from '../../src/lib/core/index';

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

/**
 * writes the contacts straight into the app's IndexedDB (bypassing the UI, as the benchmark seeding
 * does). the app must have opened its database once in this context, so that the schema exists.
 */
export async function seedBook(page: Page, contacts: Contact[]): Promise<void> {
	await page.evaluate(async (records) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('carnet');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('contacts', 'readwrite');
			const store = tx.objectStore('contacts');
			for (const record of records) store.put(record);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, contacts);
}
