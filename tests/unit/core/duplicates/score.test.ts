import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../../src/lib/core/contact';
import {
	DEFAULT_DUPLICATE_THRESHOLD,
	bitsForScore,
	comparePair,
	isExactDuplicate,
	scoreFromBits
} from '../../../../src/lib/core/duplicates';
import { scoresBelow } from '../../../../src/lib/core/duplicates/score';
import { makeContact } from './make-contact';

const anna: ContactDraft = {
	firstName: 'Anna',
	lastName: 'Meier',
	phones: [{ value: '0151 23456789' }],
	emails: [{ value: 'anna.meier@web.de' }],
	birthDate: '1980-03-14',
	street: 'Hauptstraße 5',
	postalCode: '80331',
	city: 'München',
	region: 'Bayern'
};

describe('exact duplicates', () => {
	const cases: { name: string; input: [ContactDraft, ContactDraft]; expected: string[] }[] = [
		{
			name: 'the same phone written two ways',
			input: [
				{ firstName: 'Anna', phones: [{ value: '0151 23456789' }] },
				{ firstName: 'Peter', phones: [{ value: '+49 151 234 567 89' }] }
			],
			expected: ['same-phone']
		},
		{
			name: 'the same e-mail in another case',
			input: [
				{ firstName: 'Anna', emails: [{ value: 'Anna.Meier@Web.de' }] },
				{ lastName: 'Meier', emails: [{ value: 'anna.meier@web.de' }] }
			],
			expected: ['same-email']
		},
		{
			name: 'one gmail mailbox, spelled with dots and a tag',
			input: [
				{ emails: [{ value: 'anna.meier@gmail.com' }] },
				{ emails: [{ value: 'annameier+shop@googlemail.com' }] }
			],
			expected: ['same-email']
		},
		{
			name: 'the same customer number',
			input: [
				{ firstName: 'A', custom: { customer: 'KD-1234' } },
				{ firstName: 'B', custom: { customer: 'kd-1234' } }
			],
			expected: ['same-unique-field']
		}
	];
	it.each(cases)('$name', ({ input: [a, b], expected }) => {
		const result = comparePair(makeContact('a', a), makeContact('b', b), {
			uniqueFields: ['customer']
		});
		expect(result.score).toBe(1);
		expect(
			result.reasons
				.map((reason) => reason.code)
				.filter((code) => code.startsWith('same-') && expected.includes(code))
		).toEqual(expected);
		expect(isExactDuplicate(result)).toBe(true);
	});

	it('says which phone and which field', () => {
		const result = comparePair(
			makeContact('a', { phones: [{ value: '0151 23456789' }], custom: { customer: 'KD-1' } }),
			makeContact('b', {
				phones: [{ value: '030 1234567' }, { value: '0151 23456789' }],
				custom: { customer: 'KD-1' }
			}),
			{ uniqueFields: ['customer'] }
		);
		expect(result.reasons).toEqual([
			{ code: 'same-phone', values: ['+4915123456789', '+4915123456789'] },
			{ code: 'same-unique-field', detail: 'customer', values: ['KD-1', 'KD-1'] }
		]);
	});

	it('ignores a custom field that is not marked unique', () => {
		const result = comparePair(
			makeContact('a', { firstName: 'A', custom: { team: 'blue' } }),
			makeContact('b', { firstName: 'B', custom: { team: 'blue' } })
		);
		expect(result.score).toBeLessThan(DEFAULT_DUPLICATE_THRESHOLD);
		expect(isExactDuplicate(result)).toBe(false);
	});
});

