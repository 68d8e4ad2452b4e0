import { describe, expect, it } from 'vitest';
import { hashText, rowFingerprint } from '../../../../src/lib/core/sources/fingerprint';

const HEADER = ['First name', 'Phone', 'City'];
const ROW = ['Ada', '+49 151 2345678', 'Berlin'];
const base = rowFingerprint(HEADER, ROW);

describe('rowFingerprint', () => {
	const same: { name: string; header: string[]; row: string[] }[] = [
		{ name: 'the same row', header: HEADER, row: ROW },
		{
			name: 'columns in another order',
			header: ['City', 'First name', 'Phone'],
			row: ['Berlin', 'Ada', '+49 151 2345678']
		},
		{
			name: 'spaces around and inside cells',
			header: HEADER,
			row: [' Ada ', '+49  151 2345678', 'Berlin\t']
		},
		{ name: 'header spacing and case', header: [' first  NAME', 'phone', 'CITY '], row: ROW },
		{ name: 'an added empty column', header: [...HEADER, 'Notes'], row: [...ROW, ''] },
		{ name: 'a missing trailing cell read as empty', header: [...HEADER, 'Notes'], row: ROW }
	];
	for (const { name, header, row } of same) {
		it(`is stable over ${name}`, () => expect(rowFingerprint(header, row)).toBe(base));
	}

	const different: { name: string; header: string[]; row: string[] }[] = [
		{ name: 'an edited value', header: HEADER, row: ['Ada', '+49 151 2345678', 'Paris'] },
		{
			name: 'a value moved to another column',
			header: HEADER,
			row: ['Ada', '+49 151 2345678', '']
		},
		{ name: 'a renamed column', header: ['First name', 'Mobile', 'City'], row: ROW },
		{ name: 'a case change in a value', header: HEADER, row: ['ADA', '+49 151 2345678', 'Berlin'] },
		{ name: 'a filled cell', header: [...HEADER, 'Notes'], row: [...ROW, 'vip'] }
	];
	for (const { name, header, row } of different) {
		it(`changes with ${name}`, () => expect(rowFingerprint(header, row)).not.toBe(base));
	}

	it('does not mix cell boundaries up', () => {
		expect(rowFingerprint(['a', 'b'], ['x y', 'z'])).not.toBe(
			rowFingerprint(['a', 'b'], ['x', 'y z'])
		);
	});
});

describe('hashText', () => {
	it('is 16 hex digits and differs for near texts', () => {
		const hashes = new Set(['', 'a', 'b', 'ab', 'ba', 'Ada', 'ada'].map(hashText));
		expect(hashes.size).toBe(7);
		for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
	});
	it('has no collisions over 20,000 similar rows', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 20_000; i++) seen.add(hashText(`row ${i}\u001f+4915${i}`));
		expect(seen.size).toBe(20_000);
	});
});
