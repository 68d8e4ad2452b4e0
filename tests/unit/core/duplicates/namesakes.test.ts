import { describe, expect, it } from 'vitest';
import {
	DEFAULT_DUPLICATE_THRESHOLD,
	NAMESAKE_REFERENCE,
	comparePair,
	findDuplicates,
	namesakeBits
} from '../../../../src/lib/core/duplicates';
import { makeContact } from './make-contact';

describe('namesakeBits', () => {
	const cases = [
		{ name: 'a unique name says more', input: 1, expected: 2 },
		{ name: 'the reference count changes nothing', input: NAMESAKE_REFERENCE, expected: 0 },
		{ name: 'each doubling takes a bit', input: NAMESAKE_REFERENCE * 4, expected: -2 },
		{ name: 'bounded below', input: 100_000, expected: -6 }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(namesakeBits(input)).toBe(expected);
	});
});

describe('a book full of namesakes', () => {
	// two records that a small book would call one person: the same name, the same street with a
	// house number one typo apart, the same postcode
	const a = makeContact('a', {
		firstName: 'Anna',
		lastName: 'Meier',
		street: 'Hauptstraße 18',
		postalCode: '80331'
	});
	const b = makeContact('b', {
		firstName: 'Anna',
		lastName: 'Meier',
		street: 'Hauptstraße 81',
		postalCode: '80331'
	});
	const others = Array.from({ length: 40 }, (_, i) =>
		makeContact(`n${String(i).padStart(2, '0')}`, {
			firstName: 'Anna',
			lastName: 'Meier',
			birthDate: `19${40 + i}-01-15`,
			postalCode: String(20000 + i * 11)
		})
	);

	it('asks for more than the name and a near address', () => {
		expect(comparePair(a, b).score).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
		expect(findDuplicates([a, b]).map((pair) => [pair.a, pair.b])).toEqual([['a', 'b']]);
		expect(findDuplicates([a, b, ...others])).toEqual([]);
	});
});
