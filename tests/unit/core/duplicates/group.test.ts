import { describe, expect, it } from 'vitest';
import { groupPairs, type DuplicatePair } from '../../../../src/lib/core/duplicates';

const pair = (a: string, b: string, score: number): DuplicatePair => ({ a, b, score, reasons: [] });

describe('groupPairs', () => {
	const cases: {
		name: string;
		input: DuplicatePair[];
		expected: { ids: string[]; score: number }[];
	}[] = [
		{ name: 'no pairs', input: [], expected: [] },
		{
			name: 'one pair is a group of two',
			input: [pair('a', 'b', 0.9)],
			expected: [{ ids: ['a', 'b'], score: 0.9 }]
		},
		{
			name: 'a chain makes one group, even without its closing pair',
			input: [pair('a', 'b', 0.9), pair('b', 'c', 0.85)],
			expected: [{ ids: ['a', 'b', 'c'], score: 0.9 }]
		},
		{
			name: 'separate people stay apart, highest score first',
			input: [pair('a', 'b', 0.82), pair('c', 'd', 1), pair('d', 'e', 0.9)],
			expected: [
				{ ids: ['c', 'd', 'e'], score: 1 },
				{ ids: ['a', 'b'], score: 0.82 }
			]
		},
		{
			name: 'two chains that meet late',
			input: [pair('a', 'b', 0.9), pair('c', 'd', 0.9), pair('b', 'c', 0.8)],
			expected: [{ ids: ['a', 'b', 'c', 'd'], score: 0.9 }]
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const groups = groupPairs(input);
		expect(groups.map(({ ids, score }) => ({ ids, score }))).toEqual(expected);
		// every pair lands in the group of its contacts
		for (const group of groups) {
			for (const p of group.pairs) expect(group.ids).toEqual(expect.arrayContaining([p.a, p.b]));
		}
		// the order of the pairs does not matter
		expect(groupPairs([...input].reverse()).map(({ ids }) => ids)).toEqual(
			expected.map(({ ids }) => ids)
		);
	});
});
