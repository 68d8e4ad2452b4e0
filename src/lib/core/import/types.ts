// the contract between the file readers (sniff/read), the column mapping (suggest/row → contact), the
// import worker and the import screens. plain data only: all of it crosses the worker boundary.

import type { ContactDraft, PhoneKind } from '../contact';

export type FileFormat = 'csv' | 'xlsx' | 'xls' | 'ods' | 'vcard';

/** what sniffing a file found, shown to the user before the mapping step */
export interface FileInfo {
	format: FileFormat;
	/** 'utf-8', 'utf-16le', 'utf-16be' or 'windows-1252' for text files; '' for workbooks */
	encoding: string;
	/** ',', ';', '\t' or '|' for delimited text; '' otherwise */
	delimiter: string;
	/** the workbook's sheet names in order; [] for text formats */
	sheets: string[];
	/** the sheet the header and sample come from ('' for text formats) */
	sheet: string;
	/** the column names (for vCard, the fixed names of DESIGN §5: 'First name', 'Phone 1', …) */
	header: string[];
	/** the first data rows (up to 20), as read; blank rows are not shown */
	sample: string[][];
	/**
	 * data rows in the file (blank rows not counted), estimated from the bytes of the first MiB for
	 * bigger text files, counted for workbooks, vCards and text files up to 1 MiB
	 */
	estimatedRows: number;
	/** true when estimatedRows is an exact count */
	exactRows: boolean;
}

/** the user's overrides of what sniffing detected; absent fields are detected */
export interface ReadOptions {
	format?: FileFormat;
	/**
	 * a WHATWG encoding label ('utf-8', 'windows-1252', 'utf-16le', …). 'utf-8' without a BOM still
	 * falls back to windows-1252 where the bytes are not utf-8, since that only replaces garbage
	 */
	encoding?: string;
	/** any single character, usually ',', ';', '\t' or '|' */
	delimiter?: string;
	/** the sheet to read; by default the first sheet that holds anything */
	sheet?: string;
	/** data rows per batch (default 1,000) */
	batchSize?: number;
	/**
	 * skip this many data rows first (resuming an interrupted import). it counts the rows readRows
	 * yields, so blank rows, which it never yields, do not count: pass the number of rows already done.
	 */
	skipRows?: number;
	/** bytes read from the file per step (default 1 MiB); small values exist for tests */
	chunkBytes?: number;
	/**
	 * the largest uncompressed sheet part a workbook may have (default: what SheetJS can turn into one
	 * string, see MAX_SHEET_XML_BYTES); a bigger one is refused early with 'file.too_big'
	 */
	maxSheetBytes?: number;
}

/** a slice of data rows; the header comes with every batch so that a batch stands alone */
export interface RowBatch {
	header: string[];
	rows: string[][];
	/**
	 * the row number the user sees of rows[0]: in a spreadsheet or CSV the header is row 1, so the
	 * first data row is 2; in a vCard file, the number of the card (1-based)
	 */
	firstRow: number;
	/** the row number of each row, when they are not consecutive (blank rows left out) */
	rowNumbers?: number[];
	bytesRead: number;
	totalBytes: number;
}

/** codes of files we cannot read at all (thrown as FileReadError); everything else is row data */
export const FILE_ERRORS = [
	'file.empty',
	'file.binary',
	'file.unknown_format',
	'file.corrupt',
	'file.encrypted',
	'file.too_big',
	'file.no_sheets',
	/** options.sheet names a sheet the workbook does not have */
	'file.sheet_not_found',
	/** options.encoding is not an encoding this browser can decode */
	'file.unknown_encoding'
] as const;
export type FileErrorCode = (typeof FILE_ERRORS)[number];

export class FileReadError extends Error {
	readonly code: FileErrorCode;
	/** a short detail for the message, e.g. the sheet size that is too big */
	readonly detail: string;
	constructor(code: FileErrorCode, detail = '') {
		super(detail ? `${code}: ${detail}` : code);
		this.name = 'FileReadError';
		this.code = code;
		this.detail = detail;
	}
}

/** the contact fields a single column can fill */
export type ContactColumnField =
	| 'firstName'
	| 'lastName'
	/** a whole name, split into first and last name */
	| 'fullName'
	| 'alias'
	| 'organization'
	| 'birthDate'
	| 'street'
	| 'postalCode'
	| 'city'
	| 'region'
	| 'country'
	| 'note'
	/** answers "subscribed?": yes/true/1/subscribed → subscribed; no/false/0/unsubscribed → unsubscribed */
	| 'subscription'
	/** answers "unsubscribed?" (Unsubscribed, Opt-out, Abgemeldet): yes → unsubscribed, no → subscribed */
	| 'unsubscribed';

/** where one column of the file goes */
export type ColumnTarget =
	| { kind: 'field'; field: ContactColumnField }
	/**
	 * several phone columns are allowed; their order in the file is the contact's phone order. without
	 * a phoneKind ("Phone", "Telefon") the number says it: a mobile number is 'mobile', others 'other'.
	 */
	| { kind: 'phone'; phoneKind?: PhoneKind }
	/** a column that names the kind of the phone in column `of` ("Mobile", "Work", "Handy", …) */
	| { kind: 'phoneKind'; of: number }
	| { kind: 'email' }
	/** the country of this row's phones: a dial code ('49', '+49', '0049') or an ISO code ('DE') */
	| { kind: 'countryCode' }
	/**
	 * the names of lists the contact joins (`Choir, "Newsletter, weekly"`, see core/list-names.ts);
	 * the import adds the contact to the lists of those names and creates the ones the book lacks
	 */
	| { kind: 'lists' }
	/** an existing custom field */
	| { kind: 'custom'; fieldId: string }
	/** a custom field the import creates before it starts, named `label` */
	| { kind: 'newCustom'; label: string };

/** one target (or null: "Don't import") per column of the header */
export type ColumnMapping = (ColumnTarget | null)[];

/** why a row (or one value of it) was refused or needs a word */
export interface RowError {
	/** index of the file column, or null when the reason is about the whole row */
	column: number | null;
	/** the draft field, e.g. 'phones.0', 'emails.1', 'birthDate', 'custom.<id>', 'row' */
	field: string;
	/** the value as it was in the file (shortened when huge) */
	value: string;
	/** a stable, translatable reason code */
	error: string;
}

export type RowToContactResult =
	| {
			ok: true;
			draft: ContactDraft;
			warnings: RowError[];
			/** the names of the lists the row puts the contact in (a lists column), when it names any */
			lists?: string[];
	  }
	| { ok: false; errors: RowError[] };
