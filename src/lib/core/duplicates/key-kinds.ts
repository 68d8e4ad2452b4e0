// what a blocking key says about two contacts that share it, carried in its hash: a scan that
// shares a block with another contact then knows, from the block's number alone, that the two share
// a phone or an e-mail (an exact pair), the last digits of a phone, or an e-mail's local part, and
// can weigh the pair without their profiles (see score-bound.ts).

import { hashKey } from './key-hash';

/** a key of none of the kinds below */
export const OTHER_KEY = 0;
/** p:, e:, u: a phone, a mailbox, a unique value: a pair that shares one is an exact duplicate */
export const EXACT_KEY = 1;
/** t: the last digits of a phone */
export const TAIL_KEY = 2;
/** l:, d: the local part of an e-mail address, alone or with its domain */
export const LOCAL_KEY = 3;
const KINDS = 4;

export function keyKind(key: string): number {
	if (key.charCodeAt(1) !== 58 /* : */) return OTHER_KEY;
	switch (key[0]) {
		case 'p':
		case 'e':
		case 'u':
			return EXACT_KEY;
		case 't':
			return TAIL_KEY;
		case 'l':
		case 'd':
			return LOCAL_KEY;
		default:
			return OTHER_KEY;
	}
}

/**
 * hashKey with the key's kind in its lowest two bits (which are as good as random otherwise): equal
 * keys still get equal hashes, so blocks are as before, and each block's kind is its hash's
 */
export function kindHash(key: string): number {
	const hash = hashKey(key);
	return hash - (hash % KINDS) + keyKind(key);
}

/** the kind a hash of kindHash carries */
export function hashKind(hash: number): number {
	return hash % KINDS;
}
