import { describe, expect, it } from 'vitest';
import { filterCountries, listCountries } from '../../../src/lib/core/countries';

const german = listCountries('de');
const english = listCountries('en');
const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('filterCountries', () => {
	const cases = [
		{ name: 'a name, accents and case ignored', list: german, query: 'osterr', expected: ['AT'] },
		{ name: 'the start of a later word', list: english, query: 'kingdom', expected: ['GB'] },
		{ name: 'an ISO code', list: english, query: 'at', contains: 'AT' },
		{ name: 'a calling code with +', list: english, query: '+49', expected: ['DE'] },
		{ name: 'a calling code with 00', list: english, query: '0033', expected: ['FR'] },
		{ name: 'a calling code shared by several', list: english, query: '1', contains: 'US' },
		{ name: 'nothing matches', list: english, query: 'atlantis', expected: [] }
	];
	it.each(cases)('$name', ({ list, query, expected, contains }) => {
		const found = codes(filterCountries(list, query));
		if (expected) expect(found).toEqual(expected);
		if (contains) expect(found).toContain(contains);
	});

	it('shows everything for an empty query, in the same order', () => {
		expect(codes(filterCountries(german, '  '))).toEqual(codes(german));
	});

	it('matches names inside the middle of a word only at word starts', () => {
		// "man" is inside "Germany" but starts no word of it
		expect(codes(filterCountries(english, 'man'))).not.toContain('DE');
		expect(codes(filterCountries(english, 'man'))).toContain('IM');
	});
});
