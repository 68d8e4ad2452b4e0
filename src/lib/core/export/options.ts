// what an export is asked to write. plain data, so that it crosses the worker boundary as is.

import type { CustomFieldType } from '../contact';

/** the text formats core writes; XLSX is written by SheetJS in the export worker from `contactTable` */
export type ExportFormat = 'csv' | 'google-csv' | 'outlook-csv' | 'vcard';

/** a custom field definition as far as an export needs it (the db's FieldDef fits) */
export interface ExportField {
	id: string;
	label: string;
	type: CustomFieldType;
}

/** a list as far as an export needs it: its name is written for the contact's list ids */
export interface ExportList {
	id: string;
	name: string;
}

/** the columns of the csv and xlsx layouts; `custom:<fieldId>` is a custom field */
export type StandardColumn =
	| 'firstName'
	| 'lastName'
	| 'alias'
	| 'organization'
	| 'phones'
	| 'emails'
	| 'birthDate'
	| 'street'
	| 'postalCode'
	| 'city'
	| 'region'
	| 'country'
	| 'note'
	| 'subscription'
	| 'lists'
	| 'id'
	| 'createdAt'
	| 'updatedAt';

export type ColumnId = StandardColumn | `custom:${string}`;

/** every standard column in the order the csv layout writes them */
export const STANDARD_COLUMNS: readonly StandardColumn[] = [
	'firstName',
	'lastName',
	'alias',
	'organization',
	'phones',
	'emails',
	'birthDate',
	'street',
	'postalCode',
	'city',
	'region',
	'country',
	'note',
	'subscription',
	'lists',
	'id',
	'createdAt',
	'updatedAt'
];

/** the standard columns chosen when the user chooses none: what a person keeps about a contact */
export const DEFAULT_COLUMNS: readonly StandardColumn[] = STANDARD_COLUMNS.filter(
	(column) => column !== 'id' && column !== 'createdAt' && column !== 'updatedAt'
);

export type PhoneFormat = 'international' | 'national';

/** how many phone and e-mail columns the csv and google layouts need: the most any contact has */
export interface ExportShape {
	phones: number;
	emails: number;
}

export interface ExportOptions {
	format: ExportFormat;
	/** custom field definitions in their order; values of fields not listed are not written */
	fields?: readonly ExportField[];
	/** csv: the columns in order; default DEFAULT_COLUMNS and then every field */
	columns?: readonly ColumnId[];
	/** csv: ',' (default) or ';' (what Excel expects in locales with a decimal comma) */
	delimiter?: ',' | ';';
	/** csv layouts: start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8 */
	bom?: boolean;
	/** csv layouts: write cells a spreadsheet would evaluate as text (see guard.ts); default true */
	guardFormulas?: boolean;
	/**
	 * 'international' (default): E.164 as stored, `+4915123456789`, what every importer reads exactly.
	 * 'national': numbers of `defaultCountry` as dialled there (`01512 3456789`), others international.
	 */
	phoneFormat?: PhoneFormat;
	/** the country whose numbers 'national' shortens (ISO 3166-1 alpha-2) */
	defaultCountry?: string;
	/** list names for the contacts' list ids */
	lists?: readonly ExportList[];
	/**
	 * csv and google layouts: phone and e-mail columns. default: the most any contact has when the
	 * contacts are an array, else 3 phones and 3 e-mails. values beyond are counted in `dropped`.
	 */
	shape?: ExportShape;
}

/** what did not fit a layout (Outlook has fixed slots, and no year-less birthday) */
export interface ExportDropped {
	phones: number;
	emails: number;
	birthDates: number;
}
