// the forms of an e-mail address that duplicate detection compares: the mailbox (what receives
// the mail) and the local part (what the person chose to be called at any provider).

import { emailKey } from '../email';
import { foldText } from '../fold';
import type { NameProfile } from './name-profile';

// providers where two spellings of an address reach one mailbox: gmail ignores dots and `+tags`
// in the local part, and googlemail.com is the same service
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * the form in which two addresses of one mailbox are equal: lower-case, and for gmail without dots
 * and `+tag`. other providers differ in what they ignore, so only case is forgiven there.
 */
export function mailboxKey(address: string): string {
	const key = emailKey(address);
	const at = key.lastIndexOf('@');
	if (at < 0 || !GMAIL_DOMAINS.has(key.slice(at + 1))) return key;
	const local = key.slice(0, at).split('+')[0] ?? '';
	return `${local.replaceAll('.', '')}@gmail.com`;
}

// addresses that a team shares or that every company has: the same local part at two domains says
// nothing about the person
const ROLE_LOCAL_PARTS = new Set([
	'info',
	'contact',
	'kontakt',
	'office',
	'buero',
	'bureau',
	'mail',
	'email',
	'hello',
	'hallo',
	'bonjour',
	'admin',
	'sales',
	'support',
	'service',
	'team',
	'post',
	'noreply',
	'webmaster',
	'accueil',
	'verwaltung',
	'secretariat',
	'sekretariat'
]);

const LOCAL_SEPARATORS = /[._-]/g;
const DIGIT = /\d/;
const NOT_LETTER = /[^a-z]/g;

const TRAILING_DIGITS = /\d*$/;

/**
 * the local part of a mailbox without `+tag` and separators (`anna_mueller84` and `anna.mueller84`
 * are one person's spellings) when it can name someone, else '' (`info`, `a1`). the letters are
 * turned to their first rotation in alphabetical order, so that the two orders of a name meet:
 * `mueller.anna` and `anna.mueller` are one person's spellings as well, and a number at the end
 * stays at the end (`mueller.anna84` / `annamueller84`).
 */
export function specificLocalPart(mailbox: string): string {
	const local = mailbox.slice(0, mailbox.lastIndexOf('@')).split('+')[0] ?? '';
	const bare = local.replace(LOCAL_SEPARATORS, '');
	if (bare.length < 5 || ROLE_LOCAL_PARTS.has(bare)) return '';
	const digits = TRAILING_DIGITS.exec(bare)?.[0] ?? '';
	return firstRotation(bare.slice(0, bare.length - digits.length)) + digits;
}

/** the domain of a mailbox: `web.de` */
export function mailDomain(mailbox: string): string {
	return mailbox.slice(mailbox.lastIndexOf('@') + 1);
}

// the smallest of the rotations of `text` (`meieranna` → `ameierann`, and `annameier` too); local
// parts are short, so trying each rotation costs nothing worth a cleverer algorithm. the rotations
// are compared where they stand, letter by letter, and only the smallest is made: a scan of a
// million contacts works this out for each of their addresses
export function firstRotation(text: string): string {
	const n = text.length;
	let best = 0;
	for (let i = 1; i < n; i++) {
		for (let k = 0; k < n; k++) {
			const x = text.charCodeAt((i + k) % n);
			const y = text.charCodeAt((best + k) % n);
			if (x === y) continue;
			if (x < y) best = i;
			break;
		}
	}
	return best === 0 ? text : text.slice(best) + text.slice(0, best);
}

/**
 * what the local part of an address is made of. `name`: nothing but the person's name
 * (`anna.mueller`, `amueller`, `mueller.anna`), which two namesakes pick at two providers, so it
 * says no more than the name does. `name-number`: the name and a number (`anna.mueller84`), which
 * namesakes share less often. `own`: anything else (`schnuffi`), the person's own choice.
 */
export type LocalKind = 'name' | 'name-number' | 'own';

export function localKind(mailbox: string, first: NameProfile, last: NameProfile): LocalKind {
	const local = mailbox.slice(0, mailbox.lastIndexOf('@'));
	const letters = foldText(local).replace(NOT_LETTER, '');
	// people write `müller` as `mueller` in an address
	const isName =
		letters !== '' &&
		(isNameForm(letters, first.compact, last.compact) ||
			isNameForm(letters, first.spelledOut, last.spelledOut));
	if (!isName) return 'own';
	return DIGIT.test(local) ? 'name-number' : 'name';
}

function isNameForm(letters: string, first: string, last: string): boolean {
	if (first + last === '') return false;
	if (letters === first || letters === last) return true;
	if (letters === first + last || letters === last + first) return true;
	if (first === '' || last === '') return false;
	const initial = first.slice(0, 1);
	return letters === initial + last || letters === last + initial || letters === first + last[0];
}
