// the half of search that reads queries and compares tokens. it needs no phone metadata, so the
// contact list can filter and search without loading libphonenumber; indexing lives in search.ts.

import { foldText } from './fold';

/** tokens are cut to this many code units, in the index and in queries alike */
export const MAX_TOKEN_LENGTH = 64;

const NON_WORD = /[^\p{L}\p{N}]+/u;
export const NON_DIGITS = /\D/g;
// a word made only of what people put in phone numbers: `+49`, `(0151)`, `234-567`, `030/12.34`
const PHONE_WORD = /^\+?[\d()./-]*\d[\d()./-]*$/;

/**
 * the tokens of what the user typed in the search box. consecutive words that look like parts of a
 * phone number are read as one number, digits only: `+49 151 234` → `49151234`, `0049 151` →
 * `49151`; `0151` keeps its trunk zero, since the national form is indexed too.
 */
export function searchQueryTokens(query: string): string[] {
	return withoutPrefixes(new Set(textTokens(foldText(query), 'query').map(cap)));
}

// one reading of text for queries and names alike, so that whatever a name's own words are, typed
// as a query, they match it: a run of phone-like words is one number, a word with an @ is kept whole,
// other words are cut at punctuation. a name also keeps the pieces of those (a query may be typed
// differently) and the joined form of a cut word (`obrien`).
export function textTokens(folded: string, use: 'query' | 'index'): string[] {
	const tokens: string[] = [];
	let digits: string | undefined;
	let international = false;
	const flushNumber = (): void => {
		if (digits === undefined) return;
		const number = !international && digits.startsWith('00') ? digits.slice(2) : digits;
		if (number !== '') tokens.push(number);
		digits = undefined;
	};
	for (const word of folded.split(' ')) {
		if (word === '') continue;
		const parts = wordsOf(word);
		if (PHONE_WORD.test(word)) {
			if (digits === undefined) {
				digits = '';
				international = word.startsWith('+');
			}
			digits += word.replace(NON_DIGITS, '');
		} else {
			flushNumber();
			if (word.includes('@')) tokens.push(word);
			else if (use === 'query') tokens.push(...parts);
		}
		if (use === 'index') {
			tokens.push(...parts);
			if (parts.length > 1) tokens.push(parts.join(''));
		}
	}
	flushNumber();
	return tokens;
}

/** true when every query token starts one of the contact's tokens; an empty query matches all */
export function matchesSearch(
	contactTokens: readonly string[],
	queryTokens: readonly string[]
): boolean {
	return queryTokens.every((query) => contactTokens.some((token) => token.startsWith(query)));
}

export function wordsOf(text: string): string[] {
	return text.split(NON_WORD).filter((word) => word !== '');
}

export function cap(token: string): string {
	if (token.length <= MAX_TOKEN_LENGTH) return token;
	const last = token.charCodeAt(MAX_TOKEN_LENGTH - 1);
	// never end on half a surrogate pair
	return token.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_TOKEN_LENGTH - 1 : MAX_TOKEN_LENGTH);
}

// in sorted order, a token that starts another token is directly followed by one that it starts
export function withoutPrefixes(tokens: Iterable<string>): string[] {
	const sorted = [...tokens].sort();
	return sorted.filter((token, i) => !(sorted[i + 1]?.startsWith(token) ?? false));
}
