// vCard 3.0 (RFC 2426), one card per contact, as phones, address books, Google and Outlook read it.
//
// - lines end with CRLF and are folded at 75 octets of UTF-8 (a continuation starts with a space),
//   never inside a character;
// - text escapes backslash, comma and line breaks; `;` is escaped only in the structured properties
//   (N, ADR, ORG), where it separates components. RFC 6350 says the same, and parsers such as ical.js
//   read a `\;` in a plain text property (a NOTE) back as two characters;
// - a birthday without a year is written `--MM-DD`, the ISO 8601 truncated form vCard 4 adopted and
//   Apple, Google and ical.js read in 3.0 too;
// - phone kinds: mobile CELL, whatsapp CELL plus X-WHATSAPP, home HOME, work WORK, other VOICE; the
//   primary phone and e-mail carry PREF;
// - list names go into CATEGORIES, custom fields into `X-CARNET-FIELD;X-LABEL="…":value`, and an
//   unsubscribed contact carries `X-CARNET-SUBSCRIPTION:unsubscribed` (subscription memory must
//   survive a move to another device).

import type { Contact, PhoneKind } from '../contact';
import { displayName } from '../display-name';
import type { ExportOptions } from './options';
import { customText, listNamer, phoneWriter } from './values';

const PHONE_TYPES: Readonly<Record<PhoneKind, string>> = {
	mobile: 'CELL',
	whatsapp: 'CELL,X-WHATSAPP',
	home: 'HOME,VOICE',
	work: 'WORK,VOICE',
	other: 'VOICE'
};

const encoder = new TextEncoder();

/** text as a vCard value: `\`, `,` and line breaks escaped, and `;` too in structured values */
export function escapeText(value: string, structured = false): string {
	let escaped = value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
	if (structured) escaped = escaped.replace(/;/g, '\\;');
	return escaped.replace(/\r\n|\r|\n/g, '\\n');
}

// a parameter value in double quotes; RFC 6868 caret encoding carries quotes and line breaks
function paramValue(value: string): string {
	const encoded = value
		.replace(/\^/g, '^^')
		.replace(/"/g, "^'")
		.replace(/\r\n|\r|\n/g, '^n');
	return `"${encoded}"`;
}

/**
 * one content line folded to at most 75 octets per physical line, CRLF-terminated. the cut falls
 * between characters (code points), so no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
	if (encoder.encode(line).length <= 75) return line + '\r\n';
	let out = '';
	let current = '';
	let octets = 0;
	// the first line holds 75 octets; each continuation holds 74 after its leading space
	let limit = 75;
	for (const char of line) {
		const size = utf8Length(char);
		if (octets + size > limit) {
			out += current + '\r\n ';
			current = '';
			octets = 0;
			limit = 74;
		}
		current += char;
		octets += size;
	}
	return out + current + '\r\n';
}

function utf8Length(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

export interface VCardWriter {
	card(contact: Contact): string;
}

export function vcardWriter(opts: ExportOptions): VCardWriter {
	const phone = phoneWriter(opts);
	const listNames = listNamer(opts.lists);
	const fields = opts.fields ?? [];
	return {
		card(contact) {
			const lines: string[] = ['BEGIN:VCARD', 'VERSION:3.0'];
			const structured = (...parts: string[]) => parts.map((p) => escapeText(p, true)).join(';');
			lines.push(`N:${structured(contact.lastName, contact.firstName, '', '', '')}`);
			// FN is required in 3.0; a contact without a name goes by what identifies it
			lines.push(`FN:${escapeText(displayName(contact))}`);
			if (contact.alias) lines.push(`NICKNAME:${escapeText(contact.alias)}`);
			if (contact.organization) lines.push(`ORG:${structured(contact.organization)}`);
			contact.phones.forEach((entry, index) => {
				const types = PHONE_TYPES[entry.kind] + (index === 0 ? ',PREF' : '');
				lines.push(`TEL;TYPE=${types}:${phone(entry.value, contact.country)}`);
			});
			contact.emails.forEach((email, index) => {
				lines.push(`EMAIL;TYPE=INTERNET${index === 0 ? ',PREF' : ''}:${escapeText(email.value)}`);
			});
			if (contact.birthDate) lines.push(`BDAY:${contact.birthDate}`);
			if (
				contact.street ||
				contact.city ||
				contact.postalCode ||
				contact.region ||
				contact.country
			) {
				const adr = structured(
					'',
					'',
					contact.street,
					contact.city,
					contact.region,
					contact.postalCode,
					contact.country
				);
				lines.push(`ADR;TYPE=HOME:${adr}`);
			}
			if (contact.note) lines.push(`NOTE:${escapeText(contact.note)}`);
			const lists = listNames(contact.listIds);
			if (lists.length > 0) lines.push(`CATEGORIES:${lists.map((n) => escapeText(n)).join(',')}`);
			for (const field of fields) {
				const value = customText(contact.custom[field.id]);
				if (value === '') continue;
				lines.push(
					`X-CARNET-FIELD;VALUE=text;X-LABEL=${paramValue(field.label)}:${escapeText(value)}`
				);
			}
			if (contact.subscription === 'unsubscribed') lines.push('X-CARNET-SUBSCRIPTION:unsubscribed');
			lines.push(`UID:${escapeText(contact.id)}`, 'END:VCARD');
			return lines.map(foldLine).join('');
		}
	};
}
