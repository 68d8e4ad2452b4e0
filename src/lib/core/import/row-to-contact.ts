// one file row through the column mapping into a contact draft. every problem of the row is
// collected with its column, value and reason, so the results page can say which cell to fix; the
// row is never thrown away silently and nothing here throws.
//
// decisions:
// - phones are read here, in the row's country, and the draft holds them in E.164, so that
//   createContact cannot read them differently later. the row's country is its country_code column
//   (dial or iso code); without one, the address's country and then the import's default country
//   are tried in turn (DESIGN §6). an unreadable country_code is the row's error, and the row's
//   phones are then not judged, since any verdict on them would be in the wrong country.
// - several columns may fill one field: first names (given + middle), last names (family +
//   suffix) and streets (street + line 2 + house number) are joined, notes are joined by lines;
//   any other field keeps the first value, and a different later one is a warning.
// - a full name fills only what the first- and last-name columns leave empty: `Anna Schmidt` with
//   an empty last-name column and `Anna` as first name gives `Schmidt`.
// - unsubscribed wins: if any subscription column says unsubscribed, the draft says so.
// - a ragged row keeps what it has. fewer cells than the header is a warning; more is one only
//   when the extra cells hold something (excel's trailing delimiters are no news to anyone).
// - when the row is refused, only its errors are returned: the results page shows the row's
//   values beside them anyway.

import type { ContactDraft, CustomValue, Subscription } from '../contact';
import { isSupportedCountry } from '../countries';
import type { CustomFieldSpec } from '../custom-fields';
import { emailKey } from '../email';
import { foldText } from '../fold';
import { cleanLine } from '../text';
import { countryFromCell, phoneCountryFromCell } from './country-code';
import { newCustomKey, quote, readCell, type CellContext, type TextField } from './read-cell';
import { splitName } from './split-name';
import type { ColumnMapping, RowError, RowToContactResult } from './types';

export interface RowToContactOptions {
	/** ISO 3166-1 alpha-2: numbers without a prefix are read here when the row names no country */
	defaultCountry: string;
	/** the custom fields the mapping targets, by id; a missing one is read as text */
	fields?: Readonly<Record<string, CustomFieldSpec>>;
	/** ms since epoch, for the century of two-digit years; Date.now() when absent */
	now?: number;
	/** the file is delimited text: undo the formula guard of a csv export (see read-cell.ts) */
	unguardFormulas?: boolean;
}

/** the reasons rowToContact gives of its own; phone, e-mail and custom-field codes come on top */
export const ROW_ERRORS = [
	'row.empty',
	'row.too_many_cells',
	'row.too_few_cells',
	'field.conflict',
	'field.too_long',
	'countryCode.invalid',
	'country.invalid',
	'subscription.invalid',
	'birthDate.invalid',
	'birthDate.ambiguous',
	'birthDate.year_only'
] as const;

const JOINED: Partial<Record<TextField, string>> = {
	firstName: ' ',
	lastName: ' ',
	street: ', ',
	note: '\n'
};

