// derived keys are plain strings so that IndexedDB can sort and range-scan them; IndexedDB compares
// code units, so everything that should sort together has to be folded to the same letters here.

import type { Contact, ContactKeys } from './contact';
import { emailKey } from './email';
import { callingCodeOf } from './phone';

// letters that are not a base letter plus a combining mark, so NFD leaves them alone
const SPECIAL_LETTERS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	ħ: 'h',
	ı: 'i',
	þ: 'th'
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}/gu;
const SPACES = /\s+/g;

/** the fields the keys are derived from */
export type KeyedFields = Pick<
	Contact,
	'firstName' | 'lastName' | 'alias' | 'organization' | 'emails' | 'phones'
>;

/** lower-case, without accents, `ß` → `ss`, trimmed, inner spaces collapsed: `  Ärger  Straße ` → `arger strasse` */
export function foldText(s: string): string {
	return s
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.replace(SPACES, ' ')
		.trim();
}

/**
 * the sort name is the folded "last first"; a contact without a name sorts by what the list shows
 * instead of it: the alias, then the organization, then the primary e-mail, then the primary phone.
 * so an organization-only contact sits among people under its own name rather than at the top.
 */
export function sortName(contact: KeyedFields): string {
	const candidates = [
		`${contact.lastName} ${contact.firstName}`,
		contact.alias,
		contact.organization,
		contact.emails[0]?.value ?? '',
		contact.phones[0]?.value ?? ''
	];
	for (const candidate of candidates) {
		const folded = foldText(candidate);
		if (folded !== '') return folded;
	}
	return '';
}

export function contactKeys(contact: KeyedFields): ContactKeys {
	const phone = contact.phones[0]?.value ?? '';
	const email = contact.emails[0]?.value ?? '';
	return {
		name: sortName(contact),
		email: email === '' ? '' : emailKey(email),
		phone,
		callingCode: phone === '' ? '' : callingCodeOf(phone)
	};
}
