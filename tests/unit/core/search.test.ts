import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Phone } from '../../../src/lib/core/contact';
import { foldText } from '../../../src/lib/core/fold';
import {
	MAX_TOKEN_LENGTH,
	emailToken,
	matchesSearch,
	phoneToken,
	searchQueryTokens,
	searchTokens,
	type SearchFields
} from '../../../src/lib/core/search';

const none: SearchFields = {
	firstName: '',
	lastName: '',
	alias: '',
	organization: '',
	phones: [],
	emails: []
};
const mobile = (value: string): Phone => ({ value, kind: 'mobile' });

describe('searchTokens', () => {
	const cases: { name: string; input: SearchFields; expected: string[] }[] = [
		{ name: 'nothing', input: none, expected: [] },
		{
			name: 'folded name words',
			input: { ...none, firstName: 'Hans', lastName: 'Müller' },
			expected: ['hans', 'muller']
		},
		{
			name: 'alias and organization count',
			input: { ...none, alias: 'Bibi', organization: 'Bäckerei Groß & Söhne' },
			expected: ['backerei', 'bibi', 'gross', 'sohne']
		},
		{
			name: 'hyphen and apostrophe: parts and joined',
			input: { ...none, firstName: 'Jean-Luc', lastName: "O'Brien" },
			// "o" and "jean" start "obrien" and "jeanluc", so they are left out
			expected: ['brien', 'jeanluc', 'luc', 'obrien']
		},
		{
			name: 'punctuation around words',
			input: { ...none, lastName: '(Meier), Dr.' },
			expected: ['dr', 'meier']
		},
		{
			name: 'a word that starts another is left out',
			input: { ...none, firstName: 'Mull', lastName: 'Muller' },
			expected: ['muller']
		},
		{
			name: 'duplicates once',
			input: { ...none, firstName: 'Anna', lastName: 'anna', alias: 'ANNA' },
			expected: ['anna']
		},
		{
			name: 'e-mail whole and by local words',
			input: { ...none, emails: [{ value: 'Hans.Mueller@Example.org' }] },
			expected: ['hans.mueller@example.org', 'mueller']
		},
		{
			name: 'e-mail with accents is folded',
			input: { ...none, emails: [{ value: 'jürgen@bücher.de' }] },
			expected: ['jurgen@bucher.de']
		},
		{
			name: 'german mobile: E.164 digits and national digits',
			input: { ...none, phones: [mobile('+4915123456789')] },
			expected: ['015123456789', '4915123456789']
		},
		{
			name: 'us number has no trunk prefix',
			input: { ...none, phones: [mobile('+12015550123')] },
			expected: ['12015550123', '2015550123']
		},
		{
			name: 'italian numbers keep their zero',
			input: { ...none, phones: [mobile('+390612345678')] },
			expected: ['0612345678', '390612345678']
		},
		{
			name: 'non-latin names',
			input: { ...none, firstName: 'Иван', lastName: '王小明' },
			expected: ['иван', '王小明']
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(searchTokens(input)).toEqual(expected);
	});

	it('reads the national form the same way twice (the trunk prefix is learnt once)', () => {
		const first = searchTokens({ ...none, phones: [mobile('+4915123456789')] });
		const again = searchTokens({ ...none, phones: [mobile('+4915123456780')] });
		expect(first).toContain('015123456789');
		expect(again).toContain('015123456780');
	});

	it('keeps a long name short: 16 words, tokens cut at the limit', () => {
		const words = Array.from({ length: 40 }, (_, i) => `word${String(i).padStart(2, '0')}`);
		const tokens = searchTokens({ ...none, organization: words.join(' ') });
		expect(tokens).toHaveLength(16);
		const long = searchTokens({ ...none, lastName: 'x'.repeat(500) });
		expect(long).toEqual(['x'.repeat(MAX_TOKEN_LENGTH)]);
	});

	it('exposes the exact tokens of identifiers', () => {
		expect(phoneToken('+4915123456789')).toBe('4915123456789');
		expect(emailToken('Jürgen@Example.org')).toBe('jurgen@example.org');
	});
});

