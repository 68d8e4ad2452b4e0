// csv text for generated rows, in the two dialects the app must read: comma-separated (as most
// tools and google contacts write it) and semicolon-separated with CRLF (as german excel saves
// "CSV (Trennzeichen-getrennt)"). the encoding is the writer's business.

import { COLUMNS, type Column } from './columns';

export interface CsvDialect {
	delimiter: ',' | ';';
	newline: '\n' | '\r\n';
}

export const UTF8_COMMA: CsvDialect = { delimiter: ',', newline: '\n' };
export const EXCEL_SEMICOLON: CsvDialect = { delimiter: ';', newline: '\r\n' };

const NEEDS_QUOTES: Record<CsvDialect['delimiter'], RegExp> = {
	',': /[",\r\n]/,
	';': /[";\r\n]/
};

// rfc 4180: a field with the delimiter, a quote or a line break is quoted, its quotes doubled
export function csvField(value: string, delimiter: CsvDialect['delimiter']): string {
	return NEEDS_QUOTES[delimiter].test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeader(dialect: CsvDialect): string {
	return (
		COLUMNS.map((c) => csvField(c, dialect.delimiter)).join(dialect.delimiter) + dialect.newline
	);
}

export function csvLine(values: Record<Column, string>, dialect: CsvDialect): string {
	let line = '';
	for (let i = 0; i < COLUMNS.length; i++) {
		if (i > 0) line += dialect.delimiter;
		line += csvField(values[COLUMNS[i] as Column], dialect.delimiter);
	}
	return line + dialect.newline;
}
