// the entries of the search index that a name-sorted search reads without reading contacts.
//
// why. at a million contacts a search word such as "mul" matches ~10,000 contacts, and reading a
// contact by an index costs ~50–75 µs in chromium (the record is looked up at random), so ordering
// them by name from their records takes most of a second. index keys alone are ~10× cheaper. so each
// search token is indexed a second time with what the list needs beside it:
//
//   token U+0000 name-key U+0000 head head head …
//
// - the range of a typed word (`mul` … `mul\uffff`) holds the entries of every token that starts
//   with it, grouped by token and, within a token, in name order: the first screen takes the first
//   few of each token's group and merges them (db/list-words.ts);
// - the heads are the first HEAD_LENGTH letters of each of the contact's tokens, so the other words
//   of a query ("anna m") are checked on the entry: exactly when they are no longer than a head, as a
//   first sieve otherwise (the contact is then read and checked whole).
//
// U+0000 sorts below every character a token holds (core removes control characters), so a token's
// entries sit together, before those of any longer token that starts with it.

export const WORD_SEPARATOR = '\u0000';
/** how many leading characters of each token an entry carries for the other words of a query */
export const HEAD_LENGTH = 3;

/** the search index entries of a contact with these tokens and this name key (core/keys.ts) */
export function searchWords(tokens: readonly string[], nameKey: string): string[] {
	const heads = [...new Set(tokens.map((token) => token.slice(0, HEAD_LENGTH)))].join(' ');
	return tokens.map((token) => token + WORD_SEPARATOR + nameKey + WORD_SEPARATOR + heads);
}

export interface SearchWord {
	token: string;
	nameKey: string;
	heads: string[];
}

export function parseSearchWord(entry: string): SearchWord {
	const first = entry.indexOf(WORD_SEPARATOR);
	const second = entry.indexOf(WORD_SEPARATOR, first + 1);
	const heads = entry.slice(second + 1);
	return {
		token: entry.slice(0, first),
		nameKey: entry.slice(first + 1, second),
		heads: heads === '' ? [] : heads.split(' ')
	};
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

/** the first key after every entry of `token` itself (the start of the next token's entries) */
export function afterToken(token: string): string {
	return token + '\u0001';
}
