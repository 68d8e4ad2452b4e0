// the search words (core/search-words.ts; since schema version 7 the rows of their own table,
// db/word-rows.ts) of a book that had contacts before them: every contact written since has its
// rows (the contacts' middleware writes them), the older ones get theirs here, in the background,
// in short transactions, so the app stays usable meanwhile. until the last one has them the list
// searches the old way (db/list-words.ts asks `wordsComplete`).
//
// the setting `searchWordsFrom` says that words are missing, and from which contact id on (ids in
// primary-key order): the upgrades to versions 5, 6 and 7 write it, as does a restore of an older
// backup (it runs the upgrades), and the fill moves it on after each transaction and deletes it at
// the end, so a fill cut short by a closed tab resumes where it stopped.

import type { Transaction } from 'dexie';
import type { Contact } from '../core/contact';
import type { CarnetDatabase } from './database';
import { WORDS_TABLE, WORD_ROW_VALUE, wordsOf } from './word-rows';

declare module './schema' {
	interface SettingsMap {
		/** words are missing from the contacts from this id on ('' for all); absent when none are */
		searchWordsFrom: string;
	}
}

export const WORDS_SETTING = 'searchWordsFrom';

/** in an upgrade or a restore: the contacts there may lack their words */
export async function markWordsMissing(tx: Transaction): Promise<void> {
	const now = Date.now();
	await tx.table('settings').put({ key: WORDS_SETTING, value: '', createdAt: now, updatedAt: now });
}

export interface FillOptions {
	/** contacts per transaction (default 500): a writer waits at most for one of them */
	chunk?: number;
	/** contacts looked at so far, after each transaction */
	onProgress?: (done: number) => void;
	/** asked between transactions; true stops (the next fill resumes there) */
	stopped?: () => boolean;
}

/**
 * writes the search words' rows (db/word-rows.ts) of every contact that may lack them; true when
 * none may any more. IndexedDB directly, not through dexie's middleware: only the rows are written,
 * so the counts and the list's anchors stay as they are, and nothing the user sees changes. a row
 * already there is written again unchanged, so a contact the middleware gave its rows meanwhile
 * ends the same.
 */
export async function fillSearchWords(
	db: CarnetDatabase,
	options: FillOptions = {}
): Promise<boolean> {
	const chunk = options.chunk ?? 500;
	await db.open();
	const idb = db.backendDB();
	const KeyRange = (db._options.IDBKeyRange ?? globalThis.IDBKeyRange) as typeof IDBKeyRange;
	let done = 0;
	for (;;) {
		if (options.stopped?.()) return false;
		const result = await new Promise<{ finished: boolean; seen: number }>((resolve, reject) => {
			const tx = idb.transaction(['contacts', WORDS_TABLE, 'settings'], 'readwrite');
			const contacts = tx.objectStore('contacts');
			const rows = tx.objectStore(WORDS_TABLE);
			const settings = tx.objectStore('settings');
			let outcome = { finished: true, seen: 0 };
			const marker = settings.get(WORDS_SETTING);
			marker.onsuccess = () => {
				const row = marker.result as { value: string; createdAt: number } | undefined;
				// none missing (another tab finished), or the book was restored meanwhile
				if (row === undefined) return;
				const range = row.value === '' ? null : KeyRange.lowerBound(row.value, true);
				const read = contacts.getAll(range, chunk);
				read.onsuccess = () => {
					const records = read.result as Contact[];
					for (const contact of records) {
						for (const word of wordsOf(contact)) rows.put(WORD_ROW_VALUE, [word, contact.id]);
					}
					const last = records[records.length - 1];
					const finished = records.length < chunk || last === undefined;
					outcome = { finished, seen: records.length };
					if (finished) settings.delete(WORDS_SETTING);
					else settings.put({ ...row, value: last.id, updatedAt: Date.now() });
				};
			};
			tx.oncomplete = () => resolve(outcome);
			tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
			tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
		});
		done += result.seen;
		options.onProgress?.(done);
		if (result.finished) return true;
	}
}
