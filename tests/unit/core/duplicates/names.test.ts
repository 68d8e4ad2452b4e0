import { describe, expect, it } from 'vitest';
import { nameProfile } from '../../../../src/lib/core/duplicates/name-profile';
import { nameLevel, type NameLevel } from '../../../../src/lib/core/duplicates/names';
import { areNicknames, fullNamesOf } from '../../../../src/lib/core/duplicates/nicknames';
import { comparePair } from '../../../../src/lib/core/duplicates/score';
import { makeContact } from './make-contact';

describe('areNicknames', () => {
	const cases = [
		{ name: 'english', input: ['bill', 'william'], expected: true },
		{ name: 'two short forms of one name', input: ['bill', 'will'], expected: true },
		{ name: 'german', input: ['hans', 'johannes'], expected: true },
		{ name: 'bavarian', input: ['sepp', 'josef'], expected: true },
		{ name: 'french', input: ['guigui', 'guillaume'], expected: true },
		{ name: 'a short form of two names', input: ['chris', 'christina'], expected: true },
		{
			name: 'two names that share a short form',
			input: ['christopher', 'christina'],
			expected: false
		},
		{ name: 'unrelated', input: ['bill', 'robert'], expected: false },
		{ name: 'unknown names', input: ['anna', 'anne'], expected: false },
		{ name: 'a name is not its own nickname', input: ['bill', 'bill'], expected: false }
	];
	it.each(cases)('$name', ({ input: [a = '', b = ''], expected }) => {
		expect(areNicknames(a, b)).toBe(expected);
		expect(areNicknames(b, a)).toBe(expected);
	});

	it('knows the full forms a nickname stands for', () => {
		expect(fullNamesOf('bill')).toEqual(['bill', 'william']);
		expect(fullNamesOf('anna')).toEqual(['anna']);
	});
});

describe('nameLevel', () => {
	const cases: { name: string; input: [string, string, 'first' | 'last']; expected: NameLevel }[] =
		[
			{ name: 'case and accents', input: ['MÜLLER', 'Muller', 'last'], expected: 'exact' },
			{ name: 'a misplaced space', input: ['ako t', 'akot', 'last'], expected: 'exact' },
			{ name: 'nickname', input: ['Bill', 'William', 'first'], expected: 'nickname' },
			{ name: 'german nickname', input: ['Sepp', 'Josef', 'first'], expected: 'nickname' },
			{
				name: 'nicknames only for first names',
				input: ['Bill', 'William', 'last'],
				expected: 'different'
			},
			{
				name: 'part of a compound name',
				input: ['Jean', 'Jean-Pierre', 'first'],
				expected: 'part'
			},
			{
				name: 'part of a double name',
				input: ['Müller', 'Müller-Lüdenscheidt', 'last'],
				expected: 'part'
			},
			{ name: 'initial', input: ['J.', 'Johannes', 'first'], expected: 'initial' },
			{
				name: 'initials of a compound name',
				input: ['J.-P.', 'Jean-Pierre', 'first'],
				expected: 'initial'
			},
			{ name: 'initials in capitals', input: ['JP', 'Jean-Pierre', 'first'], expected: 'initial' },
			{
				name: 'an initial that does not fit',
				input: ['K.', 'Johannes', 'first'],
				expected: 'different'
			},
			{ name: 'sound alike', input: ['Meier', 'Mayer', 'last'], expected: 'phonetic' },
			{
				name: 'sound alike, another first letter',
				input: ['Philipp', 'Filip', 'first'],
				expected: 'phonetic'
			},
			{ name: 'typo', input: ['Cannell', 'Cannekl', 'last'], expected: 'typo' },
			{ name: 'swapped letters', input: ['Hursey', 'Husrey', 'last'], expected: 'typo' },
			{
				name: 'a vowel at the start is not enough',
				input: ['Anna', 'Ina', 'first'],
				expected: 'different'
			},
			{ name: 'different', input: ['Anna', 'Ingrid', 'first'], expected: 'different' },
			{ name: 'missing', input: ['', 'Anna', 'first'], expected: 'missing' }
		];
	it.each(cases)('$name', ({ input: [a, b, part], expected }) => {
		expect(nameLevel(nameProfile(a), nameProfile(b), part === 'first')).toBe(expected);
		expect(nameLevel(nameProfile(b), nameProfile(a), part === 'first')).toBe(expected);
	});
});

describe('name reasons', () => {
	const base = { birthDate: '1970-05-17', postalCode: '80331', city: 'München' };
	const cases = [
		{
			name: 'names that sound alike',
			input: [
				{ firstName: 'Hans', lastName: 'Meier' },
				{ firstName: 'Hans', lastName: 'Mayer' }
			],
			expected: [
				{ code: 'names-sound-alike', detail: 'last', values: ['Meier', 'Mayer'] },
				{ code: 'same-first-name', values: ['Hans', 'Hans'] }
			]
		},
		{
			name: 'a nickname',
			input: [
				{ firstName: 'Sepp', lastName: 'Huber' },
				{ firstName: 'Josef', lastName: 'Huber' }
			],
			expected: [
				{ code: 'same-last-name', values: ['Huber', 'Huber'] },
				{ code: 'nickname', detail: 'first', values: ['Sepp', 'Josef'] }
			]
		},
		{
			name: 'an initial',
			input: [
				{ firstName: 'J.', lastName: 'Huber' },
				{ firstName: 'Johannes', lastName: 'Huber' }
			],
			expected: [
				{ code: 'same-last-name', values: ['Huber', 'Huber'] },
				{ code: 'initial', detail: 'first', values: ['J.', 'Johannes'] }
			]
		},
		{
			name: 'first and last name swapped',
			input: [
				{ firstName: 'Émilie', lastName: 'Hubert' },
				{ firstName: 'Hubert', lastName: 'Emilie' }
			],
			expected: [{ code: 'names-swapped', values: ['Émilie Hubert', 'Hubert Emilie'] }]
		},
		{
			name: 'swapped with a typo',
			input: [
				{ firstName: 'Brandon', lastName: 'White' },
				{ firstName: 'Whtie', lastName: 'Brandon' }
			],
			expected: [
				{ code: 'names-swapped', values: ['Brandon White', 'Whtie Brandon'] },
				{ code: 'names-sound-alike', detail: 'last', values: ['White', 'Whtie'] }
			]
		}
	];
	it.each(cases)('$name', ({ input: [a = {}, b = {}], expected }) => {
		const result = comparePair(
			makeContact('a', { ...base, ...a }),
			makeContact('b', { ...base, ...b })
		);
		const nameCodes = new Set([
			'same-name',
			'same-first-name',
			'same-last-name',
			'names-sound-alike',
			'names-look-alike',
			'nickname',
			'initial',
			'names-swapped'
		]);
		expect(result.reasons.filter((reason) => nameCodes.has(reason.code))).toEqual(expected);
	});
});
