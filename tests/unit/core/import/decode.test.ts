import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
	completeUtf8Length,
	createDecoder,
	decodeWindows1252,
	detectEncoding,
	looksBinary
} from '../../../../src/lib/core/import/decode';
import { FileReadError } from '../../../../src/lib/core/import/types';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectEncoding', () => {
	const cases = [
		{ name: 'utf-8 BOM', input: bytes(0xef, 0xbb, 0xbf, 0x41), expected: ['utf-8', 3] },
		{ name: 'utf-16le BOM', input: bytes(0xff, 0xfe, 0x41, 0x00), expected: ['utf-16le', 2] },
		{ name: 'utf-16be BOM', input: bytes(0xfe, 0xff, 0x00, 0x41), expected: ['utf-16be', 2] },
		{
			name: 'utf-16le without BOM, by its NULs',
			input: new Uint8Array(iconv.encode('Name,Phone\r\nMüller,0151\r\n', 'utf-16le')),
			expected: ['utf-16le', 0]
		},
		{
			name: 'utf-16be without BOM, by its NULs',
			input: new Uint8Array(iconv.encode('Name,Phone\r\nMüller,0151\r\n', 'utf-16be')),
			expected: ['utf-16be', 0]
		},
		{ name: 'plain ascii is utf-8', input: utf8('Name,Phone\n'), expected: ['utf-8', 0] },
		{ name: 'valid utf-8', input: utf8('Name\nMüller €\n'), expected: ['utf-8', 0] },
		{
			name: 'a sample cut inside a utf-8 character is still utf-8',
			input: utf8('Name\nMü').subarray(0, 7),
			expected: ['utf-8', 0]
		},
		{
			name: 'bytes that are not utf-8 are windows-1252',
			input: new Uint8Array(iconv.encode('Name;Straße\nJürgen;Größe €\n', 'windows-1252')),
			expected: ['windows-1252', 0]
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const detected = detectEncoding(input);
		expect([detected.encoding, detected.bomLength]).toEqual(expected);
	});
});

describe('decodeWindows1252', () => {
	it('decodes 0x80–0x9f as windows-1252 does (node’s own decoder drops them)', () => {
		const input = bytes(0x80, 0x84, 0x93, 0x96, 0x97, 0x8a, 0x9f, 0x81);
		expect(decodeWindows1252(input)).toBe('€„“–—ŠŸ\u0081');
	});
	it('decodes the latin-1 range as is', () => {
		expect(decodeWindows1252(bytes(0x41, 0xe4, 0xf6, 0xfc, 0xdf, 0xe9, 0xa0))).toBe('Aäöüßé\u00a0');
	});
	it('agrees with iconv-lite on every byte (the five unassigned ones are C1 controls, as WHATWG says)', () => {
		const all = new Uint8Array(256).map((_, i) => i);
		const expected = [...iconv.decode(Buffer.from(all), 'windows-1252')]
			.map((char, byte) => (char === '\ufffd' ? String.fromCharCode(byte) : char))
			.join('');
		expect(decodeWindows1252(all)).toBe(expected);
	});
});

describe('completeUtf8Length', () => {
	const cases = [
		{ name: 'ascii', input: utf8('abc'), expected: 3 },
		{ name: 'whole two-byte character', input: utf8('aü'), expected: 3 },
		{
			name: 'lead byte of a two-byte character held back',
			input: utf8('aü').subarray(0, 2),
			expected: 1
		},
		{ name: 'two of three bytes of €', input: utf8('a€').subarray(0, 3), expected: 1 },
		{ name: 'three of four bytes of an emoji', input: utf8('a😀').subarray(0, 4), expected: 1 },
		{ name: 'whole emoji', input: utf8('a😀'), expected: 5 },
		{
			name: 'stray continuation bytes are not held',
			input: bytes(0x41, 0x80, 0x80, 0x80),
			expected: 4
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(completeUtf8Length(input)).toBe(expected);
	});
});

function decodeInPieces(label: string, data: Uint8Array, size: number): [string, string] {
	const decoder = createDecoder(label);
	let text = '';
	for (let start = 0; start < data.length; start += size) {
		const end = Math.min(data.length, start + size);
		text += decoder.decode(data.subarray(start, end), end === data.length);
	}
	return [text, decoder.encoding];
}

describe('createDecoder', () => {
	const text = 'Müller;Größe;€ 5;😀;Łódź\r\n';
	const cases = [
		{ name: 'utf-8', label: 'utf-8', data: utf8(text), expected: [text, 'utf-8'] },
		{
			name: 'utf-16le',
			label: 'utf-16le',
			data: new Uint8Array(iconv.encode(text, 'utf-16le')),
			expected: [text, 'utf-16le']
		},
		{
			name: 'utf-16be',
			label: 'utf-16be',
			data: new Uint8Array(iconv.encode(text, 'utf-16be')),
			expected: [text, 'utf-16be']
		},
		{
			name: 'latin1 is read as windows-1252',
			label: 'latin1',
			data: new Uint8Array(iconv.encode('Größe € – „x“', 'windows-1252')),
			expected: ['Größe € – „x“', 'windows-1252']
		}
	];
	for (const size of [1, 2, 3, 5, 1024]) {
		it.each(cases)(`$name in pieces of ${size} bytes`, ({ label, data, expected }) => {
			expect(decodeInPieces(label, data, size)).toEqual(expected);
		});
	}

	it('turns utf-8 into windows-1252 where the bytes stop being utf-8', () => {
		const ascii = 'Name;City\r\n' + 'Anna;Berlin\r\n'.repeat(100);
		const data = new Uint8Array(iconv.encode(ascii + 'Jürgen;München\r\n', 'windows-1252'));
		expect(decodeInPieces('utf-8', data, 64)).toEqual([
			ascii + 'Jürgen;München\r\n',
			'windows-1252'
		]);
	});

	it('keeps a file cut inside its last character readable', () => {
		const data = utf8('Anna;Müller').subarray(0, 7);
		expect(decodeInPieces('utf-8', data, 4)).toEqual(['Anna;M\ufffd', 'utf-8']);
	});

	it('refuses an encoding no browser knows', () => {
		expect(() => createDecoder('klingon-8')).toThrow(FileReadError);
	});
});

describe('looksBinary', () => {
	const cases = [
		{ name: 'csv text', input: 'Name,Phone\r\nAnna,0151\r\n', expected: false },
		{ name: 'tabs, form feed and vertical tab are text', input: 'a\tb\fc\vd\r\n', expected: false },
		{ name: 'a NUL is binary', input: 'Name\u0000Phone', expected: true },
		{ name: 'a png header is binary', input: '\u0089PNG\r\n\u001a\n\u0000\u0000', expected: true },
		{
			name: 'a few stray controls in a long text are not',
			input: 'x'.repeat(900) + '\u0001\u0002',
			expected: false
		},
		{ name: 'many controls are binary', input: '\u0001\u0002\u0003\u0004\u0005abc', expected: true }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(looksBinary(input)).toBe(expected);
	});
});
