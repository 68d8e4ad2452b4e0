// the words index (schema version 5, core/search-words.ts) of a book that had contacts before it:
// every contact written since has its words (core's contactKeys computes them), the older ones get
// theirs here, in the background, in short transactions, so the app stays usable meanwhile. until
// the last one has them the list searches the old way (db/list-words.ts asks `wordsComplete`).
//
// the setting `searchWordsFrom` says that words are missing, and from which contact id on (ids in
// primary-key order): the upgrade to version 5 writes it, as does a restore of an older backup (it
// runs the upgrade), and the fill moves it on after each transaction and deletes it at the end, so
// a fill cut short by a closed tab resumes where it stopped.

import type { Transaction } from 'dexie';
import type { Contact } from '../core/contact';
import { searchWords } from '../core/search-words';
import type { CarnetDatabase } from './database';

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
 * gives every contact that lacks them its words; true when none lacks them any more. the records
 * are read and written with IndexedDB directly, not through dexie's middleware: only the words
 * change, so the counts and the list's anchors stay as they are, and nothing the user sees changes.
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
			const tx = idb.transaction(['contacts', 'settings'], 'readwrite');
			const contacts = tx.objectStore('contacts');
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
					const rows = read.result as Contact[];
					for (const contact of rows) {
						const words = searchWords(contact.keys.tokens, contact.keys.name);
						if (!sameWords(contact.keys.words, words)) {
							contacts.put({ ...contact, keys: { ...contact.keys, words } });
						}
					}
					const last = rows[rows.length - 1];
					const finished = rows.length < chunk || last === undefined;
					outcome = { finished, seen: rows.length };
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

function sameWords(stored: readonly string[] | undefined, words: readonly string[]): boolean {
	return (
		stored !== undefined && stored.length === words.length && stored.every((w, i) => w === words[i])
	);
}
