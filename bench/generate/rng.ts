// a seeded generator (sfc32, seeded through splitmix32) so that one seed always yields the same
// rows on every machine and in the browser; Math.random cannot be seeded. see
// https://pracrand.sourceforge.net/ for sfc32's statistical quality.

export interface Rng {
	/** a float in [0, 1) */
	next(): number;
	/** an integer in [0, maxExclusive) */
	int(maxExclusive: number): number;
	/** true with probability p */
	chance(p: number): boolean;
	/** one element of a non-empty list */
	pick<T>(items: readonly T[]): T;
	/** a fresh 32-bit unsigned integer, for deriving other seeds */
	uint32(): number;
}

/** splitmix32: spreads a small or sequential seed over all 32 bits */
export function splitmix32(state: number): () => number {
	let s = state >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/** folds any finite number (also above 2^32 or fractional) into a 32-bit seed */
export function seedToUint32(seed: number): number {
	if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
	const whole = Math.trunc(seed);
	const high = Math.floor(whole / 0x100000000);
	const fraction = Math.round((seed - whole) * 0x100000000);
	return (whole ^ Math.imul(high, 0x9e3779b1) ^ Math.imul(fraction, 0x85ebca6b)) >>> 0;
}

export function createRng(seed: number): Rng {
	const init = splitmix32(seedToUint32(seed));
	let a = init();
	let b = init();
	let c = init();
	let d = init();

	const uint32 = (): number => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	// sfc32 needs a few rounds before similar seeds diverge
	for (let i = 0; i < 12; i++) uint32();

	const next = (): number => uint32() / 0x100000000;
	return {
		next,
		uint32,
		int: (maxExclusive) => Math.floor(next() * maxExclusive),
		chance: (p) => next() < p,
		pick<T>(items: readonly T[]): T {
			const item = items[Math.floor(next() * items.length)];
			if (item === undefined) throw new RangeError('pick needs a non-empty list');
			return item;
		}
	};
}

export type Weighted<T> = readonly (readonly [T, number])[];

/** a picker over weighted choices; the cumulative table is built once, not per call */
export function weightedPicker<T>(choices: Weighted<T>): (rng: Rng) => T {
	const values: T[] = [];
	const bounds: number[] = [];
	let total = 0;
	for (const [value, weight] of choices) {
		if (!(weight > 0)) continue;
		total += weight;
		values.push(value);
		bounds.push(total);
	}
	if (values.length === 0) throw new RangeError('weightedPicker needs a positive weight');
	return (rng) => {
		const x = rng.next() * total;
		for (let i = 0; i < bounds.length; i++) {
			if (x < (bounds[i] ?? total)) return values[i] as T;
		}
		return values[values.length - 1] as T;
	};
}
