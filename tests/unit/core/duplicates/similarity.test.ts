import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	damerauLevenshtein,
	isTypo,
	jaroWinkler,
	jaroWinklerBound,
	similarText,
	withinOneEdit
} from '../../../../src/lib/core/duplicates/similarity';

describe('jaroWinkler', () => {
	// the textbook values (winkler 1990)
	const cases = [
		{ name: 'transposition', input: ['martha', 'marhta'], expected: 0.9611 },
		{ name: 'missing letter', input: ['dwayne', 'duane'], expected: 0.84 },
		{ name: 'two extra letters', input: ['dixon', 'dicksonx'], expected: 0.8133 },
		{ name: 'equal', input: ['meier', 'meier'], expected: 1 },
		{ name: 'nothing in common', input: ['abc', 'xyz'], expected: 0 },
		{ name: 'one empty', input: ['abc', ''], expected: 0 }
	];
	it.each(cases)('$name', ({ input: [a = '', b = ''], expected }) => {
		expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
		expect(jaroWinkler(b, a)).toBeCloseTo(expected, 4);
	});

	it('is symmetric and never above its cheap bound', () => {
		const word = fc.string({ unit: fc.constantFrom(...'aeimnorstuü '), maxLength: 12 });
		fc.assert(
			fc.property(word, word, (a, b) => {
				const similarity = jaroWinkler(a, b);
				expect(jaroWinkler(b, a)).toBe(similarity);
				expect(similarity).toBeGreaterThanOrEqual(0);
				expect(similarity).toBeLessThanOrEqual(1);
				expect(jaroWinklerBound(a, b)).toBeGreaterThanOrEqual(similarity - 1e-12);
			})
		);
	});

	it('bounds it from above for letters outside plain ascii too', () => {
		// 'ł' and 'Ĭ' share their last seven bits: counted alike, which only loosens the bound
		const word = fc.string({ unit: fc.constantFrom(...'aäbłĬlmnß-'), maxLength: 10 });
		fc.assert(
			fc.property(word, word, (a, b) => {
				expect(jaroWinklerBound(a, b)).toBeGreaterThanOrEqual(jaroWinkler(a, b) - 1e-12);
				expect(jaroWinklerBound(b, a)).toBe(jaroWinklerBound(a, b));
			})
		);
	});

	it.each([
		// few letters in common and another first letter: ruled out without the similarity
		{ input: ['hans', 'anna'], below: true },
		{ input: ['peter', 'schulz'], below: true },
		// one edit apart: the bound lets it through
		{ input: ['meier', 'meir'], below: false },
		{ input: ['mayer', 'meyer'], below: false }
	])('its bound of $input is below 0.8: $below', ({ input: [a = '', b = ''], below }) => {
		expect(jaroWinklerBound(a, b) < 0.8).toBe(below);
	});
});

describe('damerauLevenshtein', () => {
	const cases = [
		{ name: 'equal', input: ['schmidt', 'schmidt'], expected: 0 },
		{ name: 'swapped neighbours count once', input: ['schmidt', 'schmdit'], expected: 1 },
		{ name: 'the classic', input: ['kitten', 'sitting'], expected: 3 },
		{ name: 'letter dropped', input: ['meier', 'meir'], expected: 1 },
		// optimal string alignment: no letter is edited twice
		{ name: 'no double edits', input: ['ca', 'abc'], expected: 3 },
		{ name: 'one empty', input: ['', 'abc'], expected: 3 }
	];
	it.each(cases)('$name', ({ input: [a = '', b = ''], expected }) => {
		expect(damerauLevenshtein(a, b)).toBe(expected);
	});

	it('stops at max + 1', () => {
		expect(damerauLevenshtein('abcdefgh', 'stuvwxyz', 2)).toBe(3);
	});

	it('agrees with withinOneEdit', () => {
		const word = fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: 8 });
		fc.assert(
			fc.property(word, word, (a, b) => {
				expect(withinOneEdit(a, b)).toBe(damerauLevenshtein(a, b) <= 1);
			})
		);
	});
});

describe('isTypo', () => {
	const cases = [
		{ name: 'letter swapped', input: ['schmidt', 'schmitd'], expected: true },
		{ name: 'letter doubled', input: ['grosser', 'grossser'], expected: true },
		{ name: 'letter changed', input: ['cannell', 'cannekl'], expected: true },
		{ name: 'two slips in a long word', input: ['hawkesbury', 'hakwesbuyr'], expected: true },
		{ name: 'two slips in a short word', input: ['meier', 'mayer'], expected: false },
		{ name: 'short words must be equal', input: ['li', 'le'], expected: false },
		{ name: 'different words', input: ['meier', 'schulz'], expected: false }
	];
	it.each(cases)('$name', ({ input: [a = '', b = ''], expected }) => {
		expect(isTypo(a, b)).toBe(expected);
	});
});

describe('similarText', () => {
	const cases = [
		{ name: 'a typo in a city', input: ['kununurra', 'kununuodra'], expected: true },
		{ name: 'a misplaced space', input: ['venus bay', 'venusbay'], expected: true },
		{ name: 'two cities', input: ['munchen', 'hamburg'], expected: false }
	];
	it.each(cases)('$name', ({ input: [a = '', b = ''], expected }) => {
		expect(similarText(a, b)).toBe(expected);
	});
});
