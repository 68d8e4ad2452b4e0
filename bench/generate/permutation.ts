// a bijection on [0, size) that looks random. identifiers (phone numbers, customer numbers, the
// name-and-domain slot behind an e-mail) come from permuting a unique index, so two different
// people can never share one by chance, and no set of used values has to be remembered.

import { splitmix32 } from './rng';

const ROUNDS = 4;

/** returns `index → permuted index`, a bijection on [0, size) for 1 ≤ size ≤ 2^31 */
export function createPermutation(size: number, seed: number): (index: number) => number {
	if (!Number.isInteger(size) || size < 1 || size > 2 ** 31) {
		throw new RangeError(`permutation size must be an integer in [1, 2^31], got ${size}`);
	}
	let bits = 1;
	while (2 ** bits < size) bits++;
	const mask = 2 ** bits - 1;
	const shift = Math.max(1, bits >> 1);
	const next = splitmix32(seed ^ Math.imul(size, 0x9e3779b1));
	const adds: number[] = [];
	const multipliers: number[] = [];
	for (let r = 0; r < ROUNDS; r++) {
		adds.push(next() & mask);
		// an odd multiplier is invertible modulo 2^bits
		multipliers.push(next() | 1);
	}

	// each step (add, multiply by an odd number, xor with a right shift of itself) is a bijection
	// on `bits`-bit integers, so the whole round is one too
	const mix = (value: number): number => {
		let x = value;
		for (let r = 0; r < ROUNDS; r++) {
			x = (x + (adds[r] ?? 0)) & mask;
			x = Math.imul(x, multipliers[r] ?? 1) & mask;
			x = (x ^ (x >>> shift)) & mask;
		}
		return x;
	};

	return (index) => {
		if (!Number.isInteger(index) || index < 0 || index >= size) {
			throw new RangeError(`index ${index} is outside [0, ${size})`);
		}
		// cycle-walking: values above size are mapped again until they land inside; this stays a
		// bijection on [0, size) and needs fewer than two steps on average
		let x = mix(index);
		while (x >= size) x = mix(x);
		return x;
	};
}
