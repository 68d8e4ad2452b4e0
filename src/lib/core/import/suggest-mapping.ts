// the first guess of where each column goes, so that a google or outlook export (english, german or
// french) and most hand-made spreadsheets need no change on the mapping screen.
//
// decisions:
// - a header equal to an existing custom field's label (case, accents and punctuation aside) goes
//   to that field: the user named it so, often in an earlier import of the same kind of file. the
//   suffix ` (custom)` our export adds to a field named like a standard column is ignored there.
// - otherwise the header's words decide (synonyms.ts); when they say nothing, the sample does (most
//   values phones → a phone column, e-mails → an e-mail column).
// - a column nothing recognises is kept as a new custom field named after its header when the
//   sample holds data, so nothing is lost unless the user switches it off; an empty one is not
//   imported, since a field made for nothing only clutters the contact form. two such columns with
//   one header get distinct names (`Department`, `Department (2)`).
// - columns that only describe the export (types of e-mails, group memberships, photos, yomi,
//   outlook's priority/sensitivity/private flags) are not imported.
// - a generic phone header ("Phone", "Telefon", "téléphone") leaves the kind to the number (a
//   mobile number is 'mobile', others 'other'); "Mobile", "Handy", "portable" are 'mobile',
//   "Business Phone", "Telefon geschäftlich" 'work', "Home Phone", "Telefon privat" 'home'.
// - a contact has one address, and outlook and google export several (business, home, other;
//   address 1, 2). the one with the most data in the sample fills the contact, the first on a tie;
//   the others' columns are kept as custom fields like any unknown column.
// - a full-name column next to first- and last-name columns stays mapped: rowToContact fills from it
//   only what the parts leave empty. `Name` next to `Vorname` (and no last-name column) is the
//   last name, as german and french lists write it.
// - one pass over the columns with constant work per header word and per sample value: a
//   1,000-column file is mapped as fast as a 10-column one, per column.

import { cleanLine, excerpt } from '../text';
import { looksLikeEmails, looksLikePhones } from './detect-content';
import { headerKey, headerWords } from './header-words';
import { MAX_PHRASE_WORDS, NOISE_WORDS, SYNONYMS, type HeaderTag } from './synonyms';
import type { ColumnMapping, ColumnTarget, ContactColumnField } from './types';

export interface SuggestMappingOptions {
	/** the existing custom fields: a header equal to one's label maps to it */
	fields?: readonly { id: string; label: string }[];
	/** the import's default country, for telling phone numbers from other numbers in the sample */
	defaultCountry?: string;
}

type AddressField = 'street' | 'postalCode' | 'city' | 'region' | 'country';

type Guess =
	| { kind: 'target'; target: ColumnTarget }
	| { kind: 'address'; field: AddressField; group: string; formatted: boolean }
	/** the type or label of a phone column, or of some other column when `alone` is false */
	| { kind: 'kindOf'; phone: boolean; alone: boolean }
	| { kind: 'weakName' }
	| { kind: 'skip' }
	| { kind: 'unknown'; gender: boolean };

interface HeaderReading {
	tags: Set<HeaderTag>;
	/** the header's meaningful words without type/label words: `Phone 1 - Type` → `phone 1` */
	base: string;
	/** the number after `address` (google's `Address 2 - City`), '' when none */
	addressNumber: string;
	gender: boolean;
}

const SAMPLE_LIMIT = 50;

// carnet's export names a custom field `City (custom)` when its label is a column of its own
// (export/table.ts): it is that field, or a new one named `City`, never the city
const CUSTOM_SUFFIX = /\s*\(custom\)\s*$/i;

