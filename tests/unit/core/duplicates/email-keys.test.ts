import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRotation, specificLocalPart } from '../../../../src/lib/core/duplicates/email-keys';

// every rotation made and compared: what firstRotation must agree with
function smallestRotation(text: string): string {
	let best = text;
	for (let i = 1; i < text.length; i++) {
		const rotation = text.slice(i) + text.slice(0, i);
		if (rotation < best) best = rotation;
	}
	return best;
}

describe('firstRotation', () => {
	it.each([
		{ input: 'meieranna', expected: 'ameierann' },
		{ input: 'annameier', expected: 'ameierann' },
		{ input: 'baba', expected: 'abab' },
		{ input: 'aaaa', expected: 'aaaa' },
		{ input: 'x', expected: 'x' },
		{ input: '', expected: '' }
	])('$input → $expected', ({ input, expected }) => {
		expect(firstRotation(input)).toBe(expected);
	});

	it('is the smallest of all rotations', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'abcäz'), maxLength: 14 }), (text) => {
				expect(firstRotation(text)).toBe(smallestRotation(text));
			})
		);
	});
});

describe('specificLocalPart', () => {
	it.each([
		{ input: 'meier.anna@web.de', expected: 'ameierann' },
		{ input: 'anna.meier84@gmx.de', expected: 'ameierann84' },
		{ input: 'info@acme.de', expected: '' },
		{ input: 'ab@web.de', expected: '' }
	])('$input → "$expected"', ({ input, expected }) => {
		expect(specificLocalPart(input)).toBe(expected);
	});
});
