import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/core/fold';
import { joinListNames, splitListNames } from '../../../src/lib/core/list-names';

describe('list names in one cell', () => {
	it.each([
		{ name: 'plain names', input: ['Choir', 'Friends'], expected: 'Choir, Friends' },
		{
			name: 'a name with a comma is quoted',
			input: ['Choir', 'Newsletter, weekly'],
			expected: 'Choir, "Newsletter, weekly"'
		},
		{ name: 'quotes inside a name stay bare', input: ['The "A" team'], expected: 'The "A" team' },
		{
			name: 'a name that starts with a quote is quoted',
			input: ['"Best" friends'],
			expected: '"""Best"" friends"'
		},
		{ name: 'none', input: [], expected: '' }
	])('joins $name', ({ input, expected }) => {
		expect(joinListNames(input)).toBe(expected);
		expect(splitListNames(expected)).toEqual(input);
	});

	it.each([
		{
			name: 'typed by hand',
			input: 'Choir,Friends ,  Family',
			expected: ['Choir', 'Friends', 'Family']
		},
		{ name: 'empty items', input: ', Choir,,', expected: ['Choir'] },
		{ name: 'the same list twice', input: 'Choir, choir, Chöir', expected: ['Choir'] },
		{ name: 'an unclosed quote runs to the end', input: 'A, "B, C', expected: ['A', 'B, C'] },
		{ name: 'text after a closing quote', input: '"A, B" c, D', expected: ['A, B c', 'D'] },
		{ name: 'blank', input: '  ', expected: [] }
	])('splits $name', ({ input, expected }) => {
		expect(splitListNames(input)).toEqual(expected);
	});

	it('gives back any names it joined', () => {
		// names as the lists table keeps them: one line, trimmed, not empty, unique as lists-repo sees it
		const name = fc
			.string({ minLength: 1 })
			.map((text) => text.replace(/\s+/g, ' ').trim())
			.filter((text) => text !== '');
		fc.assert(
			fc.property(fc.uniqueArray(name, { selector: foldText }), (names) => {
				const back = splitListNames(joinListNames(names));
				return JSON.stringify(back) === JSON.stringify(names);
			})
		);
	});
});
