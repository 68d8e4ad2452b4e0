import { describe, expect, it } from 'vitest';
import {
	MAX_FIELD_LENGTH,
	cleanLine,
	cleanMultiline,
	excerpt,
	isTooLong
} from '../../../src/lib/core/text';

describe('cleanLine', () => {
	const cases = [
		{ name: 'plain', input: 'Anna', expected: 'Anna' },
		{ name: 'trims', input: '  Anna \u00a0', expected: 'Anna' },
		{ name: 'NUL and ESC vanish', input: 'An\u0000na\u001b[0m', expected: 'Anna[0m' },
		{ name: 'DEL vanishes', input: 'Mül\u007fler', expected: 'Müller' },
		{ name: 'C1 controls vanish', input: '\u0080Jo\u009fe', expected: 'Joe' },
		{ name: 'tab between words is a space', input: 'Anna\tMaria', expected: 'Anna Maria' },
		{ name: 'line breaks are a space', input: 'Anna\r\n\r\nMaria', expected: 'Anna Maria' },
		{
			name: 'NEL and separators are a space',
			input: 'a\u0085b\u2028c\u2029d',
			expected: 'a b c d'
		},
		{ name: 'noncharacters vanish', input: 'x\uffffy\ufffe', expected: 'xy' },
		{ name: 'BOM at the start is trimmed', input: '\ufeffAnna', expected: 'Anna' },
		{ name: 'NFC', input: 'Mu\u0308ller', expected: 'Müller' },
		{ name: 'emoji and joiners stay', input: '👩‍💻 Ada', expected: '👩‍💻 Ada' },
		{ name: 'markup stays text', input: '<b>Ada</b>', expected: '<b>Ada</b>' },
		{ name: 'only controls', input: '\u0001\u0002', expected: '' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(cleanLine(input)).toBe(expected);
	});
});

describe('cleanMultiline', () => {
	const cases = [
		{ name: 'keeps line feeds and tabs', input: 'a\n\tb', expected: 'a\n\tb' },
		{ name: 'windows and old mac breaks', input: 'a\r\nb\rc', expected: 'a\nb\nc' },
		{ name: 'NEL and separators become line feeds', input: 'a\u0085b\u2028c', expected: 'a\nb\nc' },
		{ name: 'other controls vanish', input: 'a\u0000\u000b\u000c\u0007b\u009b', expected: 'ab' },
		{ name: 'trims the ends only', input: '  \n a  b \n ', expected: 'a  b' }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(cleanMultiline(input)).toBe(expected);
	});
});

describe('length', () => {
	it('allows exactly the limit and refuses one more', () => {
		expect(isTooLong('x'.repeat(MAX_FIELD_LENGTH))).toBe(false);
		expect(isTooLong('x'.repeat(MAX_FIELD_LENGTH + 1))).toBe(true);
	});

	const cases = [
		{ name: 'short stays', input: 'abc', expected: 'abc' },
		{ name: 'exactly 50 stays', input: 'x'.repeat(50), expected: 'x'.repeat(50) },
		{
			name: 'longer is cut with an ellipsis',
			input: 'y'.repeat(51),
			expected: 'y'.repeat(50) + '…'
		},
		{
			name: 'never half a surrogate pair',
			input: 'z'.repeat(49) + '😀' + 'z',
			expected: 'z'.repeat(49) + '…'
		}
	];
	it.each(cases)('excerpt: $name', ({ input, expected }) => {
		expect(excerpt(input)).toBe(expected);
	});
});
