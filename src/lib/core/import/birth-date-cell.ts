// a birth date as files hold it, read into the stored form (`YYYY-MM-DD` or `--MM-DD`).
//
// decisions:
// - iso (`1984-07-31`), vcard (`19840731`, `--07-31`, `--0731`), german (`31.07.1984`, `31.07.`),
//   french and english (`31/07/1984`), month names in en/de/fr (`31 July 1984`, `31. Juli 1984`,
//   `1er juillet 1984`, `Jul 31, 1984`, `31-Jul-84`) and excel serial numbers (`30894`) are read.
// - a date with dots or dashes is day first. a date with slashes is read the only way it is a real
//   date (`07/31/1984` can only be july 31); when both readings are real (`05/06/1984`), the
//   default country's convention decides: month first in the US and the countries that write like
//   it, day first elsewhere. in a country that writes both (canada), or with no country, such a
//   date is refused as ambiguous rather than guessed. the mapping screen previews every reading.
// - a two-digit year is the latest year that is not in the future (`84` → 1984, `05` → 2005): a
//   birth date is never in the future.
// - outlook writes `0/0/00` or `0.0.00` for "no birthday": that is an empty cell, not an error.
// - a four-digit number alone is a year, not an excel serial (serial 1984 is 6 june 1905): refused.

import { isBirthDate } from '../birth-date';
import { foldText } from '../fold';

export const BIRTH_DATE_ERRORS = [
	'birthDate.invalid',
	'birthDate.ambiguous',
	'birthDate.year_only'
] as const;
export type BirthDateError = (typeof BIRTH_DATE_ERRORS)[number];

export type BirthDateCellResult =
	{ ok: true; value: string } | { ok: false; error: BirthDateError };

export interface BirthDateCellOptions {
	/** ISO 3166-1 alpha-2: whose convention reads an ambiguous `a/b/yyyy` */
	defaultCountry: string;
	/** ms since epoch, for the century of a two-digit year; Date.now() when absent */
	now?: number;
}

const MONTH_FIRST = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'FM', 'MH', 'PW', 'PH']);
const MIXED_ORDER = new Set(['CA']);

const EMPTY_DATE = /^0{1,2}([./-])0{1,2}\1(?:0{2}|0{4})$/;
const YEAR_FIRST =
	/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const COMPACT = /^(\d{2})(\d{2})(\d{2})(\d{2})$/;
const NO_YEAR = /^--(\d{2})-?(\d{2})$/;
const NUMBERS = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$/;
const SERIAL = /^(\d{1,5})(?:[.,]\d+)?$/;

const MONTHS: Record<string, number> = {};
for (const [month, names] of [
	[1, 'jan january januar janvier janv'],
	[2, 'feb february februar fevrier fevr fev'],
	[3, 'mar march marz mars maerz'],
	[4, 'apr april avril avr'],
	[5, 'may mai'],
	[6, 'jun june juni juin'],
	[7, 'jul july juli juillet juil'],
	[8, 'aug august aout'],
	[9, 'sep sept september septembre'],
	[10, 'oct october okt oktober octobre'],
	[11, 'nov november novembre'],
	[12, 'dec december dez dezember decembre']
] as const) {
	for (const name of names.split(' ')) MONTHS[name] = month;
}

export function readBirthDateCell(raw: string, opts: BirthDateCellOptions): BirthDateCellResult {
	const text = raw.trim();
	if (text === '' || EMPTY_DATE.test(text)) return { ok: true, value: '' };
	if (isBirthDate(text)) return { ok: true, value: text };

	const yearFirst = YEAR_FIRST.exec(text);
	if (yearFirst) return date(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));

	const noYear = NO_YEAR.exec(text);
	if (noYear) return date(undefined, Number(noYear[1]), Number(noYear[2]));

	const compact = COMPACT.exec(text);
	if (compact) return readCompact(compact);

	const numbers = NUMBERS.exec(text);
	if (numbers) return readNumbers(numbers, opts);

	const serial = SERIAL.exec(text);
	if (serial) return readSerial(Number(serial[1]));

	return readMonthName(text, opts);
}

