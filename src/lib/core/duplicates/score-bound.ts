// the most a candidate pair can score, from what a scan holds of each contact without its profile:
// the name parts, the birth date and the place (kept once for the many contacts that share them,
// see profile-store.ts), two flags, and the kinds of the blocks the two share (key-kinds.ts). most
// candidates of a big book are strangers who share a birthday, a house number or the sound of a
// name, and this rules them out; only the few it cannot rule out get their profiles and the full
// comparison (scoreProfiles), so that a scan makes no profile for most of its candidates.
//
// every part is an upper bound of its part of scoreProfiles: names and birth dates as they are
// weighed, the place as compareAddress weighs it with the street lines at their best, and the near
// identifiers at their best when the blocks say they may agree. so a pair it rules out scores below
// the threshold, and the scan finds the same pairs as before. each part is symmetric, so the two
// contacts may come in either order.

import { addressBound, type PlaceFields } from './address';
import { compareBirth, type BirthProfile } from './birth';
import { EXACT_KEY, LOCAL_KEY, TAIL_KEY } from './key-kinds';
import type { NameProfile } from './name-profile';
import { compareNames, namesBound } from './names';
import { BITS } from './weights';

export interface PairSketch {
	first: NameProfile;
	last: NameProfile;
	/** see Profile.namesakes */
	namesakes: number;
	birth: BirthProfile | undefined;
	place: PlaceFields;
	/** the contact has a street line */
	street: boolean;
	/** the contact has an e-mail local part worth comparing (see specificLocalPart) */
	locals: boolean;
}

/** a bit for each kind of key (key-kinds.ts) that two contacts share */
export function kindBit(kind: number): number {
	return 1 << kind;
}

const NEVER_BELOW = (): boolean => false;

// a local part one of the two wrote as their name only, at another provider, needs no shared key
const LOCAL_WITHOUT_KEY = BITS.emailLocalName;
const LOCAL_MOST = Math.max(
	BITS.emailLocalPart,
	BITS.emailLocalNameNumber,
	BITS.emailLocalName,
	BITS.emailLocalNameSameDomain
);

/**
 * the most bits of evidence two contacts can have, given the kinds of key they share (`shared`,
 * kindBit of each); Infinity for an exact pair. the names, the costly part, are compared last, and
 * only when the rest with the best names is not `below` the threshold (see scoresBelow): otherwise
 * that sum is the bound
 */
export function boundBits(
	a: PairSketch,
	b: PairSketch,
	shared: number,
	below: (bits: number) => boolean = NEVER_BELOW
): number {
	if ((shared & kindBit(EXACT_KEY)) !== 0) return Infinity;
	let bits = compareBirth(a.birth, b.birth);
	// the last digits of a phone: only two contacts that share a t: key have them in common
	if ((shared & kindBit(TAIL_KEY)) !== 0) bits += BITS.phoneTail;
	// a local part: l: and d: keys stand for all but a name-only one at another provider
	if ((shared & kindBit(LOCAL_KEY)) !== 0) bits += LOCAL_MOST;
	else if (a.locals && b.locals) bits += LOCAL_WITHOUT_KEY;
	bits += addressBound(a.place, b.place, a.street && b.street);
	// most candidates of a name block are namesakes born on other days and living elsewhere
	const loose = bits + namesBound(a, b);
	if (below(loose)) return loose;
	return bits + compareNames(a, b);
}
