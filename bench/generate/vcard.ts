// vcard 3.0 (rfc 2426) for generated rows: one card per row, values escaped and long lines folded
// as the rfc asks, so that a reader's unescaping and unfolding are exercised.

import type { Column } from './columns';

const encoder = new TextEncoder();

/** escapes a text value: backslash, comma, semicolon and line breaks (rfc 2426 §4) */
export function escapeVcardText(value: string): string {
	return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * folds a content line into lines of at most 75 octets, each continuation starting with a space
 * (rfc 2425 §5.8.1). it never splits a utf-8 sequence, which the octet rule alone would allow.
 */
export function foldLine(line: string): string {
	if (line.length <= 75 && encoder.encode(line).length <= 75) return line;
	let out = '';
	let width = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0) ?? 0);
		if (width + size > 75) {
			out += '\r\n ';
			width = 1;
		}
		out += char;
		width += size;
	}
	return out;
}

// a birthday as the card format wants it: 1980-12-31, or --12-31 without a year
function vcardDate(value: string): string {
	const dotted = /^(\d{2})\.(\d{2})\.(\d{4})?$/.exec(value);
	if (dotted)
		return dotted[3] ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : `--${dotted[2]}-${dotted[1]}`;
	return value;
}

/** one card, CRLF line ends, ending with the END line and its CRLF */
export function rowToVcard(values: Record<Column, string>): string {
	const lines: string[] = ['BEGIN:VCARD', 'VERSION:3.0'];
	const first = values['First name'];
	const last = values['Last name'];
	const org = values.Organization;
	const formatted = [first, last].filter(Boolean).join(' ') || org || values.Email || values.Mobile;
	lines.push(`N:${escapeVcardText(last)};${escapeVcardText(first)};;;`);
	lines.push(`FN:${escapeVcardText(formatted)}`);
	if (org || values.Department) {
		lines.push(`ORG:${escapeVcardText(org)};${escapeVcardText(values.Department)}`);
	}
	if (values.Mobile) lines.push(`TEL;TYPE=CELL:${values.Mobile}`);
	if (values.Phone) lines.push(`TEL;TYPE=${org ? 'WORK' : 'HOME'}:${values.Phone}`);
	if (values.Email) lines.push(`EMAIL;TYPE=INTERNET:${values.Email}`);
	if (values.Birthday) lines.push(`BDAY:${vcardDate(values.Birthday)}`);
	const address = [
		values.Street,
		values.City,
		values.Region,
		values['Postal code'],
		values.Country
	];
	if (address.some(Boolean)) {
		lines.push(`ADR;TYPE=HOME:;;${address.map(escapeVcardText).join(';')}`);
	}
	if (values.Note) lines.push(`NOTE:${escapeVcardText(values.Note)}`);
	if (values['Customer no.']) {
		lines.push(`X-CUSTOMER-NO:${escapeVcardText(values['Customer no.'])}`);
	}
	lines.push('END:VCARD');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
