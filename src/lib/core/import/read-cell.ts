// one cell read for its column's target: the same reading builds a contact from a row
// (row-to-contact.ts) and shows the user what a sample value becomes (preview-column.ts), so the
// mapping screen never promises what the import then does differently.

import type { CustomValue, PhoneKind, Subscription } from '../contact';
import { parseCustomValue, type CustomFieldSpec } from '../custom-fields';
import { emailKey, normalizeEmail } from '../email';
import { unguardCell } from '../export/guard';
import { splitListNames } from '../list-names';
import { normalizePhone } from '../phone';
import { cleanLine, cleanMultiline, excerpt, isTooLong } from '../text';
import { readBirthDateCell } from './birth-date-cell';
import { countryFromCell, phoneCountryFromCell } from './country-code';
import { phoneKindFromLabel } from './phone-kind-label';
import { splitEmails, splitPhones } from './split-values';
import { readSubscriptionCell } from './subscription-cell';
import type { ColumnTarget, ContactColumnField } from './types';

/** the one-line text fields a column can fill as they are */
export type TextField = Exclude<
	ContactColumnField,
	'fullName' | 'birthDate' | 'country' | 'subscription' | 'unsubscribed'
>;

/** a problem with one value; rowToContact adds the column and the field's index */
export interface CellProblem {
	value: string;
	error: string;
}

export type CellReading =
	| { kind: 'empty' }
	| { kind: 'error'; problem: CellProblem }
	| { kind: 'text'; field: TextField; value: string }
	| { kind: 'fullName'; value: string }
	| { kind: 'birthDate'; value: string }
	| { kind: 'country'; value: string }
	| { kind: 'subscription'; value: Subscription }
	/** the values that were read, and a problem per value that was not */
	/** a phone's kind is undefined when neither its column nor its type cell names one */
	| {
			kind: 'phones';
			phones: { value: string; kind: PhoneKind | undefined }[];
			problems: CellProblem[];
	  }
	| { kind: 'emails'; emails: string[]; problems: CellProblem[] }
	| { kind: 'custom'; key: string; value: CustomValue }
	/** list names, in order, each once */
	| { kind: 'lists'; names: string[] }
	| { kind: 'countryCode'; value: string }
	| { kind: 'phoneKind'; value: PhoneKind | undefined };

export interface CellContext {
	defaultCountry: string;
	/**
	 * the countries a phone without an international prefix is tried in, in order; null when the
	 * row's country_code is unreadable (that is the row's error, and its phones are not judged)
	 */
	phoneCountries: readonly string[] | null;
	/** the label from the phone's type column, if it has one */
	phoneKindLabel?: string;
	fields?: Readonly<Record<string, CustomFieldSpec>>;
	now?: number;
	/** take off the apostrophe a csv export put before a formula-like value (see readCell) */
	unguardFormulas?: boolean;
}

/** the key a value of a column that is still to become a custom field is kept under */
export function newCustomKey(label: string): string {
	return `new:${label}`;
}

/** the longest value an error message quotes; longer ones are shortened with … */
const QUOTE_LENGTH = 100;

export function quote(value: string): string {
	return excerpt(value.trim(), QUOTE_LENGTH);
}

// excel writes `4.91511E+11` (or `4,91511E+11`) for a long number it stored as a float: only six
// digits are left. checked on the whole cell, before the comma could split it into two "numbers".
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

// a csv export guards a cell a spreadsheet would evaluate (`=SUM(1)`, `-x`, `@home`) with a leading
// apostrophe (OWASP's advice, and ours: export/guard.ts). reading such a file back, the apostrophe
// is the exporter's, not the user's: it comes off, but only before what the guard would guard, so
// `'tis`, `'90s` or `'+49 151…` keep theirs. only delimited text is guarded by exporters: a
// workbook keeps text as text (a quote prefix there is a cell style, not a character) and a vcard
// is not opened in a spreadsheet, so their apostrophes are always the user's (the import turns
// this on for csv only).
export function readCell(target: ColumnTarget, cell: string, ctx: CellContext): CellReading {
	const raw = ctx.unguardFormulas === true ? unguardCell(cell) : cell;
	if (isTooLong(raw)) return problem(raw, 'field.too_long');
	switch (target.kind) {
		case 'field':
			return readField(target.field, raw, ctx);
		case 'phone':
			return readPhones(raw, ctx, target.phoneKind);
		case 'email':
			return readEmails(raw);
		case 'countryCode': {
			const text = cleanLine(raw);
			if (text === '') return { kind: 'empty' };
			const country = phoneCountryFromCell(text);
			return country === undefined
				? problem(text, 'countryCode.invalid')
				: { kind: 'countryCode', value: country };
		}
		case 'phoneKind': {
			const text = cleanLine(raw);
			return text === '' ? { kind: 'empty' } : { kind: 'phoneKind', value: kindOf(text) };
		}
		case 'lists': {
			const names = splitListNames(raw);
			return names.length === 0 ? { kind: 'empty' } : { kind: 'lists', names };
		}
		case 'custom':
		case 'newCustom': {
			const spec =
				target.kind === 'custom' ? (ctx.fields?.[target.fieldId] ?? TEXT_FIELD) : TEXT_FIELD;
			const key = target.kind === 'custom' ? target.fieldId : newCustomKey(target.label);
			const result = parseCustomValue(spec, raw);
			if (!result.ok) return problem(raw, result.error);
			return result.value === null
				? { kind: 'empty' }
				: { kind: 'custom', key, value: result.value };
		}
	}
}

