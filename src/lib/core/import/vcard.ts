// vCard files (2.1, 3.0, 4.0) read into rows with fixed, self-explaining column names (DESIGN §5),
// so that they go through the same mapping step as a spreadsheet.
//
// the header needs as many 'Phone n' and 'Email n' columns as the card with the most phones or
// e-mails, and every batch carries the same header. so the file is read twice: a first pass counts
// (and gives the exact number of cards), the second yields rows. a fixed count would either cut
// phones off a busy card or fill every row with empty columns; a vCard file is small next to a
// spreadsheet (a 10,000-card phone export is a few MB), so the second read costs little.

import { foldText } from '../fold';
import { joinListNames } from '../list-names';
import { createDecoder } from './decode';
import { byteChunks } from './file-bytes';
import { isBlankRow, type RecordChunk } from './rows';
import {
	LineJoiner,
	parseProperty,
	propertyValue,
	splitEscaped,
	splitLines,
	unescapeText,
	type VcardProperty
} from './vcard-lines';
import { FileReadError } from './types';
import { customColumnHeader } from './suggest-mapping';

export const VCARD_COLUMNS = [
	'First name',
	'Last name',
	'Full name',
	'Alias',
	'Organization',
	'Birth date',
	'Street',
	'Postal code',
	'City',
	'Region',
	'Country',
	'Note'
] as const;

export interface VcardPhone {
	value: string;
	/** 'mobile', 'home', 'work', 'whatsapp', 'other', a label of the card's own, or '' when untyped */
	type: string;
}

export interface VcardContact {
	/** the card's place in the file, 1-based */
	number: number;
	fields: Record<(typeof VCARD_COLUMNS)[number], string>;
	/** the preferred first */
	phones: VcardPhone[];
	/** the preferred first */
	emails: string[];
	/** CATEGORIES, which carnet's own export fills with the contact's lists */
	lists: string[];
	/** carnet's X-CARNET-SUBSCRIPTION ('unsubscribed'), '' when the card says nothing */
	subscription: string;
	/** carnet's custom fields (X-CARNET-FIELD;X-LABEL="Dues":12.5), label → value */
	custom: Map<string, string>;
}

/**
 * the columns a file needs beyond names, phones and e-mails: a Lists and a Subscription column
 * when any card has them, and one column per custom field label, in the order they first appear
 */
export interface VcardExtras {
	lists: boolean;
	subscription: boolean;
	custom: string[];
}

const NO_EXTRAS: VcardExtras = { lists: false, subscription: false, custom: [] };

/** the header for cards with at most `phones` phones and `emails` e-mails (at least one of each) */
export function vcardHeader(phones: number, emails: number, extras = NO_EXTRAS): string[] {
	const header: string[] = [...VCARD_COLUMNS];
	for (let i = 1; i <= Math.max(1, phones); i++) header.push(`Phone ${i}`, `Phone ${i} type`);
	for (let i = 1; i <= Math.max(1, emails); i++) header.push(`Email ${i}`);
	if (extras.lists) header.push('Lists');
	if (extras.subscription) header.push('Subscription');
	const taken = new Set(header.map((name) => name.toLowerCase()));
	// a field named like a column of its own ("City") or like something else the mapping knows
	// ("Remark" is a note) would be read into that column: it gets a ` (custom)` suffix, as in
	// carnet's csv export, which the mapping knows
	for (const label of extras.custom) header.push(customColumnHeader(label, taken));
	return header;
}

export function vcardRow(
	contact: VcardContact,
	phones: number,
	emails: number,
	extras = NO_EXTRAS
): string[] {
	const row: string[] = VCARD_COLUMNS.map((column) => contact.fields[column]);
	for (let i = 0; i < Math.max(1, phones); i++) {
		const phone = contact.phones[i];
		row.push(phone?.value ?? '', phone?.type ?? '');
	}
	for (let i = 0; i < Math.max(1, emails); i++) row.push(contact.emails[i] ?? '');
	if (extras.lists) row.push(joinListNames(contact.lists));
	if (extras.subscription) row.push(contact.subscription);
	for (const label of extras.custom) row.push(contact.custom.get(label) ?? '');
	return row;
}

