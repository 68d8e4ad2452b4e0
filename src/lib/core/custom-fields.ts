// what a person types into a custom field (or a file cell mapped to one) becomes a typed value here.
// the rules accept the ways people in our three languages write numbers, dates and yes/no, and refuse
// what could be read two ways instead of guessing.

import { isBirthDate } from './birth-date';
import type { CustomFieldType, CustomValue } from './contact';
import { foldText } from './fold';
import { MAX_FIELD_LENGTH, cleanLine } from './text';

export const CUSTOM_ERRORS = [
	'custom.number_invalid',
	'custom.number_ambiguous',
	'custom.date_invalid',
	'custom.boolean_invalid',
	'custom.choice_invalid',
	'field.too_long'
] as const;

export type CustomError = (typeof CUSTOM_ERRORS)[number];

export interface CustomFieldSpec {
	type: CustomFieldType;
	/** the allowed values of a 'choice' field, as they are shown */
	options?: readonly string[];
}

export type ParseCustomResult =
	{ ok: true; value: CustomValue } | { ok: false; error: CustomError };

/** the typed value of `raw` for the field; blank is null (no value) for every type */
export function parseCustomValue(field: CustomFieldSpec, raw: string): ParseCustomResult {
	const text = cleanLine(raw);
	if (text.length > MAX_FIELD_LENGTH) return { ok: false, error: 'field.too_long' };
	if (text === '') return { ok: true, value: null };
	switch (field.type) {
		case 'text':
			return { ok: true, value: text };
		case 'number':
			return parseNumber(text);
		case 'date':
			return parseDate(text);
		case 'boolean':
			return parseBoolean(text);
		case 'choice':
			return parseChoice(field.options ?? [], text);
	}
}

// spaces (also the no-break and thin ones that locales format with) and apostrophes (swiss) group
// thousands; they never carry a decimal point, so they are simply dropped.
const GROUPING = /[\s\u00a0\u202f\u2009']/g;
const NUMBER = /^[+-]?[\d.,]*\d[\d.,]*$/;

function parseNumber(text: string): ParseCustomResult {
	const compact = text.replace(GROUPING, '').replace(/^\u2212/, '-');
	if (!NUMBER.test(compact)) return { ok: false, error: 'custom.number_invalid' };
	const sign = compact.startsWith('-') ? -1 : 1;
	const body = compact.replace(/^[+-]/, '');
	const lastDot = body.lastIndexOf('.');
	const lastComma = body.lastIndexOf(',');
	let decimal: '.' | ',' | undefined;
	if (lastDot >= 0 && lastComma >= 0) {
		// both: the later one is the decimal point, `1.234,5` and `1,234.5`
		decimal = lastDot > lastComma ? '.' : ',';
	} else if (lastDot >= 0 || lastComma >= 0) {
		const separator = lastDot >= 0 ? '.' : ',';
		const count = body.split(separator).length - 1;
		if (count > 1) {
			// `1.234.567`: only thousands are written with a repeated separator
			decimal = undefined;
		} else if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(body)) {
			// `1,234` is 1234 in english and 1.234 in german: a guess would silently be off by 1000
			return { ok: false, error: 'custom.number_ambiguous' };
		} else {
			decimal = separator;
		}
	}
	const [integer = '', fraction] = decimal === undefined ? [body] : splitLast(body, decimal);
	const grouping = decimal === '.' ? ',' : decimal === ',' ? '.' : (body.match(/[.,]/)?.[0] ?? '');
	if (fraction !== undefined && !/^\d+$/.test(fraction)) {
		return { ok: false, error: 'custom.number_invalid' };
	}
	if (!validGrouping(integer, grouping)) return { ok: false, error: 'custom.number_invalid' };
	const digits = grouping === '' ? integer : integer.split(grouping).join('');
	const value = sign * Number(`${digits || '0'}.${fraction ?? '0'}`);
	return Number.isFinite(value)
		? { ok: true, value: value === 0 ? 0 : value }
		: { ok: false, error: 'custom.number_invalid' };
}

function splitLast(text: string, separator: string): [string, string] {
	const at = text.lastIndexOf(separator);
	return [text.slice(0, at), text.slice(at + 1)];
}

// `1,234,567` or `1234567`, not `12,34` or `1,,2`
function validGrouping(integer: string, grouping: string): boolean {
	if (grouping === '' || !integer.includes(grouping)) return /^\d*$/.test(integer);
	const groups = integer.split(grouping);
	const [first = '', ...rest] = groups;
	return /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// day first, as written in germany (`3.5.2026`) and france (`03/05/2026`)
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

function parseDate(text: string): ParseCustomResult {
	const iso = ISO_DATE.exec(text);
	const dayFirst = iso ? null : DAY_FIRST.exec(text);
	const parts = iso
		? [iso[1], iso[2], iso[3]]
		: dayFirst
			? [dayFirst[3], dayFirst[2], dayFirst[1]]
			: [];
	const [year, month, day] = parts;
	if (year === undefined || month === undefined || day === undefined) {
		return { ok: false, error: 'custom.date_invalid' };
	}
	// one separator per date: `3.5/2026` is a typo, not a date
	if (dayFirst && text.includes('.') && text.includes('/')) {
		return { ok: false, error: 'custom.date_invalid' };
	}
	const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isBirthDate(value) ? { ok: true, value } : { ok: false, error: 'custom.date_invalid' };
}

// en, de and fr words, and the marks spreadsheets use for a ticked box
const TRUE_WORDS = new Set([
	'yes',
	'y',
	'true',
	'1',
	'x',
	'ja',
	'j',
	'oui',
	'o',
	'vrai',
	'wahr',
	'✓',
	'✔'
]);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'faux', 'falsch']);

function parseBoolean(text: string): ParseCustomResult {
	const word = foldText(text);
	if (TRUE_WORDS.has(word)) return { ok: true, value: true };
	if (FALSE_WORDS.has(word)) return { ok: true, value: false };
	return { ok: false, error: 'custom.boolean_invalid' };
}

// the option exactly as typed wins, then one that differs in case, then in accents: two options may
// differ only in accents (`Müller`, `Muller`), and the one the user typed must not lose to the other.
function parseChoice(options: readonly string[], text: string): ParseCustomResult {
	const lower = text.toLowerCase();
	const folded = foldText(text);
	const match =
		options.find((option) => option === text) ??
		options.find((option) => option.toLowerCase() === lower) ??
		options.find((option) => foldText(option) === folded);
	return match === undefined
		? { ok: false, error: 'custom.choice_invalid' }
		: { ok: true, value: match };
}
