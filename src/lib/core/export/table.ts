// the csv and xlsx layout: one row per contact, the columns the user chose. phones and e-mails take
// as many columns as the shape says (`Phone 1`, `Phone 1 type`, … `Email 1` …), the names the
// import recognizes (DESIGN §5) so that an export reads back as the same contacts.

import type { Contact } from '../contact';
import { customColumnHeader } from '../import/suggest-mapping';
import { joinListNames } from '../list-names';
import {
	DEFAULT_COLUMNS,
	type ColumnId,
	type ExportDropped,
	type ExportField,
	type ExportOptions,
	type ExportShape,
	type StandardColumn
} from './options';
import { PHONE_KIND_NAMES, customText, isoTime, listNamer, phoneWriter } from './values';

/** a cell of the table: text, or a typed value that xlsx keeps as a number or a boolean */
export type TableCell = string | number | boolean;

const HEADERS: Readonly<Record<Exclude<StandardColumn, 'phones' | 'emails'>, string>> = {
	firstName: 'First name',
	lastName: 'Last name',
	alias: 'Alias',
	organization: 'Organization',
	birthDate: 'Birth date',
	street: 'Street',
	postalCode: 'Postal code',
	city: 'City',
	region: 'Region',
	country: 'Country',
	note: 'Note',
	subscription: 'Subscription',
	lists: 'Lists',
	id: 'Id',
	createdAt: 'Created',
	updatedAt: 'Updated'
};

export const DEFAULT_SHAPE: Readonly<ExportShape> = { phones: 3, emails: 3 };

/** the most phones and e-mails any of the contacts has (at least one column of each) */
export function measureShape(contacts: Iterable<Contact>, start?: ExportShape): ExportShape {
	const shape = { phones: start?.phones ?? 1, emails: start?.emails ?? 1 };
	for (const contact of contacts) {
		if (contact.phones.length > shape.phones) shape.phones = contact.phones.length;
		if (contact.emails.length > shape.emails) shape.emails = contact.emails.length;
	}
	return shape;
}

/** the columns of an export: the chosen ones, or the defaults followed by every custom field */
export function resolveColumns(opts: Pick<ExportOptions, 'columns' | 'fields'>): ColumnId[] {
	if (opts.columns) return [...opts.columns];
	return [...DEFAULT_COLUMNS, ...(opts.fields ?? []).map((field) => `custom:${field.id}` as const)];
}

export interface ContactTable {
	header: string[];
	row(contact: Contact): TableCell[];
	readonly dropped: ExportDropped;
}

type Cells = (contact: Contact, into: TableCell[]) => void;

/** the table layout for these options; its rows are as long as its header */
export function contactTable(opts: ExportOptions): ContactTable {
	const shape = opts.shape ?? DEFAULT_SHAPE;
	const fields = new Map((opts.fields ?? []).map((field) => [field.id, field]));
	const phone = phoneWriter(opts);
	const listNames = listNamer(opts.lists);
	const dropped: ExportDropped = { phones: 0, emails: 0, birthDates: 0 };
	const header: string[] = [];
	const writers: Cells[] = [];
	const standardHeaders = new Set(Object.values(HEADERS).map((name) => name.toLowerCase()));
	for (let n = 1; n <= shape.phones; n++) standardHeaders.add(`phone ${n}`).add(`phone ${n} type`);
	for (let n = 1; n <= shape.emails; n++) standardHeaders.add(`email ${n}`);

	for (const column of resolveColumns(opts)) {
		if (column === 'phones') {
			for (let n = 1; n <= shape.phones; n++) header.push(`Phone ${n}`, `Phone ${n} type`);
			writers.push((contact, into) => {
				for (let i = 0; i < shape.phones; i++) {
					const entry = contact.phones[i];
					into.push(
						entry ? phone(entry.value, contact.country) : '',
						entry ? PHONE_KIND_NAMES[entry.kind] : ''
					);
				}
				dropped.phones += Math.max(0, contact.phones.length - shape.phones);
			});
		} else if (column === 'emails') {
			for (let n = 1; n <= shape.emails; n++) header.push(`Email ${n}`);
			writers.push((contact, into) => {
				for (let i = 0; i < shape.emails; i++) into.push(contact.emails[i]?.value ?? '');
				dropped.emails += Math.max(0, contact.emails.length - shape.emails);
			});
		} else if (column.startsWith('custom:')) {
			const field = fields.get(column.slice('custom:'.length));
			if (!field) continue;
			header.push(customHeader(field, standardHeaders));
			writers.push((contact, into) => into.push(customCell(field, contact)));
		} else {
			const standard = column as Exclude<StandardColumn, 'phones' | 'emails'>;
			header.push(HEADERS[standard]);
			writers.push(standardCell(standard, listNames));
		}
	}

	return {
		header,
		dropped,
		row(contact) {
			const cells: TableCell[] = [];
			for (const write of writers) write(contact, cells);
			return cells;
		}
	};
}

// a custom field named like a standard column ("City"), or like anything else our import reads
// as something other than a new field ("Remark" is a note), is written `City (custom)`
function customHeader(field: ExportField, standard: ReadonlySet<string>): string {
	return customColumnHeader(field.label, standard);
}

function customCell(field: ExportField, contact: Contact): TableCell {
	const value = contact.custom[field.id];
	if (field.type === 'number' && typeof value === 'number') return value;
	if (field.type === 'boolean' && typeof value === 'boolean') return value;
	return customText(value);
}

function standardCell(
	column: Exclude<StandardColumn, 'phones' | 'emails'>,
	listNames: (ids: readonly string[]) => string[]
): Cells {
	switch (column) {
		case 'lists':
			return (contact, into) => into.push(joinListNames(listNames(contact.listIds)));
		case 'subscription':
			return (contact, into) =>
				into.push(contact.subscription === 'unsubscribed' ? 'unsubscribed' : 'subscribed');
		case 'createdAt':
		case 'updatedAt':
			return (contact, into) => into.push(isoTime(contact[column]));
		default:
			return (contact, into) => into.push(contact[column]);
	}
}

/**
 * a row for a workbook: an empty cell is left out (null) rather than written as '', which halves a
 * SheetJS sheet's memory and makes its zip four times faster to write (measured at 100 k contacts)
 */
export function sheetRow(cells: readonly TableCell[]): (TableCell | null)[] {
	return cells.map((cell) => (cell === '' ? null : cell));
}
