import { describe, expect, it } from 'vitest';
import { TokenFilter } from '../../../../src/lib/core/import/token-filter';

describe('TokenFilter', () => {
	it('never says no to a token it was given', () => {
		const filter = new TokenFilter(10_000);
		const tokens = Array.from({ length: 10_000 }, (_, i) => `49151${String(i).padStart(8, '0')}`);
		for (const token of tokens) filter.add(token);
		expect(tokens.every((token) => filter.has(token))).toBe(true);
	});

	it('says no to almost every token it was not given (about 0.1 %)', () => {
		const filter = new TokenFilter(10_000);
		for (let i = 0; i < 10_000; i += 1) filter.add(`person${i}@example.org`);
		let maybes = 0;
		for (let i = 0; i < 10_000; i += 1) if (filter.has(`someone${i}@example.org`)) maybes += 1;
		expect(maybes).toBeLessThan(40);
	});

	it('an empty filter holds nothing', () => {
		expect(new TokenFilter(0).has('anything')).toBe(false);
	});
});