export function suggestMapping(
	header: string[],
	sample: string[][],
	opts: SuggestMappingOptions = {}
): ColumnMapping {
	const rows = sample.slice(0, SAMPLE_LIMIT);
	const valuesOf = (column: number): string[] => rows.map((row) => row[column] ?? '');
	const filledCount = (column: number): number =>
		rows.reduce((count, row) => count + (isBlankCell(row[column] ?? '') ? 0 : 1), 0);

	const customByKey = new Map<string, string>();
	for (const field of opts.fields ?? []) {
		const key = headerKey(field.label);
		if (key !== '' && !customByKey.has(key)) customByKey.set(key, field.id);
	}

	const readings: HeaderReading[] = [];
	const guesses: Guess[] = [];
	// the label a new field of the column gets, when it is not the header itself
	const ownLabels = new Map<number, string>();
	// `City` next to `City (custom)` is the standard column, whatever custom fields there are
	const suffixed = new Set<string>();
	for (const text of header) {
		if (CUSTOM_SUFFIX.test(text)) suffixed.add(headerKey(text.replace(CUSTOM_SUFFIX, '')));
	}
	for (let column = 0; column < header.length; column++) {
		const text = header[column] ?? '';
		const own = CUSTOM_SUFFIX.test(text) ? text.replace(CUSTOM_SUFFIX, '') : undefined;
		const key = headerKey(text);
		const custom =
			(own === undefined && suffixed.has(key) ? undefined : customByKey.get(key)) ??
			(own === undefined ? undefined : customByKey.get(headerKey(own)));
		const reading = readHeader(text);
		readings.push(reading);
		if (custom !== undefined) {
			guesses.push({ kind: 'target', target: { kind: 'custom', fieldId: custom } });
		} else if (own !== undefined && own !== '') {
			ownLabels.set(column, own);
			guesses.push({ kind: 'unknown', gender: false });
		} else {
			guesses.push(guess(reading));
		}
	}

	const mapping: ColumnMapping = new Array<ColumnTarget | null>(header.length).fill(null);
	const unknown: number[] = [];
	const weakNames: number[] = [];
	const kindColumns: number[] = [];
	for (let column = 0; column < guesses.length; column++) {
		const g = guesses[column] as Guess;
		if (g.kind === 'target') mapping[column] = g.target;
		else if (g.kind === 'unknown') unknown.push(column);
		else if (g.kind === 'weakName') weakNames.push(column);
		else if (g.kind === 'kindOf') kindColumns.push(column);
	}

	chooseAddress(guesses, filledCount, mapping, unknown);

	// type columns point at their phone column: `Phone 1 - Type` at `Phone 1 - Value`, `Phone 1 type`
	// (vcard) at `Phone 1`
	const byBase = new Map<string, number[]>();
	for (let column = 0; column < readings.length; column++) {
		const base = (readings[column] as HeaderReading).base;
		const list = byBase.get(base);
		if (list === undefined) byBase.set(base, [column]);
		else list.push(column);
	}
	for (const column of kindColumns) {
		const g = guesses[column] as Extract<Guess, { kind: 'kindOf' }>;
		const siblings = (byBase.get((readings[column] as HeaderReading).base) ?? []).filter(
			(other) => other !== column
		);
		const phoneSibling = nearest(
			siblings.filter((other) => mapping[other]?.kind === 'phone'),
			column
		);
		const previous = column > 0 && mapping[column - 1]?.kind === 'phone' ? column - 1 : undefined;
		const of = phoneSibling ?? (g.phone || g.alone ? previous : undefined);
		if (of !== undefined) mapping[column] = { kind: 'phoneKind', of };
		else if (g.alone && siblings.length === 0) unknown.push(column);
	}

	const hasFirst = mapping.some((t) => t?.kind === 'field' && t.field === 'firstName');
	const hasLast = mapping.some((t) => t?.kind === 'field' && t.field === 'lastName');
	for (const column of weakNames) {
		const field: ContactColumnField = hasFirst && !hasLast ? 'lastName' : 'fullName';
		mapping[column] = { kind: 'field', field };
	}

	const labels = new Map<string, number>();
	for (const column of unknown.sort((a, b) => a - b)) {
		const values = valuesOf(column);
		if (values.every(isBlankCell)) continue;
		const reading = readings[column] as HeaderReading;
		if (reading.gender && values.every(isPlaceholder)) continue;
		if (reading.tags.size === 0 || onlyQualifiers(reading.tags)) {
			if (looksLikeEmails(values)) {
				mapping[column] = { kind: 'email' };
				continue;
			}
			if (looksLikePhones(values, opts.defaultCountry)) {
				mapping[column] = { kind: 'phone' };
				continue;
			}
		}
		mapping[column] = {
			kind: 'newCustom',
			label: uniqueLabel(ownLabels.get(column) ?? header[column] ?? '', column, labels)
		};
	}
	return mapping;
}

