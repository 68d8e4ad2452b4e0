// birth dates: the same day is strong evidence, a typo'd one some, a different one a little
// against. dates come as core stores them (`YYYY-MM-DD` or `--MM-DD`, see birth-date.ts).

import { withinOneEdit } from './similarity';
import type { Reason } from './types';
import { BITS } from './weights';

export interface BirthProfile {
	raw: string;
	/** '' when the year is unknown */
	year: string;
	month: string;
	day: string;
	/** year, month and day run together, for counting the digits that differ */
	digits: string;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

export function birthProfile(raw: string): BirthProfile | undefined {
	const full = FULL_DATE.exec(raw);
	if (full) {
		const [, year = '', month = '', day = ''] = full;
		return { raw, year, month, day, digits: year + month + day };
	}
	const partial = NO_YEAR.exec(raw);
	if (partial) {
		const [, month = '', day = ''] = partial;
		return { raw, year: '', month, day, digits: month + day };
	}
	return undefined;
}

export function compareBirth(
	a: BirthProfile | undefined,
	b: BirthProfile | undefined,
	reasons?: Reason[]
): number {
	if (!a || !b) return 0;
	const sameDay = a.month === b.month && a.day === b.day;
	if (a.year === '' || b.year === '') {
		if (!sameDay) return BITS.birthDifferent;
		reasons?.push({ code: 'same-birth-date', values: [a.raw, b.raw] });
		return BITS.birthSameWithoutYear;
	}
	if (sameDay && a.year === b.year) {
		reasons?.push({ code: 'same-birth-date', values: [a.raw, b.raw] });
		return BITS.birthSame;
	}
	const swapped = a.year === b.year && a.month === b.day && a.day === b.month;
	if (swapped || withinOneEdit(a.digits, b.digits)) {
		reasons?.push({ code: 'similar-birth-date', values: [a.raw, b.raw] });
		return BITS.birthSimilar;
	}
	return BITS.birthDifferent;
}
