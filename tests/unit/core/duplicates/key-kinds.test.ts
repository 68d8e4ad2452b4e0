import { describe, expect, it } from 'vitest';
import { hashKey } from '../../../../src/lib/core/duplicates/key-hash';
import {
	EXACT_KEY,
	LOCAL_KEY,
	OTHER_KEY,
	TAIL_KEY,
	hashKind,
	kindHash,
	keyKind
} from '../../../../src/lib/core/duplicates/key-kinds';

describe('key kinds', () => {
	const cases = [
		{ key: 'p:+4915123456789', kind: EXACT_KEY },
		{ key: 'e:anna.meier@web.de', kind: EXACT_KEY },
		{ key: 'u:8:customer:kd1', kind: EXACT_KEY },
		{ key: 't:23456789', kind: TAIL_KEY },
		{ key: 'l:schnuffi', kind: LOCAL_KEY },
		{ key: 'd:annameier@web.de', kind: LOCAL_KEY },
		{ key: 'n:AN|MR', kind: OTHER_KEY },
		{ key: 's:AN|MR:03-14', kind: OTHER_KEY },
		{ key: 'b:1980-03-14:a', kind: OTHER_KEY },
		{ key: 'a:80331:5', kind: OTHER_KEY },
		{ key: 'c:munchen:5', kind: OTHER_KEY },
		{ key: 'h:80331:5:m', kind: OTHER_KEY },
		{ key: 'v:munchen:5:m', kind: OTHER_KEY },
		// not a key of ours: no prefix
		{ key: 'pe', kind: OTHER_KEY },
		{ key: '', kind: OTHER_KEY }
	];

	it.each(cases)('$key is of kind $kind, and its hash says so', ({ key, kind }) => {
		expect(keyKind(key)).toBe(kind);
		const hash = kindHash(key);
		expect(hashKind(hash)).toBe(kind);
		// the same key, the same hash; only the lowest two bits are the kind's
		expect(kindHash(key)).toBe(hash);
		expect(Math.abs(hash - hashKey(key))).toBeLessThan(4);
		expect(Number.isSafeInteger(hash)).toBe(true);
		expect(hash).toBeGreaterThanOrEqual(0);
	});

	it('keeps different keys apart', () => {
		const hashes = new Set(cases.map(({ key }) => kindHash(key)));
		expect(hashes.size).toBe(cases.length);
	});
});
