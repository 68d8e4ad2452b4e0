import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactKeys } from '../../../src/lib/core/keys';
import {
	GROUP_LENGTH,
	HEAD_LENGTH,
	afterGroup,
	groupOf,
	headsMatch,
	parseSearchWord,
	searchWords,
	wordRanges
} from '../../../src/lib/core/search-words';

const draft = {
	firstName: 'Anna',
	lastName: 'Müller',
	alias: '',
	organization: 'Ölwerk',
	emails: [{ value: 'anna.mueller@example.org' }],
	phones: [{ value: '+4915123456789', kind: 'mobile' as const }],
	subscription: 'subscribed' as const
};

describe('search words', () => {
	it('carry each token with the name key and the heads of all tokens', () => {
		const keys = contactKeys(draft);
		const entries = searchWords(keys.tokens, keys.name).map(parseSearchWord);
		expect(entries.map((entry) => entry.token)).toEqual(keys.tokens);
		for (const entry of entries) {
			expect(entry.nameKey).toBe('muller anna');
			expect(entry.heads).toContain('mul');
			expect(entry.heads).toContain('olw');
			expect(entry.heads).toContain('491');
		}
	});

	it('sort a token before any longer token that starts with it, and before afterGroup', () => {
		const [short] = searchWords(['mul'], 'zz');
		const [long] = searchWords(['mulder'], 'aa');
		expect(short && long && short < long).toBe(true);
		expect(short && short < afterGroup('mul')).toBe(true);
		expect(long && long > afterGroup('mul')).toBe(true);
	});

	it('group phone numbers and e-mails by their first characters, in name order', () => {
		expect(groupOf('4915123456789')).toBe('49151');
		expect(groupOf('anna.mueller@example.org')).toBe('anna.');
		expect(groupOf('mueller')).toBe('mueller');
		expect(groupOf('0151')).toBe('0151');
		const zed = searchWords(['015123456789'], 'zed')[0] ?? '';
		const abe = searchWords(['015129999999'], 'abe')[0] ?? '';
		// one group, whatever the rest of the number: ordered by name
		expect(abe < zed).toBe(true);
		expect(parseSearchWord(zed)).toEqual({
			group: '01512',
			token: '015123456789',
			nameKey: 'zed',
			heads: ['015']
		});
		expect(zed < afterGroup('01512')).toBe(true);
	});

	const token = fc.stringMatching(/^[a-z0-9@.]{1,8}$/);
	it('decide a query word on the heads as the tokens would (property)', () => {
		fc.assert(
			fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), token, (tokens, query) => {
				const [entry] = searchWords(tokens, 'name');
				const heads = parseSearchWord(entry ?? '').heads;
				const truth = tokens.some((t) => t.startsWith(query));
				const decided = headsMatch(heads, query);
				if (decided === 'no') expect(truth).toBe(false);
				if (decided === 'yes') expect(truth).toBe(true);
				if (query.length <= HEAD_LENGTH) expect(decided).toBe(truth ? 'yes' : 'no');
				if (truth) expect(decided).not.toBe('no');
			})
		);
	});

	const tokenOf = fc.oneof(
		token,
		fc.stringMatching(/^[0-9]{1,12}$/),
		fc.stringMatching(/^[a-z0-9.]{1,7}@[a-z]{1,3}$/)
	);
	it('find in the ranges of a word exactly the entries whose tokens start with it (property)', () => {
		fc.assert(
			fc.property(
				fc.array(tokenOf, { minLength: 1, maxLength: 30 }),
				fc.oneof(fc.stringMatching(/^[a-z0-9@.]{1,9}$/), fc.stringMatching(/^[0-9]{1,9}$/)),
				(tokens, word) => {
					const entries = tokens.flatMap((t, i) => searchWords([t], `name ${i}`));
					const ranges = wordRanges(word);
					if (ranges === undefined) {
						// only long numbers are left to the tokens index
						expect(/^[0-9]+$/.test(word) && word.length > GROUP_LENGTH + 1).toBe(true);
						return;
					}
					const found = entries.filter((entry) =>
						ranges.some(
							(range) =>
								entry >= range.lower &&
								entry <= range.upper &&
								(range.all || parseSearchWord(entry).token.startsWith(word))
						)
					);
					const truth = entries.filter((entry) => parseSearchWord(entry).token.startsWith(word));
					expect(found.sort()).toEqual(truth.sort());
				}
			)
		);
	});
});
