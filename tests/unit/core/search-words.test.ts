import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactKeys } from '../../../src/lib/core/keys';
import {
	HEAD_LENGTH,
	afterToken,
	headsMatch,
	parseSearchWord,
	searchWords
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
		expect(keys.words).toEqual(searchWords(keys.tokens, keys.name));
		const entries = (keys.words ?? []).map(parseSearchWord);
		expect(entries.map((entry) => entry.token)).toEqual(keys.tokens);
		for (const entry of entries) {
			expect(entry.nameKey).toBe('muller anna');
			expect(entry.heads).toContain('mul');
			expect(entry.heads).toContain('olw');
			expect(entry.heads).toContain('491');
		}
	});

	it('sort a token before any longer token that starts with it, and before afterToken', () => {
		const [short] = searchWords(['mul'], 'zz');
		const [long] = searchWords(['mulder'], 'aa');
		expect(short && long && short < long).toBe(true);
		expect(short && short < afterToken('mul')).toBe(true);
		expect(long && long > afterToken('mul')).toBe(true);
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
});
