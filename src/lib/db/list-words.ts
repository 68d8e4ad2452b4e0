// the first pages of a name-sorted search, from the keys of the search words table
// (core/search-words.ts, db/word-rows.ts) instead of from contacts: at a million contacts a word
// such as "mul" matches ~10,000 of them, and reading each to order them by name takes most of a
// second, where the keys of their words take a few dozen milliseconds.
//
// how. the range of the query's longest word holds, group by group (a token, or the first characters
// of phone numbers and e-mails, core/search-words.ts), each group's entries in name order. the first
// n matches are among the first n accepted entries of the groups merged by name (accepted: the
// entry's token starts with the word, and the other words of the query agree with its heads), so
// those are read (`candidates`), and only the contacts shown are read, checked against the whole
// query (the heads only sieve a longer word; filters such as a list are checked there too) and
// returned. a word that starts very many groups (a single letter) costs one step per group at least;
// past a budget of steps the engine answers the old way. a word's match count reads the keys of its
// whole range (`wordMatchCount`).

import type { Contact } from '../core/contact';
import { compareKeys, compileQuery, type NormalizedQuery } from '../core/contact-query';
import {
	afterGroup,
	headsMatch,
	parseSearchWord,
	wordRanges,
	type WordRange
} from '../core/search-words';
import type { CarnetDatabase } from './database';
import { getSetting } from './settings-repo';
import { WORDS_TABLE, type WordRowKey } from './word-rows';

/** true when every contact of the book has its search words' rows (db/search-words.ts) */
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
 * undefined when reading the search words would take more than `maxSteps` of their keys
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

