// the cleaning every piece of user text goes through before it is stored. files and pasted text
// carry invisible control characters (a NUL from a broken export, an ESC from a terminal, a C1 byte
// from a windows-1252 file read as latin-1) that no one can see or edit in a form, so they are
// removed; line breaks and tabs survive only where a field is meant to hold several lines.

/** the longest value a field may hold, in UTF-16 code units; anything longer is refused, not cut */
export const MAX_FIELD_LENGTH = 10_000;

// a break or tab inside a one-line field separated two words: it becomes a space, so the words do
// not run together. NEL (U+0085) and the unicode line and paragraph separators count as breaks.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// C0, DEL and C1 controls, plus U+FFFE and U+FFFF: noncharacters that must never reach a sort key,
// since U+FFFF is the key that sorts missing values last (see keys.ts).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_BUT_TAB_AND_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;
const NEWLINES = /\r\n?|[\u0085\u2028\u2029]/g;

// printable ascii has nothing to normalize, break or remove; most cells of a big import are like that,
// and normalize() alone is ~0.5 µs even then
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** a one-line value: NFC, breaks and tabs as spaces, other controls removed, trimmed */
export function cleanLine(value: string): string {
	if (PRINTABLE_ASCII.test(value)) return value.trim();
	return value.normalize('NFC').replace(LINE_BREAKS, ' ').replace(CONTROLS, '').trim();
}

/** a multi-line value (a note): NFC, one kind of line break, tabs kept, other controls removed, trimmed */
export function cleanMultiline(value: string): string {
	return value.normalize('NFC').replace(NEWLINES, '\n').replace(CONTROLS_BUT_TAB_AND_LF, '').trim();
}

export function isTooLong(value: string): boolean {
	return value.length > MAX_FIELD_LENGTH;
}

/**
 * the start of a long value for an error message: the user must recognise it, and a message must
 * not carry ten thousand characters. never cuts a surrogate pair in half.
 */
export function excerpt(value: string, max = 50): string {
	if (value.length <= max) return value;
	let end = max;
	const last = value.charCodeAt(end - 1);
	if (last >= 0xd800 && last <= 0xdbff) end -= 1;
	return value.slice(0, end) + '…';
}
