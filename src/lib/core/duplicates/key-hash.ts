// a blocking key as a number: the scan over a whole book counts and sorts millions of keys, and a
// number in a Float64Array costs 8 bytes where the key string costs some 50. two 32-bit lanes (an
// fnv-1a and a multiply-xor lane, each finished with murmur3's mixer) give 53 bits, the most a
// double holds exactly: among a million books' worth of keys a collision is about a one in a
// thousand event, and it would only add a candidate pair or two.

/** stands for "no key" where a hash is expected (every real hash is at least 0) */
export const NO_HASH = -1;

const TWO_32 = 4_294_967_296;
/** one more than the largest hash */
export const HASH_LIMIT = 2 ** 53;

export function hashKey(key: string): number {
	let fnv = 0x811c9dc5;
	let mix = 0x9747b28c ^ key.length;
	for (let i = 0; i < key.length; i++) {
		const code = key.charCodeAt(i);
		fnv = Math.imul(fnv ^ code, 0x01000193);
		mix = Math.imul(mix ^ code, 0x5bd1e995);
		mix ^= mix >>> 13;
	}
	return (finish(fnv) >>> 11) * TWO_32 + finish(mix);
}

function finish(lane: number): number {
	let h = lane;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}