/**
 * the header a csv or vcard column of the custom field `label` gets so that suggestMapping reads it
 * back as that field: the label, or `<label> (custom)` when the label is one of the file's own
 * column names (`taken`, lower-case) or would be read as something else (`Remark` is a note,
 * `Group` is not imported). in a book that has the field the suffix is ignored; in one that lacks
 * it, the column becomes a new field named `<label>`.
 */
export function customColumnHeader(label: string, taken: ReadonlySet<string>): string {
	const own = `${label} (custom)`;
	if (taken.has(label.toLowerCase())) return own;
	const [target] = suggestMapping([label], [['x']]);
	return target?.kind === 'newCustom' && target.label === label ? label : own;
}

function readHeader(text: string): HeaderReading {
	const words = headerWords(text);
	const tags = new Set<HeaderTag>();
	const base: string[] = [];
	let addressNumber = '';
	let gender = false;
	let at = 0;
	while (at < words.length) {
		let matched = 0;
		for (let length = Math.min(MAX_PHRASE_WORDS, words.length - at); length > 0; length--) {
			const phrase = length === 1 ? (words[at] as string) : words.slice(at, at + length).join(' ');
			const tag = SYNONYMS.get(phrase);
			if (tag === undefined) continue;
			tags.add(tag);
			if (tag !== 'kindOf') base.push(phrase);
			if (tag === 'exclude' && GENDER_WORDS.has(phrase)) gender = true;
			const next = words[at + length] ?? '';
			if (tag === 'address' && addressNumber === '' && /^\d+$/.test(next)) addressNumber = next;
			matched = length;
			break;
		}
		if (matched === 0) {
			const word = words[at] as string;
			if (!NOISE_WORDS.has(word)) base.push(word);
			matched = 1;
		}
		at += matched;
	}
	return { tags, base: base.join(' '), addressNumber, gender };
}

// outlook writes `0/0/00` (or `0.0.00`) into every date column a contact has no date for
const EMPTY_DATE = /^0{1,2}([./-])0{1,2}\1(?:0{2}|0{4})$/;

function isBlankCell(value: string): boolean {
	const text = value.trim();
	return text === '' || EMPTY_DATE.test(text);
}

const GENDER_WORDS = new Set(['gender', 'geschlecht', 'sexe']);
const PLACEHOLDERS = new Set([
	'',
	'unspecified',
	'unknown',
	'unbekannt',
	'nicht angegeben',
	'keine angabe',
	'non specifie',
	'inconnu'
]);

// outlook fills "Gender" with "Unspecified" for everyone: that is no data
function isPlaceholder(value: string): boolean {
	return PLACEHOLDERS.has(headerWords(value).join(' '));
}

const QUALIFIERS: ReadonlySet<HeaderTag> = new Set(['work', 'home', 'other']);

function onlyQualifiers(tags: ReadonlySet<HeaderTag>): boolean {
	for (const tag of tags) if (!QUALIFIERS.has(tag)) return false;
	return true;
}

function guess(reading: HeaderReading): Guess {
	const tags = reading.tags;
	const has = (tag: HeaderTag): boolean => tags.has(tag);
	const phone = has('phone') || has('mobile') || has('whatsapp');
	if (has('meta')) return { kind: 'skip' };
	if (has('kindOf')) {
		const others = [...tags].filter((tag) => tag !== 'kindOf' && !QUALIFIERS.has(tag));
		return { kind: 'kindOf', phone, alone: others.length === 0 };
	}
	if (has('exclude')) return { kind: 'unknown', gender: reading.gender };
	if (has('lists')) return { kind: 'target', target: { kind: 'lists' } };
	if (has('unsubscribed')) return field('unsubscribed');
	if (has('subscription')) return field('subscription');
	if (has('countryCode')) return { kind: 'target', target: { kind: 'countryCode' } };
	if (phone) {
		if (has('whatsapp'))
			return { kind: 'target', target: { kind: 'phone', phoneKind: 'whatsapp' } };
		if (has('mobile')) return { kind: 'target', target: { kind: 'phone', phoneKind: 'mobile' } };
		const qualifier = qualifierOf(tags);
		const target: ColumnTarget =
			qualifier === undefined ? { kind: 'phone' } : { kind: 'phone', phoneKind: qualifier };
		return { kind: 'target', target };
	}
	if (has('email')) {
		// `E-mail Display Name`, `E-Mail: Angezeigter Name`: the name shown with the address
		const named = has('fullName') || has('firstName') || has('lastName') || has('name');
		return named ? { kind: 'skip' } : { kind: 'target', target: { kind: 'email' } };
	}
	if (has('birthDate')) return field('birthDate');
	const address = addressFieldOf(tags);
	if (address !== undefined) {
		const qualifier = qualifierOf(tags) ?? '';
		return {
			kind: 'address',
			field: address,
			group: `${qualifier}#${reading.addressNumber}`,
			formatted: has('formatted') && !has('street')
		};
	}
	if (has('firstName') && has('lastName')) return field('fullName');
	if (has('firstName')) return field('firstName');
	if (has('lastName')) return field('lastName');
	if (has('fullName')) return field('fullName');
	if (has('alias')) return field('alias');
	if (has('organization')) return field('organization');
	if (has('name')) return { kind: 'weakName' };
	if (has('note')) return field('note');
	// outlook's "Private" flag; `Telefon privat` was a phone above
	if (has('private') && tags.size === 1) return { kind: 'skip' };
	return { kind: 'unknown', gender: false };
}

