// the lines of a vCard file (2.1, 3.0, 4.0): physical lines joined into content lines (folded
// lines, and the soft line breaks of quoted-printable in 2.1), each split into group, name,
// parameters and value, and the value decoded (quoted-printable or base64, then its CHARSET).

import { decodeWindows1252, encodingName } from './decode';

export interface VcardProperty {
	/** the group before a dot ('item1' in 'item1.TEL'), lower-case; '' when none */
	group: string;
	/** upper-case: 'TEL', 'N', 'X-ABLABEL' … */
	name: string;
	/** upper-case parameter names to their values; 2.1's bare values ('TEL;CELL') count as TYPE */
	params: Map<string, string[]>;
	/** the value as written, still escaped and encoded */
	raw: string;
}

/** splits text into physical lines; the last, unfinished line is returned apart */
export function splitLines(text: string, final: boolean): { lines: string[]; rest: string } {
	let end = text.length;
	if (!final) {
		// a '\r' at the very end may be the first half of '\r\n': its line waits for the next chunk
		const last = text.endsWith('\r') ? text.length - 2 : text.length - 1;
		end = Math.max(text.lastIndexOf('\n', last), text.lastIndexOf('\r', last)) + 1;
	}
	const body = text.slice(0, end);
	const lines = body === '' ? [] : body.split(/\r\n|\n|\r/);
	// the split leaves an empty string after a final line break
	if (lines.length > 0 && lines[lines.length - 1] === '' && /[\r\n]$/.test(body)) lines.pop();
	return { lines, rest: text.slice(end) };
}

function isQuotedPrintable(line: string): boolean {
	const colon = line.indexOf(':');
	const head = colon < 0 ? line : line.slice(0, colon);
	return /;\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\b/i.test(head);
}

/**
 * joins physical lines into content lines: a line starting with a space or tab continues the
 * previous one (that one character dropped), and in quoted-printable a line ending in '=' goes on
 * in the next line whatever it starts with.
 */
export class LineJoiner {
	private parts: string[] = [];
	private quotedPrintable = false;

	/** the content lines a physical line completes */
	push(line: string, out: string[]): void {
		const last = this.parts[this.parts.length - 1];
		if (this.quotedPrintable && last !== undefined && last.endsWith('=')) {
			this.parts[this.parts.length - 1] = last.slice(0, -1);
			this.parts.push(line);
			return;
		}
		if (this.parts.length > 0 && (line.startsWith(' ') || line.startsWith('\t'))) {
			this.parts.push(line.slice(1));
			return;
		}
		this.flush(out);
		if (line.trim() === '') return;
		this.parts.push(line);
		this.quotedPrintable = isQuotedPrintable(line);
	}

	flush(out: string[]): void {
		if (this.parts.length === 0) return;
		out.push(this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join(''));
		this.parts = [];
		this.quotedPrintable = false;
	}
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** splits on a separator outside double quotes */
function splitOutsideQuotes(text: string, separator: string): string[] {
	const out: string[] = [];
	let inQuotes = false;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '"') inQuotes = !inQuotes;
		else if (char === separator && !inQuotes) {
			out.push(text.slice(start, i));
			start = i + 1;
		}
	}
	out.push(text.slice(start));
	return out;
}

function unquote(value: string): string {
	const trimmed = value.trim();
	return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
		? trimmed.slice(1, -1)
		: trimmed;
}

/** the property of a content line, or null when the line has no ':' */
export function parseProperty(line: string): VcardProperty | null {
	let inQuotes = false;
	let colon = -1;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (char === '"') inQuotes = !inQuotes;
		else if (char === ':' && !inQuotes) {
			colon = i;
			break;
		}
	}
	if (colon < 0) return null;
	const [nameWithGroup = '', ...paramParts] = splitOutsideQuotes(line.slice(0, colon), ';');
	const dot = nameWithGroup.lastIndexOf('.');
	const params = new Map<string, string[]>();
	const add = (key: string, values: string[]) => {
		const list = params.get(key);
		if (list) list.push(...values);
		else params.set(key, values);
	};
	for (const part of paramParts) {
		const custom = androidLabel(part);
		if (custom !== null) {
			add('X-CUSTOM', [custom]);
			continue;
		}
		const equals = part.indexOf('=');
		if (equals < 0) {
			const bare = part.trim();
			if (bare === '') continue;
			add(ENCODINGS.has(bare.toUpperCase()) ? 'ENCODING' : 'TYPE', [bare]);
			continue;
		}
		const key = part.slice(0, equals).trim().toUpperCase();
		add(key, splitOutsideQuotes(part.slice(equals + 1), ',').map(unquote));
	}
	return {
		group: dot < 0 ? '' : nameWithGroup.slice(0, dot).trim().toLowerCase(),
		name: nameWithGroup
			.slice(dot + 1)
			.trim()
			.toUpperCase(),
		params,
		raw: line.slice(colon + 1)
	};
}