describe('fuzzy duplicates', () => {
	const cases: {
		name: string;
		input: ContactDraft;
		expected: { duplicate: boolean; reasons: string[] };
	}[] = [
		{
			name: 'a name that sounds alike, same birth date and postcode',
			input: { ...anna, lastName: 'Mayer', phones: [], emails: [], street: '' },
			expected: {
				duplicate: true,
				reasons: [
					'names-sound-alike',
					'same-first-name',
					'same-birth-date',
					'same-postcode',
					'same-city',
					'same-region'
				]
			}
		},
		{
			name: 'a first name one letter off, at the same address',
			input: { ...anna, firstName: 'Anni', phones: [], emails: [], birthDate: '' },
			expected: {
				duplicate: true,
				reasons: [
					'same-last-name',
					'names-sound-alike',
					'same-street',
					'same-postcode',
					'same-city',
					'same-region'
				]
			}
		},
		{
			name: 'a typo in the name, the same street',
			input: { ...anna, lastName: 'Meeier', phones: [], emails: [], birthDate: '' },
			expected: {
				duplicate: true,
				reasons: [
					'names-sound-alike',
					'same-first-name',
					'same-street',
					'same-postcode',
					'same-city',
					'same-region'
				]
			}
		},
		{
			name: 'the same phone number read in another country',
			input: {
				firstName: 'Anna',
				lastName: 'Meier',
				phones: [{ value: '0151 23456789', country: 'AT' }]
			},
			expected: { duplicate: true, reasons: ['same-name', 'phone-tail'] }
		},
		{
			// any anna meier may be anna.meier somewhere: no news beyond the name
			name: 'the same name as an e-mail at another provider',
			input: { firstName: 'Anna', lastName: 'Meier', emails: [{ value: 'anna.meier@gmx.de' }] },
			expected: { duplicate: false, reasons: ['same-name'] }
		},
		{
			name: 'a namesake in the same city',
			input: { firstName: 'Anna', lastName: 'Meier', postalCode: '80331', city: 'München' },
			expected: { duplicate: false, reasons: ['same-name', 'same-postcode', 'same-city'] }
		},
		{
			name: 'a relative at the same address',
			input: { ...anna, firstName: 'Peter', phones: [], emails: [], birthDate: '1950-11-02' },
			expected: {
				duplicate: false,
				reasons: ['same-last-name', 'same-street', 'same-postcode', 'same-city', 'same-region']
			}
		},
		{
			name: 'a flat number the other address lacks',
			input: { ...anna, street: 'Hauptstraße 5, Whg. 12', phones: [], emails: [], birthDate: '' },
			expected: {
				duplicate: true,
				reasons: ['same-name', 'similar-street', 'same-postcode', 'same-city', 'same-region']
			}
		},
		{
			name: 'another second line on the same street and number',
			input: {
				...anna,
				street: 'Hauptstraße 5, Rückgebäude',
				phones: [],
				emails: [],
				birthDate: ''
			},
			expected: {
				duplicate: true,
				reasons: ['same-name', 'similar-street', 'same-postcode', 'same-city', 'same-region']
			}
		},
		{
			name: 'a neighbour of the same name on the same street',
			input: {
				...anna,
				street: 'Hauptstraße 27, Rückgebäude',
				phones: [],
				emails: [],
				birthDate: ''
			},
			expected: {
				duplicate: false,
				reasons: ['same-name', 'same-postcode', 'same-city', 'same-region']
			}
		},
		{
			// the second anna meier at web.de could not have had the first one's address
			name: 'the name as an e-mail at the same provider, spelled otherwise',
			input: {
				firstName: 'Anna',
				lastName: 'Meier',
				emails: [{ value: 'meier_anna@web.de' }],
				postalCode: '80331',
				city: 'München'
			},
			expected: {
				duplicate: true,
				reasons: ['same-name', 'email-local-part', 'same-postcode', 'same-city']
			}
		},
		{
			name: 'the name as an e-mail at another provider, in the same city',
			input: {
				firstName: 'Anna',
				lastName: 'Meier',
				emails: [{ value: 'meier_anna@gmx.de' }],
				postalCode: '80331',
				city: 'München'
			},
			expected: { duplicate: false, reasons: ['same-name', 'same-postcode', 'same-city'] }
		},
		{
			name: 'the same street name in another town',
			input: {
				firstName: 'Anna',
				lastName: 'Meier',
				street: 'Hauptstraße 5',
				postalCode: '20095',
				city: 'Hamburg'
			},
			expected: { duplicate: false, reasons: ['same-name'] }
		},
		{
			name: 'a stranger',
			input: { firstName: 'Jürgen', lastName: 'Schulz', birthDate: '1955-01-01', city: 'Berlin' },
			expected: { duplicate: false, reasons: [] }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const result = comparePair(makeContact('a', anna), makeContact('b', input));
		expect(result.reasons.map((reason) => reason.code)).toEqual(expected.reasons);
		expect(result.score >= DEFAULT_DUPLICATE_THRESHOLD).toBe(expected.duplicate);
		expect(result.score).toBeLessThan(1);
		// the same whichever contact comes first
		expect(comparePair(makeContact('b', input), makeContact('a', anna)).score).toBe(result.score);
	});

	it("counts an e-mail name of the person's own at another provider", () => {
		const result = comparePair(
			makeContact('a', {
				firstName: 'Anna',
				lastName: 'Meier',
				emails: [{ value: 'schnuffi77@web.de' }],
				city: 'München'
			}),
			makeContact('b', {
				firstName: 'Anna',
				lastName: 'Meier',
				emails: [{ value: 'Schnuffi77@gmx.de' }],
				city: 'München'
			})
		);
		expect(result.reasons).toEqual([
			{ code: 'same-name', values: ['Anna Meier', 'Anna Meier'] },
			{ code: 'email-local-part', values: ['schnuffi77@web.de', 'Schnuffi77@gmx.de'] },
			{ code: 'same-city', values: ['München', 'München'] }
		]);
		expect(result.score).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
	});

	it('shows the values behind a reason as the contacts hold them', () => {
		const result = comparePair(
			makeContact('a', {
				firstName: 'Hans',
				lastName: 'Meier',
				birthDate: '1970-05-17',
				city: 'München'
			}),
			makeContact('b', {
				firstName: 'Hans',
				lastName: 'Mayer',
				birthDate: '1970-05-17',
				city: 'München'
			})
		);
		expect(result.reasons).toEqual([
			{ code: 'names-sound-alike', detail: 'last', values: ['Meier', 'Mayer'] },
			{ code: 'same-first-name', values: ['Hans', 'Hans'] },
			{ code: 'same-birth-date', values: ['1970-05-17', '1970-05-17'] },
			{ code: 'same-city', values: ['München', 'München'] }
		]);
	});

	it('turns a typo in the birth date or a swapped day and month into a weaker reason', () => {
		const typo = comparePair(
			makeContact('a', { lastName: 'Meier', birthDate: '1980-03-14' }),
			makeContact('b', { lastName: 'Meier', birthDate: '1980-03-15' })
		);
		const swapped = comparePair(
			makeContact('a', { lastName: 'Meier', birthDate: '1980-03-04' }),
			makeContact('b', { lastName: 'Meier', birthDate: '1980-04-03' })
		);
		expect(typo.reasons.map((reason) => reason.code)).toContain('similar-birth-date');
		expect(swapped.reasons.map((reason) => reason.code)).toContain('similar-birth-date');
	});
});

