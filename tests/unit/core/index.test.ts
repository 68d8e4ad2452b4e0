import { describe, expect, it } from 'vitest';
import * as core from '../../../src/lib/core/index';

// other layers, the benchmarks and outside checks use these names (DESIGN §5)
describe('public surface', () => {
	const names = [
		'normalizePhone',
		'normalizeEmail',
		'createContact',
		'validateContact',
		'foldText',
		'contactKeys',
		'formatPhoneInternational',
		'formatPhoneNational',
		'callingCodeOf',
		'emailKey',
		'listCountries',
		'regionFromLocales',
		'isSupportedCountry',
		'planMerge',
		'planUnmerge',
		'defaultMergeChoices',
		'unmergeScope'
	];
	it.each(names)('exports %s as a function', (name) => {
		expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
	});

	it('works end to end', () => {
		const result = core.createContact(
			{ firstName: 'Ada', phones: [{ value: '412345678' }] },
			{ defaultCountry: core.regionFromLocales(['en-AU']), now: 0, id: 'x' }
		);
		expect(result.ok && core.formatPhoneInternational(result.contact.keys.phone)).toBe(
			'+61 412 345 678'
		);
	});
});
