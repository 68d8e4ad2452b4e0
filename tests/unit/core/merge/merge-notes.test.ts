import { describe, expect, it } from 'vitest';
import { combineNotes, unmergeNote } from '../../../../src/lib/core/merge/merge-notes';

describe('combineNotes', () => {
	const cases = [
		{ name: 'two notes, the first first', input: ['old', 'new'], expected: 'old\n\nnew' },
		{ name: 'an empty first note', input: ['', 'new'], expected: 'new' },
		{ name: 'an empty second note', input: ['old', ''], expected: 'old' },
		{ name: 'equal notes once', input: ['same', 'same'], expected: 'same' },
		{
			name: 'paragraphs the first note has are not repeated',
			input: ['a\n\nb', 'b\n\nc'],
			expected: 'a\n\nb\n\nc'
		},
		{
			name: 'lines inside a paragraph are part of it',
			input: ['call back', 'call back\nprefers mail'],
			expected: 'call back\n\ncall back\nprefers mail'
		},
		{
			name: 'the first note is kept as written, repeated paragraphs included',
			input: ['ok\n\nok', 'ok'],
			expected: 'ok\n\nok'
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const [first = '', second = ''] = input;
		expect(combineNotes(first, second)).toBe(expected);
	});
});

describe('unmergeNote', () => {
	const cases = [
		{
			name: 'unchanged since the merge: the survivor’s own note',
			input: { current: 'a\n\nb', merged: 'a\n\nb', before: 'a', others: [] },
			expected: 'a'
		},
		{
			name: 'a paragraph written since stays',
			input: { current: 'a\n\nb\n\nc', merged: 'a\n\nb', before: 'a', others: [] },
			expected: 'a\n\nc'
		},
		{
			name: 'a paragraph a later merged contact also had stays',
			input: { current: 'a\n\nb', merged: 'a\n\nb', before: 'a', others: ['b'] },
			expected: 'a\n\nb'
		},
		{
			name: 'extra blank lines of the survivor’s note survive',
			input: { current: 'a\n\n\nz\n\nb', merged: 'a\n\n\nz\n\nb', before: 'a\n\n\nz', others: [] },
			expected: 'a\n\n\nz'
		},
		{
			name: 'everything deleted since the merge stays deleted',
			input: { current: '', merged: 'a\n\nb', before: 'a', others: [] },
			expected: ''
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(unmergeNote(input.current, input.merged, input.before, input.others)).toBe(expected);
	});
});