// the first `take` accepted entries of the longest word's ranges in the query's order, or more. in
// chromium a descending cursor told to continue to a key passes every entry on the way, and a
// cursor's read-ahead (which spares a round trip per entry) is dropped whenever another request
// runs in the transaction. so the groups are read one after the other, in the query's direction,
// each up to the first entry after the `take`-th accepted name seen so far: ~1,000 entries for
// "anna m" at a million contacts, where the first 50 accepted of each of its ~40 groups were ~3,000.
// (this was measured when the words were an index, whose every entry cost a look-up of its record,
// ~100 µs; the table's keys cost far less, but reading fewer of them still pays.)
function candidates(
	db: CarnetDatabase,
	query: NormalizedQuery,
	direction: 'next' | 'prev',
	take: number,
	maxSteps: number
): Promise<Candidates | undefined> {
	const word = longestOf(query.tokens);
	const others = query.tokens.filter((token) => token !== word);
	const ranges = wordRanges(word);
	if (ranges === undefined) return Promise.resolve(undefined);
	const sign = direction === 'next' ? 1 : -1;
	return new Promise((resolve, reject) => {
		const tx = db.backendDB().transaction(WORDS_TABLE, 'readonly');
		const KeyRange = keyRangeOf(db);
		const rows = tx.objectStore(WORDS_TABLE);
		const found: Candidate[] = [];
		// the names of the first `take` accepted entries so far, in the query's order
		const first: string[] = [];
		let steps = 0;
		let complete = true;
		let overBudget = false;
		const step = (): boolean => {
			steps += 1;
			if (steps > maxSteps) overBudget = true;
			return !overBudget;
		};
		const fail = (request: IDBRequest) => () => reject(request.error ?? new Error('cursor failed'));
		// after the `take`-th accepted name: no later entry of any group is needed
		const beyond = (name: string): boolean => {
			const last = first[take - 1];
			return last !== undefined && sign * compareKeys(name, last) > 0;
		};
		const note = (name: string): void => {
			let low = 0;
			let high = first.length;
			while (low < high) {
				const middle = (low + high) >>> 1;
				if (sign * compareKeys(first[middle] ?? '', name) <= 0) low = middle + 1;
				else high = middle;
			}
			if (low < take) first.splice(low, 0, name);
			if (first.length > take) first.pop();
		};

		// each range group by group, up to the first entry beyond the names needed (entries with the
		// last needed name are all taken: a group orders those by their heads, not by id as the list
		// does). then on to the next group: an ascending cursor seeks there; a descending one would pass
		// every entry on the way, so a new one is opened below the group instead
		const read = (at: number): void => {
			const range = ranges[at];
			if (range === undefined) return;
			const open = (below?: string): void => {
				// nothing of the range is below that group
				if (below !== undefined && below <= range.lower) {
					read(at + 1);
					return;
				}
				// keys are [word, id]: [word] is below every key of that word, and [upper] above all of them
				const bounds =
					below === undefined
						? KeyRange.bound([range.lower], [range.upper])
						: KeyRange.bound([range.lower], [below], false, true);
				const request = rows.openKeyCursor(bounds, direction);
				request.onsuccess = () => {
					const cursor = request.result;
					if (overBudget) return;
					if (!cursor) {
						read(at + 1);
						return;
					}
					if (!step()) return;
					const [key, id] = cursor.key as WordRowKey;
					const entry = parseSearchWord(key);
					if (beyond(entry.nameKey)) {
						complete = false;
						if (direction === 'next') cursor.continue([afterGroup(entry.group)]);
						else open(entry.group);
						return;
					}
					if (
						(range.all || entry.token.startsWith(word)) &&
						others.every((other) => headsMatch(entry.heads, other) !== 'no')
					) {
						found.push({ id, nameKey: entry.nameKey });
						note(entry.nameKey);
					}
					cursor.continue();
				};
				request.onerror = fail(request);
			};
			open();
		};

		read(0);
		tx.oncomplete = () => {
			if (overBudget) {
				resolve(undefined);
				return;
			}
			// a group cut short was read up to the last needed name: what an earlier group gave beyond
			// it may have others before it
			const kept = complete ? found : found.filter((candidate) => !beyond(candidate.nameKey));
			kept.sort((a, b) => sign * (compareKeys(a.nameKey, b.nameKey) || compareKeys(a.id, b.id)));
			// a contact with two tokens in the ranges is there twice, side by side once sorted
			const once = kept.filter((candidate, i) => candidate.id !== kept[i - 1]?.id);
			resolve({ candidates: once, complete });
		};
		tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

// the implementation dexie was given (fake-indexeddb in tests), else the browser's own
function keyRangeOf(db: CarnetDatabase): typeof IDBKeyRange {
	return (db._options.IDBKeyRange ?? globalThis.IDBKeyRange) as typeof IDBKeyRange;
}

/**
 * how many contacts match a query of search words and nothing else, from the keys of its longest
 * word's ranges: each contact once (it may have two tokens in them), the other words decided on the
 * heads, and the contacts the heads cannot decide (a word longer than a head) read and checked, when
 * there are at most `maxReads` of them. undefined otherwise, or when the word has no ranges (a long
 * number, see `wordRanges`). at a million contacts: 18,536 matches of "0151" in ~0.1 s, where the
 * same ids from the tokens index took ~1.7 s; "anna m" from the ~10,000 keys of "anna" alone.
 */
export async function wordMatchCount(
	db: CarnetDatabase,
	query: NormalizedQuery,
	maxReads = 2_000
): Promise<number | undefined> {
	if (query.tokens.length === 0) return undefined;
	const word = longestOf(query.tokens);
	const others = query.tokens.filter((token) => token !== word);
	const ranges = wordRanges(word);
	if (ranges === undefined) return undefined;
	const KeyRange = keyRangeOf(db);
	const tx = db.backendDB().transaction(WORDS_TABLE, 'readonly');
	const rows = tx.objectStore(WORDS_TABLE);
	const keysOf = (range: WordRange): Promise<WordRowKey[]> =>
		new Promise((resolve, reject) => {
			const request = rows.getAllKeys(KeyRange.bound([range.lower], [range.upper]));
			request.onsuccess = () => resolve(request.result as unknown as WordRowKey[]);
			request.onerror = () => reject(request.error ?? new Error('getAllKeys failed'));
		});
	// every request at once, in the one transaction
	const keys = await Promise.all(ranges.map(keysOf));
	const sure = new Set<string>();
	const unsure = new Set<string>();
	ranges.forEach((range, index) => {
		for (const [key, id] of keys[index] ?? []) {
			const entry = parseSearchWord(key);
			if (!range.all && !entry.token.startsWith(word)) continue;
			const verdicts = others.map((other) => headsMatch(entry.heads, other));
			if (verdicts.includes('no')) continue;
			if (verdicts.includes('maybe')) unsure.add(id);
			else sure.add(id);
		}
	});
	for (const id of sure) unsure.delete(id);
	if (unsure.size === 0) return sure.size;
	if (unsure.size > maxReads) return undefined;
	const matches = compileQuery(query);
	const contacts = await db.contacts.bulkGet([...unsure]);
	return sure.size + contacts.filter((contact) => contact !== undefined && matches(contact)).length;
}

function longestOf(tokens: readonly string[]): string {
	return tokens.reduce((longest, token) => (token.length > longest.length ? token : longest));
}
