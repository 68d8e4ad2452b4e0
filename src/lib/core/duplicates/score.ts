// one pair, all evidence together: a shared identifier decides on its own (score 1); otherwise the
// bits of evidence of names, birth date, address and near identifiers add up (a fellegi–sunter /
// naive-bayes sum, see weights.ts) and a logistic curve turns the sum into a score below 1.

import type { Contact } from '../contact';
import { compareAddress, maxPlaceBits } from './address';
import { compareBirth } from './birth';
import { compareNearIdentifiers, exactReasons, isExactPair } from './identifiers';
import { compareNames } from './names';
import { profileOf, type Profile } from './profile';
import type { DuplicateOptions, PairScore } from './types';
import { BITS } from './weights';

/**
 * the score from which a pair is suggested, one value for every contact book. at 0.8 (19.5 bits)
 * a fuzzy pair needs a matching name and one strong fact more (birth date, street, a near phone or
 * e-mail), or a near name and two: a same name (12 bits) with a same birth date (13) passes, a same
 * name in the same postcode and city (16.5) does not.
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.8;

// the sum at which the score is 0.5, and how many bits double the odds the score stands for
const EVEN_BITS = 15.5;
const BITS_PER_DOUBLING = 2;
// a fuzzy pair stays below an exact one however much agrees
const MAX_FUZZY_SCORE = 0.99;

export function scoreFromBits(bits: number): number {
	const score = 1 / (1 + 2 ** (-(bits - EVEN_BITS) / BITS_PER_DOUBLING));
	return Math.round(Math.min(MAX_FUZZY_SCORE, score) * 1e4) / 1e4;
}

/** the bits a pair needs to reach `score` (the inverse of scoreFromBits) */
export function bitsForScore(score: number): number {
	if (score <= 0) return -Infinity;
	if (score >= 1) return Infinity;
	return EVEN_BITS - BITS_PER_DOUBLING * Math.log2(1 / score - 1);
}

/**
 * `bits => scoreFromBits(bits) < threshold`, working the score out only near the threshold: a scan
 * asks this of millions of candidates, most of them far below it
 */
export function scoresBelow(threshold: number): (bits: number) => boolean {
	if (threshold <= 0) return () => false;
	// the score is rounded, so a sum a little below bitsForScore may still reach the threshold: from
	// a sum that scores below it, every smaller one does too
	let low = bitsForScore(threshold);
	while (low > -Infinity && scoreFromBits(low) >= threshold) low -= 0.01;
	return (bits) => bits <= low || scoreFromBits(bits) < threshold;
}

/**
 * the score of two profiles without the reasons: what a scan computes for every candidate. with a
 * `threshold` it gives up (0) as soon as the pair cannot reach it: most candidates are strangers
 * whose names and birth dates already disagree, and their addresses need not be looked at.
 */
export function scoreProfiles(a: Profile, b: Profile, threshold = 0): number {
	if (isExactPair(a, b)) return 1;
	const bits = compareNames(a, b) + compareBirth(a.birth, b.birth) + compareNearIdentifiers(a, b);
	const needed = bitsForScore(threshold) - 1e-9;
	const most = bits + maxPlaceBits(a, b);
	// the street lines count only when they can make the difference: a scan's profiles work theirs
	// out on first use (see profile-store.ts)
	if (most < needed && (most + BITS.streetSame < needed || !a.street || !b.street)) return 0;
	return scoreFromBits(bits + compareAddress(a, b));
}

/** score and reasons of two profiles: the exact reasons first, then names, birth date, the rest */
export function compareProfiles(a: Profile, b: Profile): PairScore {
	const reasons = exactReasons(a, b);
	const exact = reasons.length > 0;
	let bits = compareNames(a, b, reasons);
	bits += compareBirth(a.birth, b.birth, reasons);
	bits += compareNearIdentifiers(a, b, reasons);
	bits += compareAddress(a, b, reasons);
	return { score: exact ? 1 : scoreFromBits(bits), reasons };
}

/**
 * how likely two contacts are one person, and why: for "Possible duplicate" on a contact's page,
 * and for the candidates a worker finds through blocking keys
 */
export function comparePair(a: Contact, b: Contact, opts: DuplicateOptions = {}): PairScore {
	const uniqueFields = opts.uniqueFields ?? [];
	return compareProfiles(profileOf(a, uniqueFields), profileOf(b, uniqueFields));
}
