// spreadsheet formula injection (OWASP "CSV injection", CWE-1236): Excel, LibreOffice and Google
// Sheets read a cell that starts with `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage
// return can hide such a start. a contact's note like `=HYPERLINK("https://evil", "open")` or a DDE
// payload would run in the spreadsheet of whoever opens the export. a guarded cell gets a leading
// apostrophe, the marker both programs treat as "this is text", so it is shown and never evaluated.
//
// what is not guarded: a value made only of digits, spaces and `+ - ( ) . , /` after an optional
// sign, such as a phone in international form (`+49 1512 3456789`) or a negative number (`-12.5`).
// without letters, quotes, `!`, `|`, `:` or `@` a formula cannot reference a cell, call a function or
// reach another program, so the worst it can be is arithmetic on literal numbers. guarding it would
// put an apostrophe in front of every international phone, which Google Contacts and Outlook would
// then keep as part of the number.

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const INERT_NUMBER = /^[+-]?[\d(][\d ().,/-]*$/;

/** whether a spreadsheet could evaluate the cell as a formula that does more than arithmetic */
export function needsGuard(value: string): boolean {
	const first = value[0];
	return first !== undefined && TRIGGERS.has(first) && !INERT_NUMBER.test(value);
}

/**
 * whether a value is what the guard guards, or such a value behind apostrophes of the user's own
 * (`'=1`): those get one more, so that the import, which takes one off, gives the value back whole
 */
function guarded(value: string): boolean {
	let start = 0;
	while (value[start] === "'") start++;
	return needsGuard(start === 0 ? value : value.slice(start));
}

/** the cell as written with the guard on: `=1+A1` → `'=1+A1`, `'=1` → `''=1`; the rest as is */
export function guardCell(value: string): string {
	return guarded(value) ? `'${value}` : value;
}

/**
 * the cell as it was before `guardCell`: what an import of a guarded csv reads. only an apostrophe
 * the guard would have added is removed, so `'tis`, `'s-Hertogenbosch` and `'+49 151…` stay as
 * written. (a file written without the guard loses the apostrophe of a value like `'=1`: such a
 * value is rare, and the apostrophe is exactly what guarding exporters, ours included, write.)
 */
export function unguardCell(value: string): string {
	return value.startsWith("'") && guarded(value.slice(1)) ? value.slice(1) : value;
}