/**
 * android writes a phone's own label as 'TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=57…)':
 * the label is the last item, quoted-printable when it says so
 */
function androidLabel(part: string): string | null {
	const match = /^\s*X-CUSTOM\((.*)\)\s*$/i.exec(part);
	if (!match) return null;
	const items = (match[1] ?? '').split(',');
	const label = items[items.length - 1] ?? '';
	if (!items.some((item) => /QUOTED-PRINTABLE/i.test(item))) return label;
	const charset = items.find((item) => /^CHARSET=/i.test(item))?.slice('CHARSET='.length) ?? '';
	return decodeCharset(quotedPrintableBytes(label), charset);
}

/** the first value of a parameter, upper-case; '' when absent */
export function param(property: VcardProperty, key: string): string {
	return (property.params.get(key)?.[0] ?? '').toUpperCase();
}

function hexValue(code: number): number {
	if (code >= 0x30 && code <= 0x39) return code - 0x30;
	if (code >= 0x41 && code <= 0x46) return code - 0x37;
	if (code >= 0x61 && code <= 0x66) return code - 0x57;
	return -1;
}

const utf8Encoder = new TextEncoder();

/** the bytes of a quoted-printable value; a '=' not followed by two hex digits stays as it is */
export function quotedPrintableBytes(value: string): Uint8Array {
	const out = new Uint8Array(value.length * 3);
	let length = 0;
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		if (code === 0x3d && i + 2 < value.length) {
			const high = hexValue(value.charCodeAt(i + 1));
			const low = hexValue(value.charCodeAt(i + 2));
			if (high >= 0 && low >= 0) {
				out[length++] = high * 16 + low;
				i += 2;
				continue;
			}
		}
		if (code < 0x80) out[length++] = code;
		else {
			const bytes = utf8Encoder.encode(value[i] ?? '');
			out.set(bytes, length);
			length += bytes.length;
		}
	}
	return out.subarray(0, length);
}

function base64Bytes(value: string): Uint8Array | null {
	try {
		const binary = atob(value.replace(/\s+/g, ''));
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return null;
	}
}

/** bytes in the card's CHARSET; utf-8 by default, windows-1252 when they are not utf-8 */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
	const name = charset ? encodingName(charset) : null;
	if (name === 'windows-1252') return decodeWindows1252(bytes);
	if (name && name !== 'utf-8') return new TextDecoder(name).decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return decodeWindows1252(bytes);
	}
}

/** the value with its transfer encoding undone; still escaped (\\n, \\;, \\,) as vCard writes it */
export function propertyValue(property: VcardProperty): string {
	const encoding = param(property, 'ENCODING');
	const charset = property.params.get('CHARSET')?.[0] ?? '';
	if (encoding === 'QUOTED-PRINTABLE')
		return decodeCharset(quotedPrintableBytes(property.raw), charset);
	if (encoding === 'BASE64' || encoding === 'B') {
		const bytes = base64Bytes(property.raw);
		return bytes ? decodeCharset(bytes, charset) : '';
	}
	return property.raw;
}

/** splits a structured value (N, ADR, ORG) at the separators that are not escaped */
export function splitEscaped(value: string, separator: ';' | ','): string[] {
	const out: string[] = [];
	let start = 0;
	for (let i = 0; i < value.length; i++) {
		const char = value[i];
		if (char === '\\') i++;
		else if (char === separator) {
			out.push(value.slice(start, i));
			start = i + 1;
		}
	}
	out.push(value.slice(start));
	return out;
}

/** undoes vCard's text escapes; an unknown escape (a windows path in a 2.1 note) stays as written */
export function unescapeText(value: string): string {
	if (!value.includes('\\')) return value;
	return value.replace(/\\([\\,;nN])/g, (_, char: string) =>
		char === 'n' || char === 'N' ? '\n' : char
	);
}
