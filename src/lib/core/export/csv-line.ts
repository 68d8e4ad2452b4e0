// one CSV record as RFC 4180 writes it: fields separated by the delimiter, a field quoted when it
// holds a delimiter, a quote or a line break (quotes doubled inside), records ended by CRLF.

const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRecord(cells: readonly string[], delimiter: string): string {
	return cells.map(csvField).join(delimiter) + '\r\n';
}
