// the header of every generated file. the names are what a person's own spreadsheet might use,
// including a lower-case machine column (`country_code`) and two custom columns, so that the
// import's column mapping has something to do.

export const COLUMNS = [
	'First name',
	'Last name',
	'Organization',
	'Mobile',
	'Phone',
	'Email',
	'Birthday',
	'Street',
	'Postal code',
	'City',
	'Region',
	'Country',
	'country_code',
	'Note',
	'Department',
	'Customer no.'
] as const;

export type Column = (typeof COLUMNS)[number];

/** how a copy of a person differs from the original; recorded in the truth file */
export const CHANGES = [
	'typo',
	'swapped-names',
	'nickname',
	'initial',
	'no-diacritics',
	'upper-case',
	'phone-format',
	'extra-phone',
	'missing-phone',
	'new-phone',
	'email-case',
	'other-email',
	'missing-email',
	'moved',
	'missing-address',
	'birthday-format',
	'missing-birthday'
] as const;

export type Change = (typeof CHANGES)[number];

export interface GeneratedRow {
	/** 1-based position among the data rows (the header is not counted) */
	row: number;
	/** the same number on every row that describes the same person */
	personId: number;
	/** one string per column; an empty string is an empty cell */
	values: Record<Column, string>;
	/** false for a copy of an earlier row's person */
	original: boolean;
	/** how this copy was corrupted; empty for an original */
	changes: readonly Change[];
}
