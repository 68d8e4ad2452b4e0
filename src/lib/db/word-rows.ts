// the searchWords table (schema version 7): one row per search word of each contact
// (core/search-words.ts), keyed [word, contact id]. the key is all a search reads; the value is a
// placeholder. why a table and not an index on the contacts: chromium checks every index entry
// against its record, ~70–100 µs per entry at a million contacts, where the keys of a table of their
// own cost ~3 µs each. the rows are written by the contacts' middleware (db/contact-counts.ts) in the
// transaction that writes the contacts, so they commit or roll back together.

import { searchWords } from '../core/search-words';
import type { CarnetDatabase } from './database';
import type { ContactMove } from './list-edits';

export const WORDS_TABLE = 'searchWords';

/** the value of every row: the key says everything */
export const WORD_ROW_VALUE = 1;

export type WordRowKey = [word: string, id: string];

interface KeyedRecord {
	keys?: { tokens?: readonly string[]; name?: string };
}

/** the search words of a stored contact; none for anything without keys */
export function wordsOf(record: unknown): string[] {
	const keys = (record as KeyedRecord | null | undefined)?.keys;
	if (keys?.tokens === undefined || keys.name === undefined) return [];
	return [...new Set(searchWords(keys.tokens, keys.name))];
}

/**
 * the rows to delete and the rows to write for these changes (a contact's record before and after
 * a write, undefined when absent). a contact named twice (a request may put the same key twice)
 * counts from its first `before` to its last `after`.
 */
export function wordRowChanges(changes: Iterable<ContactMove>): {
	gone: WordRowKey[];
	added: WordRowKey[];
} {
	const spans = new Map<string, { before: unknown; after: unknown }>();
	for (const { id, before, after } of changes) {
		const span = spans.get(id);
		if (span) span.after = after;
		else spans.set(id, { before, after });
	}
	const gone: WordRowKey[] = [];
	const added: WordRowKey[] = [];
	for (const [id, { before, after }] of spans) {
		const old = new Set(wordsOf(before));
		const next = new Set(wordsOf(after));
		for (const word of old) if (!next.has(word)) gone.push([word, id]);
		for (const word of next) if (!old.has(word)) added.push([word, id]);
	}
	return { gone, added };
}

/** whether this handle's schema has the table (older versions, in tests and restores, do not) */
export function keepsWordRows(db: CarnetDatabase): boolean {
	return db.tables.some((table) => table.name === WORDS_TABLE);
}
