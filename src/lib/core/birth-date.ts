// birth dates are kept as text so that a date without a year (`--MM-DD`, as vCard writes it) is
// possible and no time zone can shift a day.

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const WITHOUT_YEAR = /^--(\d{2})-(\d{2})$/;

/** true for a real calendar date as `YYYY-MM-DD` (years 0001–9999) or `--MM-DD` */
export function isBirthDate(value: string): boolean {
	const full = FULL.exec(value);
	if (full) {
		const year = Number(full[1]);
		return year >= 1 && isDay(year, Number(full[2]), Number(full[3]));
	}
	const partial = WITHOUT_YEAR.exec(value);
	// a leap year, so that 29 february stays possible when the year is unknown
	return partial !== null && isDay(2000, Number(partial[1]), Number(partial[2]));
}

function isDay(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) {
		const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
		return leap ? 29 : 28;
	}
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
