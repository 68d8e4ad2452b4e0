// a bloom filter over strings: "certainly not added" or "maybe added". the import fills one with the book's
// phone and e-mail search tokens before it starts, so that a row whose phones and e-mails are certainly new
// costs no index look-up at all; only the few maybes (real matches, and about 0.1 % false alarms) are
// looked up. a few lines of our own rather than a dependency: it needs nothing but a bit array and
// two string hashes.

export class TokenFilter {
	readonly #bits: Uint32Array;
	readonly #size: number;
	readonly #hashes: number;

	/**
	 * sized for `expected` strings at about 0.1 % false positives (15 bits and 10 hashes each: 2 MB
	 * for a million strings). each false alarm is an index look-up inside the batch's transaction.
	 */
	constructor(expected: number) {
		this.#size = Math.max(1024, Math.ceil(expected * 15));
		this.#bits = new Uint32Array(Math.ceil(this.#size / 32));
		this.#hashes = 10;
	}

	add(value: string): void {
		const [h1, h2] = hashPair(value);
		for (let i = 0; i < this.#hashes; i += 1) {
			const bit = (h1 + i * h2) % this.#size;
			this.#bits[bit >>> 5] = (this.#bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
		}
	}

	/** false: certainly never added; true: probably added */
	has(value: string): boolean {
		const [h1, h2] = hashPair(value);
		for (let i = 0; i < this.#hashes; i += 1) {
			const bit = (h1 + i * h2) % this.#size;
			if (((this.#bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
		}
		return true;
	}
}

// two independent 32-bit hashes (fnv-1a and a multiplicative one), combined as h1 + i·h2 to give
// the k positions (kirsch and mitzenmacher)
function hashPair(value: string): [number, number] {
	let fnv = 0x811c9dc5;
	let mul = 0x9747b28c;
	for (let i = 0; i < value.length; i += 1) {
		const code = value.charCodeAt(i);
		fnv = Math.imul(fnv ^ code, 0x01000193);
		mul = Math.imul(mul ^ code, 0x5bd1e995);
		mul ^= mul >>> 15;
	}
	// h2 must not be 0, or every position would be h1
	return [fnv >>> 0, (mul | 1) >>> 0];
}
