import { describe, expect, it } from 'vitest';
import { createPermutation } from '../../../bench/generate/permutation';
import { createRng, seedToUint32, weightedPicker } from '../../../bench/generate/rng';

describe('createRng', () => {
	it('repeats its sequence for the same seed', () => {
		const a = createRng(42);
		const b = createRng(42);
		const first = Array.from({ length: 100 }, () => a.uint32());
		const second = Array.from({ length: 100 }, () => b.uint32());
		expect(first).toEqual(second);
	});

	it('gives a different sequence for a neighbouring seed', () => {
		const a = createRng(1);
		const b = createRng(2);
		const first = Array.from({ length: 20 }, () => a.uint32());
		const second = Array.from({ length: 20 }, () => b.uint32());
		const same = first.filter((x, i) => x === second[i]).length;
		expect(same).toBe(0);
	});

	it('tells apart seeds beyond 32 bits and fractional seeds', () => {
		expect(seedToUint32(2 ** 32 + 1)).not.toBe(seedToUint32(1));
		expect(seedToUint32(1.5)).not.toBe(seedToUint32(1));
		expect(() => createRng(Number.NaN)).toThrow(RangeError);
	});

	it('stays in range and is roughly uniform', () => {
		const rng = createRng(7);
		const buckets = new Array<number>(10).fill(0);
		let outside = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = rng.next();
			if (!(x >= 0 && x < 1)) outside++;
			const bucket = rng.int(10);
			buckets[bucket] = (buckets[bucket] ?? 0) + 1;
		}
		expect(outside).toBe(0);
		for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
	});

	it('refuses to pick from an empty list', () => {
		expect(() => createRng(1).pick([])).toThrow(RangeError);
	});
});

describe('weightedPicker', () => {
	it('follows the weights and never picks a zero weight', () => {
		const pick = weightedPicker([
			['a', 3],
			['b', 1],
			['never', 0]
		]);
		const rng = createRng(3);
		const counts: Record<string, number> = { a: 0, b: 0, never: 0 };
		for (let i = 0; i < 40_000; i++) {
			const value = pick(rng);
			counts[value] = (counts[value] ?? 0) + 1;
		}
		expect(counts.never).toBe(0);
		expect(Math.abs((counts.a ?? 0) / 40_000 - 0.75)).toBeLessThan(0.02);
	});
});

describe('createPermutation', () => {
	it.each([1, 2, 3, 10, 97, 1000, 65_536, 100_003])('is a bijection on [0, %i)', (size) => {
		const permute = createPermutation(size, 11);
		const seen = new Uint8Array(size);
		let outside = 0;
		for (let i = 0; i < size; i++) {
			const x = permute(i);
			if (x >= 0 && x < size) seen[x] = (seen[x] ?? 0) + 1;
			else outside++;
		}
		expect(outside).toBe(0);
		expect(seen.every((n) => n === 1)).toBe(true);
	});

	it('scrambles: neighbouring indexes land far apart', () => {
		const permute = createPermutation(10_000_000, 5);
		const gaps = Array.from({ length: 1000 }, (_, i) => Math.abs(permute(i + 1) - permute(i)));
		const small = gaps.filter((gap) => gap < 10_000).length;
		expect(small).toBeLessThan(20);
	});

	it('depends on the seed', () => {
		const a = createPermutation(1000, 1);
		const b = createPermutation(1000, 2);
		const same = Array.from({ length: 1000 }, (_, i) => a(i) === b(i)).filter(Boolean).length;
		expect(same).toBeLessThan(20);
	});

	it('refuses sizes and indexes outside its range', () => {
		expect(() => createPermutation(0, 1)).toThrow(RangeError);
		expect(() => createPermutation(2 ** 31 + 1, 1)).toThrow(RangeError);
		expect(() => createPermutation(10, 1)(10)).toThrow(RangeError);
	});
});
