// every weight of evidence in one place. a weight is in bits: log2 of how much likelier an
// agreement (or a disagreement) is between two records of one person than between two different
// people of one contact book. the figures are round on purpose: judgement, checked against the
// FEBRL records and the generator's data (tests/unit/core/duplicates/febrl.test.ts and docs/
// benchmarks.md), not fitted to either.

import type { NameLevel } from './names';

export const LAST_NAME_BITS: Readonly<Record<NameLevel, number>> = {
	exact: 7,
	nickname: 5,
	// one word of a double name: Müller / Müller-Lüdenscheidt
	part: 4,
	initial: 1.5,
	phonetic: 5.5,
	typo: 5,
	weak: 2,
	// surnames change with marriage, and files mix them up
	different: -2.5,
	missing: 0
};

export const FIRST_NAME_BITS: Readonly<Record<NameLevel, number>> = {
	exact: 5,
	nickname: 4,
	// Jean / Jean-Pierre
	part: 3.5,
	// about one first name in fifteen fits an initial
	initial: 3,
	phonetic: 4,
	typo: 3.5,
	weak: 1,
	// a middle name used, a nickname the table lacks
	different: -2.5,
	missing: 0
};

/**
 * a crosswise part compares a first name with a last name: it weighs in between, so that the
 * comparison is the same whichever contact comes first
 */
export const CROSS_NAME_BITS = Object.fromEntries(
	(Object.keys(FIRST_NAME_BITS) as NameLevel[]).map((level) => [
		level,
		(FIRST_NAME_BITS[level] + LAST_NAME_BITS[level]) / 2
	])
) as Readonly<Record<NameLevel, number>>;

/** crosswise matches are a little less likely than straight ones */
export const SWAP_PENALTY = 1;

/**
 * a matching name says less the more namesakes the contact book holds: of c people called Anna
 * Meier, a given two are one person about 1/c as often. the name weights above are set for
 * NAMESAKE_REFERENCE namesakes; each doubling of the count takes a bit off, each halving adds one,
 * within NAMESAKE_BITS.
 */
export const NAMESAKE_REFERENCE = 4;
export const NAMESAKE_BITS = { min: -6, max: 2 } as const;

export function namesakeBits(namesakes: number): number {
	const bits = Math.log2(NAMESAKE_REFERENCE / Math.max(1, namesakes));
	return Math.min(NAMESAKE_BITS.max, Math.max(NAMESAKE_BITS.min, bits));
}

export const BITS = {
	// one day in some 25,000 of a lifetime, less for placeholder dates (01.01.)
	birthSame: 13,
	// a year-less date (`--05-17`) that matches: day and month only
	birthSameWithoutYear: 6,
	// one digit wrong, or day and month swapped
	birthSimilar: 4,
	// birth dates are mistyped and filled with placeholders often enough that a different one does
	// not rule a pair out
	birthDifferent: -2,

	// one household: two strangers rarely share one, even in a city of namesakes
	streetSame: 8,
	// a typo in the street, or a line one of the two lacks: still one household
	streetSimilar: 7,
	// the same street, a house number one typo away (`135` / `315`)
	streetNumberTypo: 4,
	// the same street, one address without its house number
	streetNoNumber: 3.5,
	// the same street with another house number: neighbours, or a number typed wrong
	streetOtherNumber: 1.5,
	// the same street line in another place: a common street name, not a household
	streetElsewhere: 1,

	// a postcode lies in one city and a city in one region: the most precise agreement counts
	postcodeSame: 3.5,
	citySame: 2.5,
	// a postcode or a city one typo away
	placeSimilar: 2,
	regionSame: 1,
	// a postcode and a city that both agree: typed twice without a slip
	placeBoth: 1,
	// people move: another place says little
	placeDifferent: -1,
	countryDifferent: -2,

	// a number read with the wrong country prefix
	phoneTail: 8,
	// the same local part at another provider, one the person chose (`schnuffi`)
	emailLocalPart: 7,
	// the same name and number (`anna.mueller84`): namesakes pick the year of birth, or a number
	// a provider offered, more often than one would think
	emailLocalNameNumber: 3,
	// the same local part that is only the name (see localKind): the name has been counted, but
	// of two namesakes few write their address the same way
	emailLocalName: 1.5,
	// the same name-only local part at the same provider, spelled otherwise (`anna.meier@web.de` /
	// `annameier@web.de`, `meier.anna@web.de`): of two namesakes, few use one provider, and the
	// second could not have had the first's address
	emailLocalNameSameDomain: 4,
	// two values of a unique identifier that differ by more than a typo
	uniqueDifferent: -2
} as const;