const USED = new Set([
	'N',
	'FN',
	'NICKNAME',
	'ORG',
	'BDAY',
	'ADR',
	'NOTE',
	'TEL',
	'EMAIL',
	'X-ABLABEL',
	'CATEGORIES',
	'X-CARNET-FIELD',
	'X-CARNET-SUBSCRIPTION'
]);

// google puts every contact in its system group "myContacts": that is no list of the user's
const SYSTEM_CATEGORIES = new Set(['mycontacts', 'starred']);

/** RFC 6868: `^'` is a double quote, `^n` a line break and `^^` a caret in a parameter value */
function decodeParam(value: string): string {
	return value.replace(/\^(['n^])/g, (_, char: string) =>
		char === "'" ? '"' : char === 'n' ? '\n' : '^'
	);
}

function text(property: VcardProperty | undefined): string {
	return property ? unescapeText(propertyValue(property)).trim() : '';
}

/** the components of a structured value; a component's own list (a second given name) joined */
function components(property: VcardProperty | undefined, join: string): string[] {
	if (!property) return [];
	return splitEscaped(propertyValue(property), ';').map((component) =>
		splitEscaped(component, ',')
			.map((item) => unescapeText(item).trim())
			.filter((item) => item !== '')
			.join(join)
	);
}

function types(property: VcardProperty): string[] {
	return (property.params.get('TYPE') ?? []).flatMap((value) =>
		value.split(',').map((type) => type.trim().toLowerCase())
	);
}

function isPreferred(property: VcardProperty): boolean {
	return property.params.has('PREF') || types(property).includes('pref');
}

function preferredFirst<T extends { preferred: boolean }>(items: T[]): T[] {
	return [...items.filter((item) => item.preferred), ...items.filter((item) => !item.preferred)];
}

// apple's built-in labels: _$!<Mobile>!$_
const APPLE_LABEL = /^_\$!<(.+)>!\$_$/;
const APPLE_KINDS: Record<string, string> = {
	mobile: 'mobile',
	iphone: 'mobile',
	home: 'home',
	work: 'work'
};

function labelKind(label: string): string {
	const apple = APPLE_LABEL.exec(label);
	if (apple) return APPLE_KINDS[(apple[1] ?? '').toLowerCase()] ?? 'other';
	// a label of the user's own is left for the mapping step, which knows 'Handy' or 'Mobil'
	return /whatsapp/i.test(label) ? 'whatsapp' : label;
}

// types that say nothing about the kind of phone
const NEUTRAL_TYPES = new Set(['voice', 'pref', 'internet', 'x-internet']);

function phoneType(property: VcardProperty, label: string): string {
	const custom = label || (property.params.get('X-CUSTOM')?.[0] ?? '').trim();
	if (custom) return labelKind(custom);
	const list = types(property);
	if (list.some((type) => type.includes('whatsapp'))) return 'whatsapp';
	if (list.some((type) => type === 'cell' || type === 'mobile' || type === 'iphone'))
		return 'mobile';
	if (list.some((type) => type === 'fax' || type === 'pager')) return 'other';
	if (list.includes('work')) return 'work';
	if (list.includes('home')) return 'home';
	return list.some((type) => !NEUTRAL_TYPES.has(type)) ? 'other' : '';
}

/** YYYY-MM-DD or --MM-DD when the card's date is one (apple writes the year 1604 for none) */
function birthDate(property: VcardProperty | undefined): string {
	const value = text(property);
	const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(value);
	if (full && property) {
		const noYear = full[1] === '1604' || property.params.has('X-APPLE-OMIT-YEAR');
		return noYear ? `--${full[2]}-${full[3]}` : `${full[1]}-${full[2]}-${full[3]}`;
	}
	const partial = /^--(\d{2})-?(\d{2})$/.exec(value);
	return partial ? `--${partial[1]}-${partial[2]}` : value;
}

/** the row data of one card's properties */
export function cardContact(number: number, properties: VcardProperty[]): VcardContact {
	const first = (name: string) => properties.find((property) => property.name === name);
	const labels = new Map<string, string>();
	for (const property of properties) {
		if (property.name === 'X-ABLABEL' && property.group) labels.set(property.group, text(property));
	}
	const name = components(first('N'), ' ');
	const addresses = properties.filter((property) => property.name === 'ADR');
	const address = components(addresses.find(isPreferred) ?? addresses[0], ', ');
	const [
		poBox = '',
		extended = '',
		street = '',
		city = '',
		region = '',
		postalCode = '',
		country = ''
	] = address;
	const organization = components(first('ORG'), ', ').find((part) => part !== '') ?? '';
	const alias = components(first('NICKNAME'), ', ').join(', ');

	const phones = preferredFirst(
		properties
			.filter((property) => property.name === 'TEL')
			.map((property) => ({
				value: text(property).replace(/^tel:/i, '').trim(),
				type: phoneType(property, (property.group && labels.get(property.group)) || ''),
				preferred: isPreferred(property)
			}))
			.filter((phone) => phone.value !== '')
	).map(({ value, type }) => ({ value, type }));
	const emails = preferredFirst(
		properties
			.filter((property) => property.name === 'EMAIL')
			.map((property) => ({
				value: text(property)
					.replace(/^mailto:/i, '')
					.trim(),
				preferred: isPreferred(property)
			}))
			.filter((email) => email.value !== '')
	).map(({ value }) => value);

	const lists: string[] = [];
	for (const property of properties) {
		if (property.name !== 'CATEGORIES') continue;
		for (const item of splitEscaped(propertyValue(property), ',')) {
			const category = unescapeText(item).trim();
			if (category !== '' && !SYSTEM_CATEGORIES.has(category.toLowerCase())) lists.push(category);
		}
	}
	const custom = new Map<string, string>();
	for (const property of properties) {
		if (property.name !== 'X-CARNET-FIELD') continue;
		const label = decodeParam(property.params.get('X-LABEL')?.[0] ?? '').trim();
		if (label !== '' && !custom.has(label)) custom.set(label, text(property));
	}

	const firstName = [name[1], name[2]].filter(Boolean).join(' ');
	const lastName = name[0] ?? '';
	return {
		number,
		fields: {
			'First name': firstName,
			'Last name': lastName,
			'Full name': fullName(text(first('FN')), firstName + lastName, [
				organization,
				alias,
				...emails,
				...phones.map((phone) => phone.value)
			]),
			Alias: alias,
			Organization: organization,
			'Birth date': birthDate(first('BDAY')),
			Street: [street, extended].filter(Boolean).join(', ') || poBox,
			'Postal code': postalCode,
			City: city,
			Region: region,
			Country: country,
			Note: text(first('NOTE'))
		},
		phones,
		emails,
		lists,
		subscription: text(first('X-CARNET-SUBSCRIPTION')),
		custom
	};
}

// vcard 3.0 requires FN, so a card without a name (a company, or carnet's contact known by its
// e-mail) repeats what identifies it there: that is no person's name to split into first and last
function fullName(fn: string, name: string, identifiers: readonly string[]): string {
	if (name !== '' || fn === '') return fn;
	const key = foldText(fn);
	return identifiers.some((value) => value !== '' && foldText(value) === key) ? '' : fn;
}

/** the name of a content line without parsing it: the part before ';' or ':' and after a group */
function quickName(line: string): string {
	const end = line.search(/[;:]/);
	const head = end < 0 ? line : line.slice(0, end);
	return head
		.slice(head.lastIndexOf('.') + 1)
		.trim()
		.toUpperCase();
}

/** cards from content lines; a card nested in another (2.1's AGENT) is skipped with it */
class CardCollector {
	cards = 0;
	private depth = 0;
	private properties: VcardProperty[] = [];

	line(content: string, out: VcardContact[]): void {
		const name = quickName(content);
		if (name === 'BEGIN' || name === 'END') {
			const property = parseProperty(content);
			if (!property || property.raw.trim().toUpperCase() !== 'VCARD') return;
			if (name === 'BEGIN') {
				if (this.depth === 0) {
					this.cards++;
					this.properties = [];
				}
				this.depth++;
			} else if (this.depth > 0) {
				this.depth--;
				if (this.depth === 0) out.push(cardContact(this.cards, this.properties));
			}
			return;
		}
		if (this.depth !== 1 || !USED.has(name)) return;
		const property = parseProperty(content);
		if (property) this.properties.push(property);
	}

	/** a last card without its END line still counts */
	finish(out: VcardContact[]): void {
		if (this.depth > 0) out.push(cardContact(this.cards, this.properties));
		this.depth = 0;
	}
}

export interface VcardChunk {
	contacts: VcardContact[];
	/** the encoding the decoder settled on so far */
	encoding: string;
	bytesDone: number;
	final: boolean;
}

/**
 * the cards of the file, read slice by slice. throws 'file.empty' for a file without content and
 * 'file.unknown_format' for one with content but no card.
 */
export async function* vcardContacts(
	file: Blob,
	encoding: string,
	bomLength: number,
	chunkBytes: number
): AsyncGenerator<VcardChunk> {
	const decoder = createDecoder(encoding);
	const joiner = new LineJoiner();
	const collector = new CardCollector();
	let rest = '';
	let sawContent = false;
	for await (const chunk of byteChunks(file, bomLength, chunkBytes)) {
		const split = splitLines(rest + decoder.decode(chunk.bytes, chunk.final), chunk.final);
		rest = split.rest;
		const content: string[] = [];
		for (const line of split.lines) {
			if (!sawContent && line.trim() !== '') sawContent = true;
			joiner.push(line, content);
		}
		if (chunk.final) joiner.flush(content);
		const contacts: VcardContact[] = [];
		for (const line of content) collector.line(line, contacts);
		if (chunk.final) collector.finish(contacts);
		if (chunk.final && collector.cards === 0) {
			throw sawContent
				? new FileReadError('file.unknown_format', 'no vCard')
				: new FileReadError('file.empty');
		}
		yield { contacts, encoding: decoder.encoding, bytesDone: chunk.end, final: chunk.final };
	}
}

export interface VcardScan {
	encoding: string;
	phones: number;
	emails: number;
	extras: VcardExtras;
	/** cards that hold anything */
	rows: number;
	/** the first cards that hold anything */
	sample: VcardContact[];
}

/** the first pass: how many phone and e-mail columns the header needs, and how many cards there are */
export async function scanVcard(
	file: Blob,
	encoding: string,
	bomLength: number,
	chunkBytes: number,
	sampleSize: number
): Promise<VcardScan> {
	const extras: VcardExtras = { lists: false, subscription: false, custom: [] };
	const labels = new Set<string>();
	const scan: VcardScan = { encoding, phones: 0, emails: 0, extras, rows: 0, sample: [] };
	for await (const chunk of vcardContacts(file, encoding, bomLength, chunkBytes)) {
		scan.encoding = chunk.encoding;
		for (const contact of chunk.contacts) {
			if (isBlankContact(contact)) continue;
			scan.phones = Math.max(scan.phones, contact.phones.length);
			scan.emails = Math.max(scan.emails, contact.emails.length);
			if (contact.lists.length > 0) extras.lists = true;
			if (contact.subscription !== '') extras.subscription = true;
			for (const label of contact.custom.keys()) {
				if (labels.has(label)) continue;
				labels.add(label);
				extras.custom.push(label);
			}
			scan.rows++;
			if (scan.sample.length < sampleSize) scan.sample.push(contact);
		}
	}
	return scan;
}

function isBlankContact(contact: VcardContact): boolean {
	return (
		contact.phones.length === 0 &&
		contact.emails.length === 0 &&
		isBlankRow(Object.values(contact.fields))
	);
}

/** the second pass: the cards as rows of the scanned header */
export async function* vcardRecords(
	file: Blob,
	encoding: string,
	bomLength: number,
	chunkBytes: number,
	scan: Pick<VcardScan, 'phones' | 'emails' | 'extras'>
): AsyncGenerator<RecordChunk> {
	for await (const chunk of vcardContacts(file, encoding, bomLength, chunkBytes)) {
		const first = chunk.contacts[0];
		yield {
			records: chunk.contacts.map((contact) =>
				vcardRow(contact, scan.phones, scan.emails, scan.extras)
			),
			firstNumber: first ? first.number : 0,
			bytesDone: chunk.bytesDone,
			final: chunk.final
		};
	}
}