export function rowToContact(
	row: string[],
	mapping: ColumnMapping,
	opts: RowToContactOptions
): RowToContactResult {
	const errors: RowError[] = [];
	const warnings: RowError[] = [];
	raggedWarnings(row, mapping, warnings);

	// first the cells that say how to read the others: the row's country and the phones' types
	let countryCodeColumn = -1;
	let addressCountry: string | undefined;
	const kindLabels = new Map<number, string>();
	let hasValue = false;
	for (let column = 0; column < mapping.length; column++) {
		const target = mapping[column];
		if (target === null || target === undefined) continue;
		const cell = row[column] ?? '';
		if (target.kind === 'countryCode') {
			if (countryCodeColumn === -1 && cell.trim() !== '') countryCodeColumn = column;
		} else if (target.kind === 'phoneKind') {
			if (cell.trim() !== '' && !kindLabels.has(target.of)) kindLabels.set(target.of, cell);
		} else if (!hasValue && cell.trim() !== '' && cleanLine(cell) !== '') {
			hasValue = true;
		}
	}
	if (!hasValue) {
		return { ok: false, errors: [{ column: null, field: 'row', value: '', error: 'row.empty' }] };
	}
	for (let column = 0; column < mapping.length; column++) {
		const target = mapping[column];
		if (target?.kind === 'field' && target.field === 'country') {
			addressCountry = readCountryQuietly(row[column] ?? '');
			if (addressCountry !== undefined) break;
		}
	}

	const phoneCountries = rowPhoneCountries(row, countryCodeColumn, addressCountry, opts);
	const ctx: CellContext = {
		defaultCountry: opts.defaultCountry,
		phoneCountries,
		...(opts.fields === undefined ? {} : { fields: opts.fields }),
		...(opts.now === undefined ? {} : { now: opts.now }),
		...(opts.unguardFormulas === true ? { unguardFormulas: true } : {})
	};

	const texts = new Map<TextField, string[]>();
	const single = new Map<string, { column: number; value: string }>();
	const phones: NonNullable<ContactDraft['phones']> = [];
	const seenPhones = new Set<string>();
	const emails: string[] = [];
	const seenEmails = new Set<string>();
	const custom: Record<string, CustomValue> = {};
	const customFrom = new Map<string, number>();
	const lists: string[] = [];
	const seenLists = new Set<string>();
	let fullName = '';
	let subscription: Subscription | undefined;
	let phoneIndex = 0;
	let emailIndex = 0;

	const keepFirst = (field: string, column: number, value: string): boolean => {
		const earlier = single.get(field);
		if (earlier === undefined) {
			single.set(field, { column, value });
			return true;
		}
		if (foldText(earlier.value) !== foldText(value)) {
			warnings.push({ column, field, value: quote(value), error: 'field.conflict' });
		}
		return false;
	};

	for (let column = 0; column < mapping.length; column++) {
		const target = mapping[column];
		if (target === null || target === undefined) continue;
		const label = kindLabels.get(column);
		const reading = readCell(
			target,
			row[column] ?? '',
			label === undefined ? ctx : { ...ctx, phoneKindLabel: label }
		);
		switch (reading.kind) {
			case 'empty':
			case 'countryCode':
			case 'phoneKind':
				break;
			case 'error':
				errors.push({ column, field: fieldOf(target, phoneIndex, emailIndex), ...reading.problem });
				if (target.kind === 'phone') phoneIndex++;
				if (target.kind === 'email') emailIndex++;
				break;
			case 'text': {
				if (JOINED[reading.field] === undefined) {
					keepFirst(reading.field, column, reading.value);
					break;
				}
				const values = texts.get(reading.field);
				if (values === undefined) texts.set(reading.field, [reading.value]);
				else values.push(reading.value);
				break;
			}
			case 'fullName':
				if (keepFirst('fullName', column, reading.value)) fullName = reading.value;
				break;
			case 'birthDate':
				keepFirst('birthDate', column, reading.value);
				break;
			case 'country':
				keepFirst('country', column, reading.value);
				break;
			case 'subscription':
				if (subscription !== 'unsubscribed') subscription = reading.value;
				break;
			case 'phones':
				for (const phone of reading.phones) {
					phoneIndex++;
					if (seenPhones.has(phone.value)) continue;
					seenPhones.add(phone.value);
					phones.push(phone.kind === undefined ? { value: phone.value } : phone);
				}
				for (const problem of reading.problems) {
					errors.push({ column, field: `phones.${phoneIndex}`, ...problem });
					phoneIndex++;
				}
				break;
			case 'emails':
				for (const email of reading.emails) {
					emailIndex++;
					const key = emailKey(email);
					if (seenEmails.has(key)) continue;
					seenEmails.add(key);
					emails.push(email);
				}
				for (const problem of reading.problems) {
					errors.push({ column, field: `emails.${emailIndex}`, ...problem });
					emailIndex++;
				}
				break;
			case 'lists':
				// several list columns add up, each list once
				for (const name of reading.names) {
					const key = foldText(name);
					if (seenLists.has(key)) continue;
					seenLists.add(key);
					lists.push(name);
				}
				break;
			case 'custom':
				if (customFrom.has(reading.key)) {
					if (String(custom[reading.key]) !== String(reading.value)) {
						warnings.push({
							column,
							field: `custom.${reading.key}`,
							value: quote(String(reading.value)),
							error: 'field.conflict'
						});
					}
				} else {
					customFrom.set(reading.key, column);
					custom[reading.key] = reading.value;
				}
				break;
		}
	}

	if (errors.length > 0) return { ok: false, errors };

	const draft: ContactDraft = {};
	const joined = (field: TextField): string => {
		const separator = JOINED[field];
		if (separator === undefined) return single.get(field)?.value ?? '';
		return joinValues(texts.get(field) ?? [], field === 'street' ? undefined : separator);
	};
	let firstName = joined('firstName');
	let lastName = joined('lastName');
	if (fullName !== '') ({ firstName, lastName } = fillNames(fullName, firstName, lastName));
	const set = (field: keyof ContactDraft, value: string): void => {
		if (value !== '') (draft as Record<string, unknown>)[field] = value;
	};
	set('firstName', firstName);
	set('lastName', lastName);
	for (const field of [
		'alias',
		'organization',
		'street',
		'postalCode',
		'city',
		'region',
		'note'
	] as const) {
		set(field, joined(field));
	}
	set('birthDate', single.get('birthDate')?.value ?? '');
	set('country', single.get('country')?.value ?? '');
	if (phones.length > 0) draft.phones = phones;
	if (emails.length > 0) draft.emails = emails.map((value) => ({ value }));
	if (subscription !== undefined) draft.subscription = subscription;
	if (customFrom.size > 0) draft.custom = custom;
	return lists.length > 0 ? { ok: true, draft, warnings, lists } : { ok: true, draft, warnings };
}

