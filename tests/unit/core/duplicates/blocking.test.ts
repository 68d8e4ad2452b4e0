import { describe, expect, it } from 'vitest';
import {
	BLOCK_WINDOW,
	DEFAULT_DUPLICATE_THRESHOLD,
	blockingKeys,
	comparePair,
	findDuplicates,
	groupPairs,
	isExactKey,
	MAX_BLOCK_SIZE,
	ownsPair,
	scanDuplicates
} from '../../../../src/lib/core/duplicates';
import { makeContact } from './make-contact';

describe('blockingKeys', () => {
	const contact = makeContact('a', {
		firstName: 'Bill',
		lastName: 'Meier',
		phones: [{ value: '0151 23456789' }],
		emails: [{ value: 'Bill.Meier84@Web.de' }],
		birthDate: '1984-02-29',
		street: 'Hauptstr. 5',
		postalCode: '80331',
		city: 'München',
		custom: { customer: 'KD 77', team: 'blue' }
	});

	it('lists exact and fuzzy keys, sorted and without repeats', () => {
		expect(blockingKeys(contact, { uniqueFields: ['customer'] })).toEqual(
			[
				'a:80331:5',
				'b:1984-02-29:b',
				'b:1984-02-29:m',
				'b:1984-02-29:w',
				'c:munchen:5',
				// the address keys again with the surname's initial, for an address block too big
				'h:80331:5:m',
				'v:munchen:5:m',
				// the same letters at the same provider, however they are spelled
				'd:billmeier84@web.de',
				'e:bill.meier84@web.de',
				'l:billmeier84',
				'n:MR|PL',
				// Bill also stands for William
				'n:ALM|MR',
				// the name keys again with the birthday, for a name block too big to compare whole
				's:MR|PL:02-29',
				's:ALM|MR:02-29',
				'p:+4915123456789',
				't:23456789',
				'u:8:customer:kd77'
			].sort()
		);
	});

	it('marks the keys that make a duplicate on their own', () => {
		const exact = blockingKeys(contact, { uniqueFields: ['customer'] }).filter(isExactKey);
		expect(exact).toEqual(['e:bill.meier84@web.de', 'p:+4915123456789', 'u:8:customer:kd77']);
	});

	it('gives a contact with nothing to compare by no keys', () => {
		expect(blockingKeys(makeContact('x', { note: 'met at the fair' }))).toEqual([]);
	});
});

describe('candidates', () => {
	// a pair that would score as a duplicate, but shares no key: a typo that changes how the first
	// name sounds, and a street with neither postcode nor city. blocking never compares it.
	const a = makeContact('a', {
		firstName: 'Hugh',
		lastName: 'Smallacombe',
		street: '126 Salsola Street',
		region: 'Vic'
	});
	const b = makeContact('b', {
		firstName: 'Huhg',
		lastName: 'Smallacombe',
		street: '126 Salsola Street',
		region: 'Vic'
	});

	it('come only from shared keys', () => {
		expect(comparePair(a, b).score).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
		const keysB = new Set(blockingKeys(b));
		expect(blockingKeys(a).filter((key) => keysB.has(key))).toEqual([]);
		expect(findDuplicates([a, b])).toEqual([]);
	});

	it('three records of one person form one group', () => {
		const records = [
			makeContact('r1', {
				firstName: 'Jean-Pierre',
				lastName: 'Dupont',
				birthDate: '1975-06-01',
				city: 'Lyon'
			}),
			makeContact('r2', {
				firstName: 'J.-P.',
				lastName: 'Dupont',
				birthDate: '1975-06-01',
				city: 'Lyon'
			}),
			makeContact('r3', {
				firstName: 'Jean-Pierre',
				lastName: 'Dupond',
				birthDate: '1975-06-01',
				phones: [{ value: '06 12 34 56 78', country: 'FR' }]
			}),
			makeContact('r4', {
				firstName: 'Jean-Pierre',
				lastName: 'Dupont',
				birthDate: '1990-01-01',
				city: 'Paris'
			})
		];
		const groups = groupPairs(findDuplicates(records));
		expect(groups.map((group) => group.ids)).toEqual([['r1', 'r2', 'r3']]);
	});
});