describe('scoreFromBits', () => {
	it('rises with the evidence, stays below 1 and inverts with bitsForScore', () => {
		const scores = [-10, 0, 10, 15.5, 19.5, 30, 60].map(scoreFromBits);
		expect(scores).toEqual([...scores].sort((x, y) => x - y));
		expect(Math.max(...scores)).toBeLessThan(1);
		expect(scoreFromBits(15.5)).toBe(0.5);
		expect(scoreFromBits(bitsForScore(DEFAULT_DUPLICATE_THRESHOLD))).toBeCloseTo(
			DEFAULT_DUPLICATE_THRESHOLD,
			3
		);
	});
});

describe('scoresBelow', () => {
	const thresholds = [0, 0.3, 0.8, 0.95, 0.99, 0.995, 1];
	it.each(thresholds)('agrees with scoreFromBits at threshold %s', (threshold) => {
		const below = scoresBelow(threshold);
		const edge = bitsForScore(threshold);
		// around the threshold's bits, where the rounding of the score matters, and far from them
		const sums = [-Infinity, -40, 0, 15.5, 19.4999, 19.5, 40, Infinity];
		if (Number.isFinite(edge)) {
			for (let step = -200; step <= 200; step++) sums.push(edge + step * 0.0005);
		}
		for (const bits of sums) expect(below(bits)).toBe(scoreFromBits(bits) < threshold);
	});

	it('agrees with scoreFromBits on any sum', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...thresholds),
				fc.double({ min: -60, max: 60, noNaN: true }),
				(threshold, bits) => {
					expect(scoresBelow(threshold)(bits)).toBe(scoreFromBits(bits) < threshold);
				}
			)
		);
	});
});