function field(name: ContactColumnField): Guess {
	return { kind: 'target', target: { kind: 'field', field: name } };
}

function qualifierOf(tags: ReadonlySet<HeaderTag>): 'work' | 'home' | 'other' | undefined {
	if (tags.has('work') || tags.has('organization')) return 'work';
	if (tags.has('home') || tags.has('private')) return 'home';
	if (tags.has('other')) return 'other';
	return undefined;
}

function addressFieldOf(tags: ReadonlySet<HeaderTag>): AddressField | undefined {
	if (tags.has('postalCode')) return 'postalCode';
	if (tags.has('city')) return 'city';
	if (tags.has('region')) return 'region';
	if (tags.has('country')) return 'country';
	if (tags.has('street') || tags.has('formatted') || tags.has('address')) return 'street';
	return undefined;
}

// the address group with the most filled sample cells fills the contact; a one-cell formatted
// address is used only when its group has no separate columns (google fills both)
function chooseAddress(
	guesses: readonly Guess[],
	filledCount: (column: number) => number,
	mapping: ColumnMapping,
	unknown: number[]
): void {
	const groups = new Map<string, { score: number; parts: number; columns: number[] }>();
	// parts: the columns of a group that are not a one-cell formatted address
	for (let column = 0; column < guesses.length; column++) {
		const g = guesses[column] as Guess;
		if (g.kind !== 'address') continue;
		let group = groups.get(g.group);
		if (group === undefined) {
			group = { score: 0, parts: 0, columns: [] };
			groups.set(g.group, group);
		}
		group.score += filledCount(column);
		if (!g.formatted) group.parts += 1;
		group.columns.push(column);
	}
	let chosen: string | undefined;
	let best = -1;
	for (const [name, group] of groups) {
		if (group.score > best) {
			best = group.score;
			chosen = name;
		}
	}
	for (const [name, group] of groups) {
		for (const column of group.columns) {
			const g = guesses[column] as Extract<Guess, { kind: 'address' }>;
			if (name !== chosen) unknown.push(column);
			else if (g.formatted && group.parts > 0) mapping[column] = null;
			else mapping[column] = { kind: 'field', field: g.field };
		}
	}
}

function nearest(columns: readonly number[], column: number): number | undefined {
	let before: number | undefined;
	let after: number | undefined;
	for (const other of columns) {
		if (other < column) before = other;
		else if (after === undefined) after = other;
	}
	return before ?? after;
}

// google's `Website 1 - Value` is named `Website 1`; a blank header gets its position. `taken`
// holds the keys of the labels given so far and, per label, the next number to try, so that a
// thousand columns with one header are named in one pass.
function uniqueLabel(header: string, column: number, taken: Map<string, number>): string {
	const cleaned = excerpt(cleanLine(header).replace(/\s*-\s*value$/i, ''), 100);
	const label = cleaned === '' ? `Column ${column + 1}` : cleaned;
	const key = headerKey(label);
	let candidate = label;
	let n = taken.get(key) ?? 1;
	while (taken.has(headerKey(candidate))) candidate = `${label} (${++n})`;
	taken.set(key, n);
	if (candidate !== label) taken.set(headerKey(candidate), 1);
	return candidate;
}