function raggedWarnings(
	row: readonly string[],
	mapping: ColumnMapping,
	warnings: RowError[]
): void {
	if (row.length < mapping.length) {
		warnings.push({
			column: null,
			field: 'row',
			value: String(row.length),
			error: 'row.too_few_cells'
		});
	} else if (row.length > mapping.length) {
		const extra = row.slice(mapping.length).filter((cell) => cell.trim() !== '');
		if (extra.length > 0) {
			warnings.push({
				column: null,
				field: 'row',
				value: quote(extra.join(' | ')),
				error: 'row.too_many_cells'
			});
		}
	}
}

// the countries a national number is tried in; null when the row's own country_code is unreadable
function rowPhoneCountries(
	row: readonly string[],
	countryCodeColumn: number,
	addressCountry: string | undefined,
	opts: RowToContactOptions
): readonly string[] | null {
	if (countryCodeColumn !== -1) {
		const own = phoneCountryFromCell(cleanLine(row[countryCodeColumn] ?? ''));
		return own === undefined ? null : [own];
	}
	const fallback = opts.defaultCountry.trim().toUpperCase();
	if (addressCountry === undefined || addressCountry === fallback) return [fallback];
	return [addressCountry, fallback];
}

function readCountryQuietly(cell: string): string | undefined {
	const text = cleanLine(cell);
	if (text === '') return undefined;
	const code = countryFromCell(text);
	return code !== undefined && isSupportedCountry(code) ? code : undefined;
}

function fieldOf(
	target: NonNullable<ColumnMapping[number]>,
	phoneIndex: number,
	emailIndex: number
): string {
	switch (target.kind) {
		case 'field':
			return target.field === 'unsubscribed' ? 'subscription' : target.field;
		case 'phone':
			return `phones.${phoneIndex}`;
		case 'email':
			return `emails.${emailIndex}`;
		case 'custom':
			return `custom.${target.fieldId}`;
		case 'newCustom':
			return `custom.${newCustomKey(target.label)}`;
		case 'countryCode':
			return 'countryCode';
		case 'phoneKind':
			return 'phoneKind';
		case 'lists':
			return 'lists';
	}
}

// the same value twice (a first name in two columns) is kept once. streets join their house
// number with a space (`Hauptstraße` + `12` → `Hauptstraße 12`) and other lines with a comma.
function joinValues(values: readonly string[], separator: string | undefined): string {
	if (values.length < 2) return values[0] ?? '';
	const kept: string[] = [];
	const seen = new Set<string>();
	for (const value of values) {
		const key = foldText(value);
		if (seen.has(key)) continue;
		seen.add(key);
		kept.push(value);
	}
	if (separator !== undefined) return kept.join(separator);
	let street = '';
	for (const value of kept) {
		if (street === '') street = value;
		else street += isHouseNumber(value) || isHouseNumber(street) ? ` ${value}` : `, ${value}`;
	}
	return street;
}

function isHouseNumber(value: string): boolean {
	return /^\d{1,5}\s?[a-z]?(?:\s?[-/]\s?\d{1,5}\s?[a-z]?)?$/i.test(value);
}

function fillNames(
	full: string,
	first: string,
	last: string
): { firstName: string; lastName: string } {
	if (first !== '' && last !== '') return { firstName: first, lastName: last };
	const split = splitName(full);
	if (first === '' && last === '') return split;
	if (first === '') {
		if (foldText(split.lastName) === foldText(last))
			return { firstName: split.firstName, lastName: last };
		const rest = withoutWords(full, last, 'end');
		return { firstName: rest ?? '', lastName: last };
	}
	if (foldText(split.firstName) === foldText(first))
		return { firstName: first, lastName: split.lastName };
	const rest = withoutWords(full, first, 'start');
	return { firstName: first, lastName: rest ?? '' };
}

// `Anna Maria Schmidt` without `Anna Maria` at its start is `Schmidt`; undefined when the part is
// not there
function withoutWords(full: string, part: string, where: 'start' | 'end'): string | undefined {
	const words = full.split(' ');
	const partWords = part.split(' ');
	if (partWords.length >= words.length) return undefined;
	const offset = where === 'start' ? 0 : words.length - partWords.length;
	for (let i = 0; i < partWords.length; i++) {
		if (foldText(words[offset + i] ?? '') !== foldText(partWords[i] ?? '')) return undefined;
	}
	const rest = where === 'start' ? words.slice(partWords.length) : words.slice(0, offset);
	return rest
		.join(' ')
		.replace(/^,\s*|,\s*$/g, '')
		.trim();
}
