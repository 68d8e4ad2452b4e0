// the "download failed rows" file: the rows an import refused, with the file's own columns and one
// more column that says why, so that a person can fix the cells and import the file again. it is
// written in chunks, because a big import may refuse many rows and the page never holds them all.

import Papa from 'papaparse';

export interface FailedRow {
	/** the cells as they were in the file */
	values: readonly string[];
	/** why the row was refused, already in the user's words */
	reason: string;
}

export interface FailedRowsCsvOptions {
	/** the delimiter of the original file, so that it opens the way the original did (default ',') */
	delimiter?: string;
}

// spreadsheet apps read a csv without a byte order mark in the system's legacy encoding, which
// breaks every umlaut; carnet's own reader skips the mark
const BOM = '\ufeff';
const NEWLINE = '\r\n';

function unparse(rows: string[][], options: FailedRowsCsvOptions): string {
	if (rows.length === 0) return '';
	return Papa.unparse(rows, { delimiter: options.delimiter || ',', newline: NEWLINE }) + NEWLINE;
}

/** the first chunk of the file: a byte order mark and the header with the reason column last */
export function failedRowsCsvHeader(
	header: readonly string[],
	reasonLabel: string,
	options: FailedRowsCsvOptions = {}
): string {
	return BOM + unparse([[...header, reasonLabel]], options);
}

/**
 * the lines of some failed rows. a short row is padded so that its reason sits under the reason
 * column; cells beyond the header (a ragged row) follow the reason, so that nothing of the row is lost.
 */
export function failedRowsCsvLines(
	header: readonly string[],
	rows: readonly FailedRow[],
	options: FailedRowsCsvOptions = {}
): string {
	const width = header.length;
	const lines = rows.map((row) => {
		const cells = row.values.slice(0, width);
		while (cells.length < width) cells.push('');
		return [...cells, row.reason, ...row.values.slice(width)];
	});
	return unparse(lines, options);
}

/** the whole file as one string (for small files and tests) */
export function failedRowsCsv(
	header: readonly string[],
	reasonLabel: string,
	rows: readonly FailedRow[],
	options: FailedRowsCsvOptions = {}
): string {
	return (
		failedRowsCsvHeader(header, reasonLabel, options) + failedRowsCsvLines(header, rows, options)
	);
}
