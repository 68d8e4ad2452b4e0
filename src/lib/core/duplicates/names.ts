// how alike two names are, part by part (first with first, last with last, or crosswise when they
// were swapped), as a weight of evidence and the reasons a person can check.

import type { NameProfile } from './name-profile';
import { shareGroup } from './nicknames';
import type { Profile } from './profile';
import { isTypo, jaroWinkler, jaroWinklerBound } from './similarity';
import type { Reason } from './types';
import {
	CROSS_NAME_BITS,
	FIRST_NAME_BITS,
	LAST_NAME_BITS,
	SWAP_PENALTY,
	namesakeBits
} from './weights';

export type NameLevel =
	| 'exact'
	| 'nickname'
	| 'part'
	| 'initial'
	| 'phonetic'
	| 'typo'
	| 'weak'
	| 'different'
	| 'missing';

/** how two first names (`first`) or two last names compare */
export function nameLevel(a: NameProfile, b: NameProfile, first: boolean): NameLevel {
	if (a.compact === '' || b.compact === '') return 'missing';
	if (a.compact === b.compact) return 'exact';
	return compareParts(a, b, first);
}

function compareParts(a: NameProfile, b: NameProfile, first: boolean): NameLevel {
	if (a.initials || b.initials) {
		return a.initials !== b.initials && initialsFit(a.initials ? a : b, a.initials ? b : a)
			? 'initial'
			: 'different';
	}
	if (first && shareGroup(a.nicknames, b.nicknames)) return 'nickname';
	if (isPart(a, b) || isPart(b, a)) return 'part';
	const sound = soundAlike(a, b);
	if (sound && sameOnset(a, b)) return 'phonetic';
	// one or two edits leave a similarity well above 0.8, so most pairs of names stop here, and
	// most of them without working the similarity out
	if (jaroWinklerBound(a.compact, b.compact) < 0.8) return 'different';
	const similarity = jaroWinkler(a.compact, b.compact);
	if (similarity < 0.8) return 'different';
	if (sound) return 'phonetic';
	if (similarity >= 0.92 || isTypo(a.compact, b.compact)) return 'typo';
	if (similarity >= 0.85) return 'weak';
	return 'different';
}

// `J.` fits Johannes, `J.-P.` fits Jean-Pierre and `J.` fits it too
function initialsFit(initials: NameProfile, name: NameProfile): boolean {
	for (let i = 0; i < initials.tokens.length; i++) {
		if (name.tokens[i]?.[0] !== initials.tokens[i]) return false;
	}
	return true;
}

// every word of the shorter name is a word of the longer one: Jean / Jean-Pierre
function isPart(short: NameProfile, long: NameProfile): boolean {
	if (short.tokens.length >= long.tokens.length) return false;
	for (const token of short.tokens) {
		if (token.length < 2 || !long.tokens.includes(token)) return false;
	}
	return true;
}

// the same first letter, or the same first sound (Philipp / Filip). names that start with a vowel
// all start with the same sound to double metaphone (Anna / Ina), so those need the letter.
function sameOnset(a: NameProfile, b: NameProfile): boolean {
	if (a.compact[0] === b.compact[0]) return true;
	const onset = a.metaphone[0]?.[0];
	return onset !== undefined && onset !== 'A' && onset === b.metaphone[0]?.[0];
}

function soundAlike(a: NameProfile, b: NameProfile): boolean {
	if (a.kolner !== '' && a.kolner === b.kolner) return true;
	for (const code of a.metaphone) if (code !== '' && b.metaphone.includes(code)) return true;
	return false;
}

/** what compareNames reads of a profile */
export type NamedProfile = Pick<Profile, 'first' | 'last' | 'namesakes'>;

const BEST_SWAP = 2 * CROSS_NAME_BITS.exact - SWAP_PENALTY;

/** the most nameBits gives: both parts equal, straight or crosswise */
const NAME_MOST = Math.max(
	Math.max(...Object.values(FIRST_NAME_BITS)) + Math.max(...Object.values(LAST_NAME_BITS)),
	BEST_SWAP
);

/** the most compareNames can give two profiles, without comparing their names */
export function namesBound(a: NamedProfile, b: NamedProfile): number {
	return Math.max(0, NAME_MOST + namesakeBits(Math.max(a.namesakes, b.namesakes)));
}

/**
 * the bits of evidence of the names of two profiles; the reasons go to `reasons` when it is given
 * (a scan weighs millions of pairs and explains the few it keeps)
 */
export function compareNames(a: NamedProfile, b: NamedProfile, reasons?: Reason[]): number {
	const bits = nameBits(a, b, reasons);
	// a name that agrees counts for less among many namesakes (see namesakeBits)
	return bits > 0 ? bits + namesakeBits(Math.max(a.namesakes, b.namesakes)) : bits;
}

function nameBits(a: NamedProfile, b: NamedProfile, reasons?: Reason[]): number {
	const straightFirst = nameLevel(a.first, b.first, true);
	const straightLast = nameLevel(a.last, b.last, false);
	const straight = FIRST_NAME_BITS[straightFirst] + LAST_NAME_BITS[straightLast];
	if (straight >= BEST_SWAP && !reasons) return straight;
	// a crosswise match needs a name on both sides of it, or `Anna ∅` / `∅ Anna` would count
	const swappedFirst = nameLevel(a.first, b.last, true);
	const swappedLast = nameLevel(a.last, b.first, true);
	const swapped =
		swappedFirst === 'missing' || swappedLast === 'missing'
			? -Infinity
			: CROSS_NAME_BITS[swappedFirst] + CROSS_NAME_BITS[swappedLast] - SWAP_PENALTY;
	if (!reasons) return Math.max(straight, swapped);

	if (swapped > straight) {
		reasons.push({ code: 'names-swapped', values: [fullName(a), fullName(b)] });
		// the swap is the news; that the swapped parts are equal goes without saying
		partReason(reasons, swappedFirst, 'first', a.first, b.last, false);
		partReason(reasons, swappedLast, 'last', a.last, b.first, false);
		return swapped;
	}
	if (straightFirst === 'exact' && straightLast === 'exact') {
		reasons.push({ code: 'same-name', values: [fullName(a), fullName(b)] });
		return straight;
	}
	partReason(reasons, straightLast, 'last', a.last, b.last, true);
	partReason(reasons, straightFirst, 'first', a.first, b.first, true);
	return straight;
}

function partReason(
	reasons: Reason[],
	level: NameLevel,
	part: 'first' | 'last',
	a: NameProfile,
	b: NameProfile,
	sayExact: boolean
): void {
	const values: [string, string] = [a.raw, b.raw];
	switch (level) {
		case 'exact':
			if (sayExact) {
				reasons.push({ code: part === 'first' ? 'same-first-name' : 'same-last-name', values });
			}
			return;
		case 'nickname':
			reasons.push({ code: 'nickname', detail: part, values });
			return;
		case 'part':
			reasons.push({
				code: part === 'first' ? 'nickname' : 'names-look-alike',
				detail: part,
				values
			});
			return;
		case 'initial':
			reasons.push({ code: 'initial', detail: part, values });
			return;
		case 'phonetic':
			reasons.push({ code: 'names-sound-alike', detail: part, values });
			return;
		case 'typo':
		case 'weak':
			reasons.push({ code: 'names-look-alike', detail: part, values });
			return;
		default:
			return;
	}
}

function fullName(profile: NamedProfile): string {
	return [profile.first.raw, profile.last.raw].filter((part) => part !== '').join(' ');
}
