// the keys of the search words table that a name-sorted search reads without reading contacts.
//
// why. at a million contacts a search word such as "mul" matches ~10,000 contacts, and reading a
// contact by an index costs ~50–75 µs in chromium (the record is looked up at random), so ordering
// them by name from their records takes most of a second. an index key alone costs nearly as much
// (chromium checks every index entry against its record), but the keys of a table of their own are
// read in order, ~3 µs each (measured at 1 M: 18,536 keys in 55 ms, the same range of an index in
// 1.7 s). so each search token is stored again, as the key of a row of the searchWords table
// (db/word-rows.ts), with what the list needs beside it and the contact's id last:
//
//   [group U+0000 name-key U+0000 head head head … [U+0000 rest of the token], contact id]
//
// - the group is the token itself, except for tokens that are nearly all different from contact to
//   contact (phone numbers, e-mail addresses): those are grouped by their first GROUP_LENGTH
//   characters, and the rest of the token comes last. a first screen reads the first few entries of
//   each group in its range, so "0151" must meet a few groups, not one per phone number that starts
//   with it (18,000 at a million contacts);
// - the range of a typed word (`mul` … `mul\uffff`) holds the entries of every group that starts
//   with it, grouped and, within a group, in name order: the first screen takes the first few of each
//   group and merges them (db/list-words.ts). a typed word longer than a group is also looked for in
//   the one group that starts it, on the rest of each entry's token (`wordRanges`);
// - the heads are the first HEAD_LENGTH letters of each of the contact's tokens, so the other words
//   of a query ("anna m") are checked on the entry: exactly when they are no longer than a head, as a
//   first sieve otherwise (the contact is then read and checked whole).
//
// U+0000 sorts below every character a token holds (core removes control characters), so a group's
// entries sit together, before those of any longer group that starts with it.

import { MISSING_KEY } from './missing-key';

export const WORD_SEPARATOR = '\u0000';
/** how many leading characters of each token an entry carries for the other words of a query */
export const HEAD_LENGTH = 3;

/**
 * how many leading characters group a phone number's or an e-mail's token. five: "0151" then meets
 * ten groups ("01510" … "01519"), "+49 151" one, and a typed number of six digits finds a tenth of
 * its group's entries, which is still a quick first screen; a longer one is answered by the tokens
 * index (see `wordRanges`)
 */
export const GROUP_LENGTH = 5;

const ALL_DIGITS = /^[0-9]+$/;

/** the group a token is indexed under: a prefix of it, or itself */
export function groupOf(token: string): string {
	if (token.length <= GROUP_LENGTH) return token;
	return token.includes('@') || ALL_DIGITS.test(token) ? token.slice(0, GROUP_LENGTH) : token;
}

/** the search words of a contact with these tokens and this name key (core/keys.ts) */
export function searchWords(tokens: readonly string[], nameKey: string): string[] {
	const heads = [...new Set(tokens.map((token) => token.slice(0, HEAD_LENGTH)))].join(' ');
	return tokens.map((token) => {
		const group = groupOf(token);
		const entry = group + WORD_SEPARATOR + nameKey + WORD_SEPARATOR + heads;
		return group === token ? entry : entry + WORD_SEPARATOR + token.slice(group.length);
	});
}

export interface SearchWord {
	group: string;
	/** the whole token */
	token: string;
	nameKey: string;
	heads: string[];
}

export function parseSearchWord(entry: string): SearchWord {
	const first = entry.indexOf(WORD_SEPARATOR);
	const second = entry.indexOf(WORD_SEPARATOR, first + 1);
	const third = entry.indexOf(WORD_SEPARATOR, second + 1);
	const group = entry.slice(0, first);
	const heads = third < 0 ? entry.slice(second + 1) : entry.slice(second + 1, third);
	return {
		group,
		token: third < 0 ? group : group + entry.slice(third + 1),
		nameKey: entry.slice(first + 1, second),
		heads: heads === '' ? [] : heads.split(' ')
	};
}

/** a stretch of the search words that may hold entries of tokens starting with a typed word */
export interface WordRange {
	lower: string;
	/** a bound of keys, past every entry of the stretch */
	upper: string;
	/** its entries' tokens all start with the word; otherwise each is checked */
	all: boolean;
}

/**
 * where the entries of every token that starts with `word` are: the groups that start with it and,
 * for a word longer than a group, the one group that starts the word (its tokens checked one by
 * one). undefined when that group is very likely too large for the few entries in it that match (a
 * typed number of seven digits or more: one in a hundred of its group); the tokens index, whose
 * range holds exactly the matches, answers it better.
 */
export function wordRanges(word: string): WordRange[] | undefined {
	const own: WordRange = { lower: word, upper: word + MISSING_KEY, all: true };
	if (word.length <= GROUP_LENGTH) return [own];
	if (word.length > GROUP_LENGTH + 1 && ALL_DIGITS.test(word)) return undefined;
	const group = word.slice(0, GROUP_LENGTH);
	const start = group + WORD_SEPARATOR;
	return [{ lower: start, upper: start + MISSING_KEY, all: false }, own];
}

/**
 * whether a contact whose entry carries these heads can match the query token: 'yes' when the token
 * is no longer than a head (then some head starts with it exactly when some token does), 'maybe'
 * when it is longer and some head is its beginning, 'no' otherwise
 */
export function headsMatch(heads: readonly string[], queryToken: string): 'yes' | 'maybe' | 'no' {
	if (queryToken.length <= HEAD_LENGTH) {
		return heads.some((head) => head.startsWith(queryToken)) ? 'yes' : 'no';
	}
	const start = queryToken.slice(0, HEAD_LENGTH);
	return heads.includes(start) ? 'maybe' : 'no';
}

/** the first key after every entry of the group (the start of the next group's entries) */
export function afterGroup(group: string): string {
	return group + '\u0001';
}
