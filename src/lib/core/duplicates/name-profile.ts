// a name as duplicate detection reads it: folded words, the forms the nickname table and e-mail
// addresses use, and its phonetic codes. names repeat a lot in a contact book and the phonetic
// codes are the costly part, so the profiles are kept in a bounded cache.

import { foldText } from '../fold';
import { nicknameGroups } from './nicknames';
import { kolnerPhonetik, metaphone } from './phonetic';

export interface NameProfile {
	/** as the contact holds it, for the reasons */
	raw: string;
	/** folded words: `Jean-Pierre` → ['jean', 'pierre'], `J. P.` → ['j', 'p'] */
	tokens: string[];
	/** the words run together: 'jeanpierre'; '' when there is no name */
	compact: string;
	/** the words joined by '-', the form the nickname table uses: 'jean-pierre' */
	joined: string;
	/** every word is a single letter: `J.`, `J.-P.`, and `JP` in capitals */
	initials: boolean;
	/** `compact` with umlauts written out (`müller` → `mueller`), as e-mail addresses write them */
	spelledOut: string;
	/** the nickname groups of `joined` and `compact` (see nicknames.ts) */
	nicknames: readonly number[];
	kolner: string;
	metaphone: string[];
}

const SEPARATORS = /[\s\-–.,'’`/()]+/;
const CAPITAL_INITIALS = /^[A-Z]{2,3}$/;
const HAS_UMLAUT = /[äöüÄÖÜ]/;
const UMLAUT = /[äöü]/g;
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const NOT_LETTER = /[^a-z]/g;

const cache = new Map<string, NameProfile>();
const CACHE_LIMIT = 50_000;

export function nameProfile(raw: string): NameProfile {
	const cached = cache.get(raw);
	if (cached) return cached;
	let tokens = foldText(raw)
		.split(SEPARATORS)
		.filter((token) => token !== '');
	// `JP` or `HJ` in capitals is a pair of initials, not a name
	if (CAPITAL_INITIALS.test(raw.trim())) tokens = [...tokens.join('')];
	const compact = tokens.join('');
	const joined = tokens.join('-');
	const profile: NameProfile = {
		raw,
		tokens,
		compact,
		joined,
		initials: tokens.length > 0 && tokens.every((token) => token.length === 1),
		spelledOut: HAS_UMLAUT.test(raw) ? spellOutUmlauts(raw) : compact,
		nicknames: [...new Set([...nicknameGroups(joined), ...nicknameGroups(compact)])],
		kolner: kolnerPhonetik(compact),
		metaphone: metaphone(compact)
	};
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(raw, profile);
	return profile;
}

function spellOutUmlauts(name: string): string {
	const written = name.toLowerCase().replace(UMLAUT, (umlaut) => UMLAUTS[umlaut] ?? umlaut);
	return foldText(written).replace(NOT_LETTER, '');
}
