// text search over a multi-entry index. every contact stores a short list of tokens; a query is cut
// into tokens the same way, and a contact matches when every query token is the start of one of its
// tokens. prefix matching is what an index range (`startsWith`) answers without a scan, so the same
// rule serves the index look-up and the in-memory check, and the two can never disagree.
//
// decisions:
// - names are folded (case and accents, `ß` → `ss`) and cut into words at anything that is not a
//   letter or a digit; a word written with a hyphen or an apostrophe also counts joined, so
//   `O'Brien` is found by `obrien`, `o'brien` and `brien`.
// - an e-mail counts whole (which covers every start of its local part) and by the words of its local
//   part, so `hans.mueller@…` is found by `mueller`. domains are not words of their own: `gmail`
//   would be a range over a large part of the book, for a search nobody asked for.
// - a phone counts as its E.164 digits (`4915123456789`) and as the digits of its national form
//   (`015123456789`), which is how people type numbers they know.
// - words that look like parts of a phone number are read as one number, digits only, whether
//   typed (`+49 151 234` → `49151234`, `0049 151` → `49151`) or in a name (`Studio 0049 12`).
// - no whole-name token: the query is cut into words too, so `hans mul` already finds Hans Müller.
// - a token that starts another token of the same contact is dropped: whatever query finds the short
//   one finds the long one, and every index entry costs import time.

import type { Contact } from './contact';
import { emailKey } from './email';
import { foldText } from './fold';
import { callingCodeOf, formatPhoneNational } from './phone';
import { NON_DIGITS, cap, textTokens, withoutPrefixes, wordsOf } from './search-query';

export { MAX_TOKEN_LENGTH, matchesSearch, searchQueryTokens } from './search-query';

// a 10,000-character organization must not write a thousand index entries
const MAX_NAME_WORDS = 16;

export type SearchFields = Pick<
	Contact,
	'firstName' | 'lastName' | 'alias' | 'organization' | 'emails' | 'phones'
>;

/** the values of the contact's `keys.tokens` index, sorted */
export function searchTokens(contact: SearchFields): string[] {
	const words: string[] = [];
	for (const field of [contact.firstName, contact.lastName, contact.alias, contact.organization]) {
		words.push(...textTokens(foldText(field), 'index'));
	}
	const tokens = new Set(words.slice(0, MAX_NAME_WORDS).map(cap));
	for (const email of contact.emails) {
		const whole = emailToken(email.value);
		if (whole === '') continue;
		tokens.add(whole);
		const local = foldText(emailKey(email.value)).replace(/@[^@]*$/, '');
		for (const part of wordsOf(local)) tokens.add(cap(part));
	}
	for (const phone of contact.phones) {
		const international = phoneToken(phone.value);
		if (international !== '') tokens.add(international);
		const national = nationalDigits(phone.value);
		if (national !== '') tokens.add(national);
	}
	return withoutPrefixes(tokens);
}

/**
 * the token a stored e-mail is indexed under (folded, cut to MAX_TOKEN_LENGTH). a contact holding the
 * address has a token that starts with it, so `startsWith` on it finds every holder (and maybe a few
 * more, to be checked).
 */
export function emailToken(email: string): string {
	return cap(foldText(emailKey(email)));
}

/** the token a stored E.164 phone is indexed under: its digits, `+4915…` → `4915…` */
export function phoneToken(e164: string): string {
	return e164.replace(NON_DIGITS, '');
}

// the national form's digits cost a full parse and format (~25 µs), too much for every phone of a
// million-row import. within one calling code, numbers of the same length and the same first four
// digits share a formatting rule, so the digits the national form puts before the national number
// (the trunk prefix: '0' in germany, '' in italy or the us) are learnt once per such group and
// checked on the way: a group whose national form is not "prefix + national number" (argentina
// inserts a 15 in mobiles) is always formatted in full.
const trunkPrefixes = new Map<string, string | null>();
const MAX_REMEMBERED = 50_000;

function nationalDigits(e164: string): string {
	const callingCode = callingCodeOf(e164);
	if (callingCode === '') return '';
	const national = e164.slice(1 + callingCode.length);
	const group = `${callingCode}:${national.length}:${national.slice(0, 4)}`;
	const prefix = trunkPrefixes.get(group);
	if (typeof prefix === 'string') return prefix + national;
	const formatted = formatPhoneNational(e164).replace(NON_DIGITS, '');
	if (prefix === undefined) {
		if (trunkPrefixes.size >= MAX_REMEMBERED) trunkPrefixes.clear();
		trunkPrefixes.set(
			group,
			formatted.endsWith(national) ? formatted.slice(0, formatted.length - national.length) : null
		);
	}
	return formatted;
}
