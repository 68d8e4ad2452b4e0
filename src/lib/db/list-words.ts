// the first pages of a name-sorted search, from the keys of the words index (core/search-words.ts)
// instead of from contacts: at a million contacts a word such as "mul" matches ~10,000 of them, and
// reading each to order them by name takes most of a second, where their index keys take a tenth.
//
// how. the range of the query's longest word holds, group by group (a token, or the first characters
// of phone numbers and e-mails, core/search-words.ts), each group's entries in name order. for the
// first n matches the engine needs at most the first n accepted entries of each group (accepted: the
// entry's token starts with the word, and the other words of the query agree with its heads), so it
// reads those, skips to the next group, and sorts what it took by name. only the contacts it shows
// are read, checked against the whole query (the heads only sieve a longer word; filters such as a
// list are checked there too) and returned. a word that starts very many groups (a single letter)
// costs one step per group at least; past a budget of steps the engine answers the old way.

import type { Contact } from '../core/contact';
import { compareKeys, compileQuery, type NormalizedQuery } from '../core/contact-query';
import { MISSING_KEY } from '../core/missing-key';
import { afterGroup, headsMatch, parseSearchWord, wordRanges } from '../core/search-words';
import type { CarnetDatabase } from './database';
import { getSetting } from './settings-repo';

export const WORDS_INDEX = 'keys.words';

/** true when every contact of the book has its entries in the words index (db/search-words.ts) */
export async function wordsComplete(db: CarnetDatabase): Promise<boolean> {
	return (await getSetting(db, 'searchWordsFrom')) === undefined;
}

export interface WordMatches {
	/** the first matches in the query's order, at least `need` of them unless `complete` */
	contacts: Contact[];
	/** true when these are all the matches */
	complete: boolean;
}

interface Candidate {
	id: string;
	nameKey: string;
}

/**
 * the first `need` (or more) contacts matching a name-sorted query with search words, in order;
 * undefined when reading the words index would take more than `maxSteps` index entries
 */
export async function firstMatchesByWords(
	db: CarnetDatabase,
	query: NormalizedQuery,
	direction: 'next' | 'prev',
	need: number,
	maxSteps: number
): Promise<WordMatches | undefined> {
	const matches = compileQuery(query);
	// a candidate the heads accept may still fail a longer word or another filter, so more are taken
	// when too few of the first ones match
	for (let take = need; ; take *= 4) {
		const read = await candidates(db, query, direction, take, maxSteps);
		if (read === undefined) return undefined;
		const found: Contact[] = [];
		let checked = 0;
		while (checked < read.candidates.length && found.length < need) {
			const batch = read.candidates.slice(checked, checked + need - found.length);
			checked += batch.length;
			const contacts = await db.contacts.bulkGet(batch.map((candidate) => candidate.id));
			for (const contact of contacts) if (contact && matches(contact)) found.push(contact);
		}
		if (found.length >= need) return { contacts: found, complete: false };
		if (read.complete) return { contacts: found, complete: true };
	}
}

interface Candidates {
	/** in the query's order, each contact once */
	candidates: Candidate[];
	/** true when no token's entries were cut short: every contact the heads accept is here */
	complete: boolean;
}

// reads the first `take` accepted entries of each group in the ranges of the longest word
function candidates(
	db: CarnetDatabase,
	query: NormalizedQuery,
	direction: 'next' | 'prev',
	take: number,
	maxSteps: number
): Promise<Candidates | undefined> {
	const word = query.tokens.reduce((longest, token) =>
		token.length > longest.length ? token : longest
	);
	const others = query.tokens.filter((token) => token !== word);
	const ranges = wordRanges(word, MISSING_KEY);
	if (ranges === undefined) return Promise.resolve(undefined);
	return new Promise((resolve, reject) => {
		const tx = db.backendDB().transaction('contacts', 'readonly');
		// the implementation dexie was given (fake-indexeddb in tests), else the browser's own
		const KeyRange = (db._options.IDBKeyRange ?? globalThis.IDBKeyRange) as typeof IDBKeyRange;
		const index = tx.objectStore('contacts').index(WORDS_INDEX);
		const found: Candidate[] = [];
		let steps = 0;
		let complete = true;
		let overBudget = false;
		// the ranges one after the other: their candidates are sorted at the end
		const readRange = (at: number) => {
			const range = ranges[at];
			if (range === undefined || overBudget) return;
			const request = index.openKeyCursor(KeyRange.bound(range.lower, range.upper), direction);
			let group: string | undefined;
			let accepted = 0;
			// the name the group's entries were cut after: entries with the same name are taken too,
			// since within a name the index orders them by their heads, not by id as the list does
			let cutAfter: string | undefined;
			request.onsuccess = () => {
				const cursor = request.result;
				if (!cursor) {
					readRange(at + 1);
					return;
				}
				steps += 1;
				if (steps > maxSteps) {
					overBudget = true;
					return;
				}
				const entry = parseSearchWord(cursor.key as string);
				if (entry.group !== group) {
					group = entry.group;
					accepted = 0;
					cutAfter = undefined;
				}
				if (cutAfter !== undefined && entry.nameKey !== cutAfter) {
					// the rest of this group's entries come after what is needed: on to the next group
					complete = false;
					cursor.continue(direction === 'next' ? afterGroup(entry.group) : entry.group);
					return;
				}
				if (
					(range.all || entry.token.startsWith(word)) &&
					others.every((other) => headsMatch(entry.heads, other) !== 'no')
				) {
					found.push({ id: cursor.primaryKey as string, nameKey: entry.nameKey });
					accepted += 1;
					if (accepted >= take) cutAfter = entry.nameKey;
				}
				cursor.continue();
			};
			request.onerror = () => reject(request.error ?? new Error('cursor failed'));
		};
		readRange(0);
		tx.oncomplete = () => {
			if (overBudget) {
				resolve(undefined);
				return;
			}
			const sign = direction === 'next' ? 1 : -1;
			found.sort((a, b) => sign * (compareKeys(a.nameKey, b.nameKey) || compareKeys(a.id, b.id)));
			// a contact with two tokens in the ranges is there twice, side by side once sorted
			const once = found.filter((candidate, i) => candidate.id !== found[i - 1]?.id);
			resolve({ candidates: once, complete });
		};
		tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}
