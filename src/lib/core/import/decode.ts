// turning the bytes of a text file into text, chunk by chunk: which encoding it is (a BOM, the NUL
// pattern of utf-16, whether the bytes are valid utf-8) and a decoder that never splits a character
// across two chunks. windows-1252 is decoded with our own table: node's TextDecoder (small ICU)
// drops the bytes 0x80–0x9f instead of giving '€', '–', '„' …, and the same code must be right in
// node and in browsers.

import { FileReadError } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
	encoding: TextEncodingName;
	/** bytes of the byte order mark at the start of the file, 0 when there is none */
	bomLength: number;
}

/** the encoding a byte order mark announces, or null */
export function bomOf(head: Uint8Array): DetectedEncoding | null {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
		return { encoding: 'utf-8', bomLength: 3 };
	if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
	if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
	return null;
}

/**
 * utf-16 without a BOM, from where its NULs sit: latin text in utf-16le has a zero after every
 * letter, in utf-16be before it. text in other scripts has no NULs and goes undetected (then the
 * user picks the encoding).
 */
export function utf16ByNuls(head: Uint8Array): TextEncodingName | null {
	const pairs = Math.floor(Math.min(head.length, 1024) / 2);
	if (pairs < 2) return null;
	let evenNuls = 0;
	let oddNuls = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (head[i] === 0) evenNuls++;
		if (head[i + 1] === 0) oddNuls++;
	}
	if (oddNuls >= pairs * 0.6 && evenNuls <= pairs * 0.1) return 'utf-16le';
	if (evenNuls >= pairs * 0.6 && oddNuls <= pairs * 0.1) return 'utf-16be';
	return null;
}

/**
 * the length of the part of `bytes` that ends on a whole utf-8 character: a lead byte near the end
 * whose continuation bytes are still to come is held back for the next chunk
 */
export function completeUtf8Length(bytes: Uint8Array): number {
	const end = bytes.length;
	for (let i = end - 1; i >= 0 && i >= end - 3; i--) {
		const byte = bytes[i] ?? 0;
		if (byte < 0x80) return end;
		if (byte >= 0xc0) {
			const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
			return end - i < needed ? i : end;
		}
	}
	return end;
}

function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/**
 * the encoding of a text file from its first bytes: a BOM, else the NULs of utf-16, else utf-8
 * when the bytes are valid utf-8 (a character cut at the end of the sample is fine), else
 * windows-1252, which can decode any byte and is what german and french excel write.
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
	const bom = bomOf(head);
	if (bom) return bom;
	const utf16 = utf16ByNuls(head);
	if (utf16) return { encoding: utf16, bomLength: 0 };
	const whole = head.subarray(0, completeUtf8Length(head));
	return { encoding: isValidUtf8(whole) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

// 0x80–0x9f of windows-1252; the five unassigned bytes map to the C1 controls, as WHATWG says
const WINDOWS_1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

let windows1252Table: Uint16Array | undefined;

function windows1252(): Uint16Array {
	if (windows1252Table) return windows1252Table;
	const table = new Uint16Array(256);
	for (let byte = 0; byte < 256; byte++) table[byte] = byte;
	table.set(WINDOWS_1252_HIGH, 0x80);
	return (windows1252Table = table);
}

// the code units go into a Uint16Array that the native utf-16 decoder reads back in the machine's
// byte order: twice as fast as building the string from character codes
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeWindows1252(bytes: Uint8Array): string {
	const table = windows1252();
	const units = new Uint16Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i] ?? 0] ?? 0;
	return new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be').decode(units);
}

/** decodes a file chunk by chunk; a character split between two chunks comes out whole */
export interface ChunkDecoder {
	/** `final` on the last chunk flushes a character left incomplete at the end of the file */
	decode(bytes: Uint8Array, final: boolean): string;
	/** the encoding in use; 'utf-8' turns into 'windows-1252' when the bytes prove not to be utf-8 */
	readonly encoding: string;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a, 0);
	out.set(b, a.length);
	return out;
}

/**
 * utf-8 that turns into windows-1252 from the first chunk that is not valid utf-8. sniffing looks
 * at the start of the file only, and a german export is often plain ascii for thousands of rows
 * before its first 'ü'; decoding that 'ü' as U+FFFD would lose it, windows-1252 keeps it.
 */
class Utf8OrWindows1252Decoder implements ChunkDecoder {
	encoding = 'utf-8';
	private pending: Uint8Array | null = null;
	private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

	decode(bytes: Uint8Array, final: boolean): string {
		if (this.encoding === 'windows-1252') return decodeWindows1252(bytes);
		const data = this.pending ? concat(this.pending, bytes) : bytes;
		const whole = completeUtf8Length(data);
		const body = data.subarray(0, whole);
		const tail = data.subarray(whole);
		this.pending = null;
		let text: string;
		try {
			text = this.strict.decode(body);
		} catch {
			this.encoding = 'windows-1252';
			return decodeWindows1252(data);
		}
		if (tail.length === 0) return text;
		if (!final) {
			this.pending = tail.slice();
			return text;
		}
		// a file cut inside its last character: the character is lost either way
		return text + new TextDecoder('utf-8', { ignoreBOM: true }).decode(tail);
	}
}

class Windows1252Decoder implements ChunkDecoder {
	readonly encoding = 'windows-1252';
	decode(bytes: Uint8Array): string {
		return decodeWindows1252(bytes);
	}
}

class NativeDecoder implements ChunkDecoder {
	readonly encoding: string;
	private readonly decoder: TextDecoder;
	constructor(decoder: TextDecoder) {
		this.decoder = decoder;
		this.encoding = decoder.encoding;
	}
	decode(bytes: Uint8Array, final: boolean): string {
		return this.decoder.decode(bytes, { stream: !final });
	}
}

/** the canonical name of an encoding label ('latin1' → 'windows-1252'), or null when unknown */
export function encodingName(label: string): string | null {
	try {
		return new TextDecoder(label.trim()).encoding;
	} catch {
		return null;
	}
}

/** a decoder for an encoding label; FileReadError 'file.unknown_encoding' when there is none */
export function createDecoder(label: string): ChunkDecoder {
	const name = encodingName(label);
	if (name === null) throw new FileReadError('file.unknown_encoding', label);
	// WHATWG reads iso-8859-1, latin1 and ascii as windows-1252 too
	if (name === 'windows-1252') return new Windows1252Decoder();
	if (name === 'utf-8') return new Utf8OrWindows1252Decoder();
	return new NativeDecoder(new TextDecoder(name, { ignoreBOM: true }));
}

/**
 * the bytes of the byte order mark of `encoding` at the start of `head` (0 when absent), so that a
 * chosen encoding still drops its own BOM
 */
export function bomLengthFor(encoding: string, head: Uint8Array): number {
	const bom = bomOf(head);
	return bom && bom.encoding === encodingName(encoding) ? bom.bomLength : 0;
}

/**
 * true when the start of a text looks like a binary file: a NUL, or more than a few control
 * characters that text files do not hold. tab, line breaks, form feed, vertical tab (filemaker's
 * line break inside a field) and the DOS end-of-file mark are text.
 */
export function looksBinary(text: string): boolean {
	const length = Math.min(text.length, 1024);
	let controls = 0;
	for (let i = 0; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0) return true;
		if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c) {
			if (code !== 0x0d && code !== 0x1a) controls++;
		}
	}
	return controls > Math.max(2, length / 100);
}