describe('searchQueryTokens', () => {
	const cases = [
		{ name: 'empty', input: '', expected: [] },
		{ name: 'blank and punctuation', input: '  - , ', expected: [] },
		{ name: 'folds', input: 'Müller', expected: ['muller'] },
		{ name: 'two words', input: 'hans  MUL', expected: ['hans', 'mul'] },
		{ name: 'hyphen splits', input: 'jean-luc', expected: ['jean', 'luc'] },
		{ name: 'a word starting another is dropped', input: 'mu muller', expected: ['muller'] },
		{ name: 'international number', input: '+49 151', expected: ['49151'] },
		{ name: '00 prefix', input: '0049 151-234', expected: ['49151234'] },
		{ name: 'trunk zero stays', input: '0151', expected: ['0151'] },
		{ name: 'national with punctuation', input: '(0151) 234/56.78', expected: ['01512345678'] },
		{ name: 'a name and a number', input: 'hans 0151 23', expected: ['015123', 'hans'] },
		{
			name: 'numbers on both sides of a word',
			input: '030 hans 0151',
			expected: ['0151', '030', 'hans']
		},
		{ name: 'an address stays whole', input: 'anne-marie@x.de', expected: ['anne-marie@x.de'] },
		{ name: 'an address prefix without @ splits', input: 'hans.mue', expected: ['hans', 'mue'] },
		{ name: 'full-width digits', input: '０１５１', expected: ['0151'] }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(searchQueryTokens(input).sort()).toEqual([...expected].sort());
	});
});

describe('search semantics', () => {
	const hans: SearchFields = {
		...none,
		firstName: 'Hans',
		lastName: 'Müller',
		organization: "O'Neill & Partner",
		emails: [{ value: 'hans.mueller@example.org' }, { value: 'anne-marie@x.de' }],
		phones: [mobile('+4915123456789'), mobile('+33612345678')]
	};
	const tokens = searchTokens(hans);
	const cases = [
		{ name: '"muller" finds Müller', input: 'muller', expected: true },
		{ name: 'case and accents', input: 'MÜLL', expected: true },
		{ name: 'first and part of last', input: 'hans mul', expected: true },
		{ name: 'either order', input: 'mul hans', expected: true },
		{ name: 'national prefix', input: '0151', expected: true },
		{ name: 'international prefix', input: '49151', expected: true },
		{ name: 'international as typed', input: '+49 151 234', expected: true },
		{ name: 'french national', input: '06 12', expected: true },
		{ name: 'e-mail start', input: 'hans.mu', expected: true },
		{ name: 'e-mail local word', input: 'mueller', expected: true },
		{ name: 'whole address', input: 'hans.mueller@example.org', expected: true },
		{ name: 'hyphenated address', input: 'anne-marie@x', expected: true },
		{ name: 'apostrophe joined', input: 'oneill', expected: true },
		{ name: 'apostrophe split', input: "o'neill", expected: true },
		{ name: 'empty query matches', input: '', expected: true },
		{ name: 'middle of a word does not', input: 'ller', expected: false },
		{ name: 'one word missing', input: 'hans schmidt', expected: false },
		{ name: 'digits from the middle', input: '23456789', expected: false },
		{ name: 'national without the zero', input: '151234', expected: false },
		{ name: 'domain alone', input: 'example', expected: false }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(matchesSearch(tokens, searchQueryTokens(input))).toBe(expected);
	});

	it('finds every contact by the start of any of its name words (property)', () => {
		const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/);
		fc.assert(
			fc.property(word, word, fc.nat(), fc.nat(), (first, last, cut1, cut2) => {
				const contact = { ...none, firstName: first, lastName: last };
				const foldedFirst = foldText(first);
				const foldedLast = foldText(last);
				// folding can grow a word (ß → ss, æ → ae); cut within the folded word
				const query = `${foldedLast.slice(0, 1 + (cut1 % foldedLast.length))} ${foldedFirst.slice(0, 1 + (cut2 % foldedFirst.length))}`;
				return matchesSearch(searchTokens(contact), searchQueryTokens(query));
			})
		);
	});

	it('matches a contact by any of its name fields typed as a query (property)', () => {
		const text = fc.string({ unit: 'grapheme', maxLength: 10 });
		const digitsAndSigns = fc.stringMatching(/^[0-9 +@.'-]{0,10}$/);
		fc.assert(
			fc.property(fc.oneof(text, digitsAndSigns), fc.oneof(text, digitsAndSigns), (first, last) => {
				const kept = searchTokens({ ...none, firstName: first, lastName: last });
				return [first, last].every((field) => matchesSearch(kept, searchQueryTokens(field)));
			}),
			{ numRuns: 500 }
		);
	});
});