// `19840731` (vcard 4) or `31071984` (typed without dots): whichever is a real date
function readCompact(match: RegExpExecArray): BirthDateCellResult {
	const [, a = '', b = '', c = '', d = ''] = match;
	const asYearFirst = build(Number(a + b), Number(c), Number(d));
	const asDayFirst = build(Number(c + d), Number(b), Number(a));
	const year = Number(a + b);
	if (asYearFirst !== undefined && year >= 1800) return { ok: true, value: asYearFirst };
	if (asDayFirst !== undefined) return { ok: true, value: asDayFirst };
	return { ok: false, error: 'birthDate.invalid' };
}

function readNumbers(match: RegExpExecArray, opts: BirthDateCellOptions): BirthDateCellResult {
	const [, first = '', separator = '', second = '', yearText] = match;
	const a = Number(first);
	const b = Number(second);
	const year = yearText === undefined ? undefined : fullYear(yearText, opts.now);
	const dayFirst = build(year, b, a);
	const monthFirst = build(year, a, b);
	if (dayFirst === undefined && monthFirst === undefined) {
		return { ok: false, error: 'birthDate.invalid' };
	}
	if (dayFirst === undefined || monthFirst === undefined || dayFirst === monthFirst) {
		return { ok: true, value: (dayFirst ?? monthFirst) as string };
	}
	if (separator !== '/') return { ok: true, value: dayFirst };
	const country = opts.defaultCountry.trim().toUpperCase();
	if (MONTH_FIRST.has(country)) return { ok: true, value: monthFirst };
	if (MIXED_ORDER.has(country) || !/^[A-Z]{2}$/.test(country)) {
		return { ok: false, error: 'birthDate.ambiguous' };
	}
	return { ok: true, value: dayFirst };
}

// excel counts days from 1899-12-30 (its day 60 is a 29 february 1900 that never was); numbers
// below 3000 are years of the early 1900s at best, and the four-digit ones are years, not dates
function readSerial(serial: number): BirthDateCellResult {
	if (serial >= 1000 && serial <= 2999) return { ok: false, error: 'birthDate.year_only' };
	if (serial < 3000) return { ok: false, error: 'birthDate.invalid' };
	const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
	return date(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

// `31 July 1984`, `31. Juli 1984`, `1er juillet 1984`, `July 31, 1984`, `31-Jul-84`, `Jul 31`
function readMonthName(text: string, opts: BirthDateCellOptions): BirthDateCellResult {
	const words = foldText(text)
		.replace(/[.,]/g, ' ')
		.split(/[\s/-]+/)
		.filter((word) => word !== '');
	if (words.length < 2 || words.length > 3) return { ok: false, error: 'birthDate.invalid' };
	let month: number | undefined;
	const numbers: string[] = [];
	for (const word of words) {
		const named = MONTHS[word];
		if (named !== undefined && month === undefined) {
			month = named;
			continue;
		}
		const number = /^(\d{1,4})(?:st|nd|rd|th|er|re|e)?$/.exec(word);
		if (!number) return { ok: false, error: 'birthDate.invalid' };
		numbers.push(number[1] ?? '');
	}
	if (month === undefined) return { ok: false, error: 'birthDate.invalid' };
	const [dayText, yearText] =
		numbers.length === 2 && (numbers[0] ?? '').length > 2 ? [numbers[1], numbers[0]] : numbers;
	if (dayText === undefined || dayText.length > 2) return { ok: false, error: 'birthDate.invalid' };
	const year = yearText === undefined ? undefined : fullYear(yearText, opts.now);
	return date(year, month, Number(dayText));
}

function fullYear(text: string, now: number | undefined): number {
	const year = Number(text);
	if (text.length !== 2) return year;
	const thisYear = new Date(now ?? Date.now()).getUTCFullYear();
	const century = Math.floor(thisYear / 100) * 100;
	return century + year <= thisYear ? century + year : century - 100 + year;
}

function date(year: number | undefined, month: number, day: number): BirthDateCellResult {
	const value = build(year, month, day);
	return value === undefined ? { ok: false, error: 'birthDate.invalid' } : { ok: true, value };
}

function build(year: number | undefined, month: number, day: number): string | undefined {
	const mm = String(month).padStart(2, '0');
	const dd = String(day).padStart(2, '0');
	const value =
		year === undefined ? `--${mm}-${dd}` : `${String(year).padStart(4, '0')}-${mm}-${dd}`;
	return isBirthDate(value) ? value : undefined;
}