const TEXT_FIELD: CustomFieldSpec = { type: 'text' };

function readField(field: ContactColumnField, raw: string, ctx: CellContext): CellReading {
	const text = field === 'note' ? cleanMultiline(raw) : cleanLine(raw);
	if (text === '') return { kind: 'empty' };
	switch (field) {
		case 'fullName':
			return { kind: 'fullName', value: text };
		case 'birthDate': {
			const result = readBirthDateCell(text, {
				defaultCountry: ctx.defaultCountry,
				...(ctx.now === undefined ? {} : { now: ctx.now })
			});
			if (!result.ok) return problem(text, result.error);
			return result.value === '' ? { kind: 'empty' } : { kind: 'birthDate', value: result.value };
		}
		case 'country': {
			const country = countryFromCell(text);
			return country === undefined
				? problem(text, 'country.invalid')
				: { kind: 'country', value: country };
		}
		case 'subscription':
		case 'unsubscribed': {
			const result = readSubscriptionCell(
				text,
				field === 'subscription' ? 'subscribed' : 'unsubscribed'
			);
			if (!result.ok) return problem(text, result.error);
			return result.value === undefined
				? { kind: 'empty' }
				: { kind: 'subscription', value: result.value };
		}
		default:
			return { kind: 'text', field, value: text };
	}
}

function readPhones(raw: string, ctx: CellContext, columnKind: PhoneKind | undefined): CellReading {
	const text = cleanLine(raw);
	if (text === '') return { kind: 'empty' };
	if (SCIENTIFIC.test(text.replace(/\s+/g, ''))) return problem(text, 'phone.scientific_notation');
	const countries = ctx.phoneCountries;
	if (countries === null) return { kind: 'phones', phones: [], problems: [] };
	const labelled = ctx.phoneKindLabel === undefined ? undefined : kindOf(ctx.phoneKindLabel);
	const kind = labelled ?? columnKind;
	const phones: { value: string; kind: PhoneKind | undefined }[] = [];
	const problems: CellProblem[] = [];
	// split before cleaning: cleaning turns the line breaks between numbers into spaces
	for (const part of splitPhones(raw)) {
		const read = readPhone(cleanLine(part), countries, kind);
		if (read.ok) phones.push({ value: read.value, kind: read.kind });
		else problems.push({ value: quote(cleanLine(part)), error: read.error });
	}
	return { kind: 'phones', phones, problems };
}

type PhoneReading =
	{ ok: true; value: string; kind: PhoneKind | undefined } | { ok: false; error: string };

// the first country that reads the number wins; when none does, the reason given is the one of
// the row's own country, which is the reading the user meant first. a phone without a kind is
// left without one: createContact reads its type (mobile or not) anyway, so it is not read twice.
function readPhone(
	text: string,
	countries: readonly string[],
	kind: PhoneKind | undefined
): PhoneReading {
	let firstError: string | undefined;
	for (const country of countries) {
		const result = normalizePhone(text, country);
		if (result.ok) return { ok: true, value: result.value, kind };
		firstError ??= result.error;
	}
	return { ok: false, error: firstError ?? 'phone.missing_country' };
}

function readEmails(raw: string): CellReading {
	const text = cleanLine(raw);
	if (text === '') return { kind: 'empty' };
	const emails: string[] = [];
	const problems: CellProblem[] = [];
	const seen = new Set<string>();
	for (const part of splitEmails(raw)) {
		const result = normalizeEmail(cleanLine(part));
		if (!result.ok) {
			problems.push({ value: quote(cleanLine(part)), error: result.error });
			continue;
		}
		const key = emailKey(result.value);
		if (seen.has(key)) continue;
		seen.add(key);
		emails.push(result.value);
	}
	return { kind: 'emails', emails, problems };
}

const kindCache = new Map<string, PhoneKind | undefined>();

// type columns hold a handful of distinct labels, read once each
function kindOf(label: string): PhoneKind | undefined {
	if (kindCache.has(label)) return kindCache.get(label);
	const kind = phoneKindFromLabel(label);
	if (kindCache.size >= 1_000) kindCache.clear();
	kindCache.set(label, kind);
	return kind;
}

function problem(value: string, error: string): CellReading {
	return { kind: 'error', problem: { value: quote(value), error } };
}
