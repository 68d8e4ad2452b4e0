import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import {
	findDuplicates,
	scanDuplicates,
	scanDuplicatesInBlocks,
	type DuplicatePair
} from '../../../../src/lib/core/duplicates';
import { PAUSE_EVERY } from '../../../../src/lib/core/duplicates/block-scan';
import { generatedBook, inChunks } from './generated-book';
import { makeContact } from './make-contact';

const book = generatedBook(4_000);
const involves = (ids: ReadonlySet<string>) => (pair: DuplicatePair) =>
	ids.has(pair.a) || ids.has(pair.b);

describe('scanDuplicatesInBlocks', { timeout: 120_000 }, () => {
	it('finds exactly the pairs of findDuplicates on a generated book, group by group', async () => {
		const whole = scanDuplicates(book);
		const blocked = await scanDuplicatesInBlocks(inChunks(book, 500), { profileBudget: 600 });
		expect(blocked.completed).toBe(true);
		expect(blocked.pairs.length).toBeGreaterThan(100);
		expect(blocked.pairs).toEqual(whole.pairs);
		expect(blocked.found).toBe(whole.pairs.length);
		// the same blocks, the same oversized ones, each candidate weighed once as in memory
		expect(blocked.stats.contacts).toBe(whole.stats.contacts);
		expect(blocked.stats.blocks).toBe(whole.stats.blocks);
		expect(blocked.stats.oversizedBlocks).toBe(whole.stats.oversizedBlocks);
		expect(blocked.stats.candidatePairs).toBe(whole.stats.candidatePairs);
		// the small budget made it work in several groups
		expect(blocked.stats.groups).toBeGreaterThan(3);
	});

	it('takes profiles only for the few candidates it cannot rule out without them', async () => {
		const whole = scanDuplicates(book);
		const blocked = await scanDuplicatesInBlocks(inChunks(book, 500));
		expect(blocked.stats.groups).toBe(1);
		expect(blocked.pairs).toEqual(whole.pairs);
		expect(blocked.stats.candidatePairs).toBe(whole.stats.candidatePairs);
		// two profiles for each candidate that may reach the threshold: fewer than one a candidate
		expect(blocked.stats.profiled).toBeGreaterThanOrEqual(2 * whole.pairs.length);
		expect(blocked.stats.profiled).toBeLessThan(whole.stats.candidatePairs);
	});

	it('with focus, finds the pairs of those contacts that the full scan finds', async () => {
		const focus = book.filter((_, i) => i % 9 === 0);
		const ids = new Set(focus.map((contact) => contact.id));
		const blocked = await scanDuplicatesInBlocks(inChunks(book, 700), {
			focus: inChunks(focus, 40)
		});
		const expected = findDuplicates(book).filter(involves(ids));
		expect(expected.length).toBeGreaterThan(10);
		expect(blocked.pairs).toEqual(expected);
		// only the blocks of the focus are compared
		expect(blocked.stats.candidatePairs).toBeLessThan(
			scanDuplicates(book).stats.candidatePairs / 3
		);
	});

	it('hands the pairs to onPairs as it goes, and reports progress', async () => {
		const received: DuplicatePair[] = [];
		const phases = new Set<string>();
		const result = await scanDuplicatesInBlocks(inChunks(book.slice(0, 1_500), 300), {
			profileBudget: 300,
			total: 1_500,
			onPairs: (pairs) => {
				received.push(...pairs);
			},
			onProgress: (progress) => phases.add(`${progress.phase}`)
		});
		expect(result.pairs).toEqual([]);
		expect(result.found).toBe(received.length);
		expect([...received].sort(byIds)).toEqual(findDuplicates(book.slice(0, 1_500)).sort(byIds));
		expect([...phases]).toEqual(['reading', 'comparing']);
	});

	it('pauses while comparing when asked, and waits for each pause', async () => {
		let pauses = 0;
		let waiting = false;
		const result = await scanDuplicatesInBlocks(inChunks(book, 500), {
			profileBudget: 600,
			onPairs: () => {
				// no pause is under way when a group's pairs come
				expect(waiting).toBe(false);
			},
			pause: () => {
				pauses++;
				waiting = true;
				return new Promise<void>((resolve) =>
					setTimeout(() => {
						waiting = false;
						resolve();
					}, 0)
				);
			}
		});
		expect(result.completed).toBe(true);
		expect(result.found).toBe(scanDuplicates(book).pairs.length);
		// at the first block, then every PAUSE_EVERY blocks and candidates
		expect(pauses).toBeGreaterThan(0);
		expect(pauses).toBeLessThanOrEqual(
			1 +
				(result.stats.blocks + 2 * result.stats.candidatePairs) / PAUSE_EVERY +
				result.stats.groups
		);
	});

	it('stops when asked, without pairs', async () => {
		let chunks = 0;
		const result = await scanDuplicatesInBlocks(inChunks(book, 500), {
			onProgress: () => void chunks++,
			shouldStop: () => chunks >= 2
		});
		expect(result).toMatchObject({ completed: false, pairs: [], found: 0 });
	});

	it('compares the members of an oversized block with their neighbours, as in memory', async () => {
		// far more than MAX_BLOCK_SIZE namesakes that sound alike, on few birthdays and streets: their
		// name blocks are split, their birthday blocks compared by window (25 share one birthday in
		// every world), and a pair may share several oversized blocks
		const sameDay = Array.from({ length: 25 }, (_, i) => ({
			firstName: 'Anna',
			lastName: i % 2 === 0 ? 'Meier' : 'Mayer',
			birthDate: '1980-03-14',
			street: i % 3 === 0 ? 'Ringweg 7' : '',
			postalCode: '',
			city: ''
		}));
		const world = fc
			.array(
				fc.record({
					firstName: fc.constantFrom('Anna', 'Anne', 'Ana'),
					lastName: fc.constantFrom('Meier', 'Mayer', 'Maier'),
					birthDate: fc.constantFrom('', '1980-03-14', '1980-03-15', '1975-06-01', '--03-14'),
					street: fc.constantFrom('', 'Hauptstraße 5', 'Hauptstr. 5', 'Ringweg 7'),
					postalCode: fc.constantFrom('', '80331', '80333'),
					city: fc.constantFrom('', 'München')
				}),
				{ minLength: 5, maxLength: 90 }
			)
			.map((drafts): Contact[] =>
				[...sameDay, ...drafts].map((draft, i) =>
					makeContact(`o${String(i).padStart(3, '0')}`, {
						...draft,
						emails: [{ value: `person${i}@example.org` }]
					})
				)
			);
		await fc.assert(
			fc.asyncProperty(world, async (contacts) => {
				const whole = scanDuplicates(contacts);
				const blocked = await scanDuplicatesInBlocks(inChunks(contacts, 13), { profileBudget: 25 });
				expect(blocked.stats.oversizedBlocks).toBeGreaterThan(0);
				expect(blocked.stats.oversizedBlocks).toBe(whole.stats.oversizedBlocks);
				expect(blocked.stats.candidatePairs).toBe(whole.stats.candidatePairs);
				expect(blocked.pairs).toEqual(whole.pairs);
			}),
			{ numRuns: 30 }
		);
	});

	it('matches findDuplicates on small random worlds, unique identifiers included', async () => {
		const FIRST = ['Anna', 'Anne', 'Hans', 'Johannes', 'J.', 'Bill', 'William', 'Jean'];
		const LAST = ['Meier', 'Mayer', 'Müller', 'Mueller', 'Dupont', 'Smith', 'Smyth'];
		const BIRTH = ['', '1980-03-14', '1980-03-15', '--03-14'];
		const PHONE = ['', '0151 23456789', '0151 23456788', '030 1234567'];
		const EMAIL = ['', 'anna.meier@web.de', 'anna.meier@gmx.de', 'am80@web.de'];
		const world = fc
			.array(
				fc.record({
					firstName: fc.constantFrom(...FIRST),
					lastName: fc.constantFrom(...LAST),
					birthDate: fc.constantFrom(...BIRTH),
					street: fc.constantFrom('', 'Hauptstraße 5', 'Hauptstr. 7'),
					postalCode: fc.constantFrom('', '80331', '75002'),
					phone: fc.constantFrom(...PHONE),
					email: fc.constantFrom(...EMAIL),
					customer: fc.constantFrom('', 'KD-1', 'KD-2')
				}),
				{ maxLength: 60 }
			)
			.map((drafts): Contact[] =>
				drafts.map(({ phone, email, customer, ...rest }, i) =>
					makeContact(`c${String(i).padStart(2, '0')}`, {
						...rest,
						phones: phone ? [{ value: phone }] : [],
						emails: email ? [{ value: email }] : [],
						custom: customer ? { customer } : {}
					})
				)
			);
		const options = { uniqueFields: ['customer'] };
		await fc.assert(
			fc.asyncProperty(world, fc.integer({ min: 1, max: 20 }), async (contacts, budget) => {
				const blocked = await scanDuplicatesInBlocks(inChunks(contacts, 7), {
					...options,
					profileBudget: budget
				});
				expect(blocked.pairs).toEqual(findDuplicates(contacts, options));
			}),
			{ numRuns: 60 }
		);
	});
});

function byIds(x: DuplicatePair, y: DuplicatePair): number {
	return x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0;
}