describe('ownsPair', () => {
	const small = (key: string): boolean => !key.startsWith('n:');
	const cases = [
		{
			name: 'the first shared key',
			input: { key: 'b:1', a: ['a:1', 'b:1', 'c:1'], b: ['b:1', 'c:1'] },
			expected: true
		},
		{
			name: 'a later shared key',
			input: { key: 'c:1', a: ['a:1', 'b:1', 'c:1'], b: ['b:1', 'c:1'] },
			expected: false
		},
		{
			name: 'an oversized block is skipped',
			input: { key: 'p:1', a: ['n:big', 'p:1'], b: ['n:big', 'p:1'] },
			expected: true
		},
		{
			name: 'only oversized blocks shared: the first of them',
			input: { key: 'n:big', a: ['n:big', 'n:huge'], b: ['n:big', 'n:huge'] },
			expected: true
		},
		{
			name: 'only oversized blocks shared: not a later one',
			input: { key: 'n:huge', a: ['n:big', 'n:huge'], b: ['n:big', 'n:huge'] },
			expected: false
		},
		{ name: 'nothing shared', input: { key: 'a:1', a: ['a:1'], b: ['a:2'] }, expected: false }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(ownsPair(input.key, input.a, input.b, small)).toBe(expected);
	});
});

describe('oversized blocks', () => {
	// 300 namesakes born on 300 different days: one name block far above MAX_BLOCK_SIZE
	const day = (i: number): string => new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(5, 10);
	const namesakes = Array.from({ length: 300 }, (_, i) =>
		makeContact(`m${String(i).padStart(3, '0')}`, {
			firstName: 'Thomas',
			lastName: 'Müller',
			birthDate: `${1950 + (i % 40)}-${day(i)}`,
			street: `Hauptstraße ${i + 1}`,
			postalCode: String(10000 + i * 7),
			city: `Ort ${i}`
		})
	);
	// the same person as m041, written without the year of birth and without postcode and city:
	// the keys the two share are the name's and the name's with the birthday
	const twin = makeContact('twin', {
		firstName: 'Thomas',
		lastName: 'Müller',
		birthDate: `--${day(41)}`,
		street: 'Hauptstraße 42'
	});

	it('split a name block by birthday instead of comparing it, and still find the duplicate', () => {
		const keysTwin = new Set(blockingKeys(twin));
		const shared = blockingKeys(namesakes[41] ?? twin).filter((key) => keysTwin.has(key));
		expect(shared).toEqual(['n:MLR|TMS', `s:MLR|TMS:${day(41)}`]);
		expect(namesakes.length).toBeGreaterThan(MAX_BLOCK_SIZE);
		const { pairs, stats } = scanDuplicates([...namesakes, twin]);
		expect(pairs.map((pair) => [pair.a, pair.b])).toEqual([['m041', 'twin']]);
		// the one pair that shares a birthday is weighed, none of the 300 namesakes born on other days
		expect(stats.candidatePairs).toBe(1);
		expect(stats.oversizedBlocks).toBe(0);
	});

	it('compare the neighbours of an oversized block that is not a name block', () => {
		// 30 nameless records at one address: the postcode's and the city's blocks are split by the
		// surname's initial, which they all lack, so the sub-blocks are compared by window, in the
		// same order: the first of them (h:) owns every pair they share
		const housemates = Array.from({ length: 30 }, (_, i) =>
			makeContact(`h${String(i).padStart(2, '0')}`, {
				street: 'Hauptstraße 1',
				postalCode: '10115',
				city: 'Berlin'
			})
		);
		const { stats } = scanDuplicates(housemates);
		expect(stats.oversizedBlocks).toBe(2);
		// each member meets its next BLOCK_WINDOW neighbours, once
		expect(stats.candidatePairs).toBe(
			Array.from({ length: 30 }, (_, x) => Math.min(BLOCK_WINDOW, 29 - x)).reduce((s, n) => s + n)
		);
	});
});
