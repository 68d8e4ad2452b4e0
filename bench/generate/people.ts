// the row stream. it holds only a bounded pool of recent people to copy duplicates from, so a
// file of two million rows costs no more memory than one of a thousand.

import type { GeneratedRow } from './columns';
import { copyPerson } from './duplicates';
import { createPersonFactory, renderPerson, type Person } from './person';
import { createRng, seedToUint32 } from './rng';

/**
 * changes whenever the rows for a given seed change (a new name, another weight …), so that
 * cached data files can be told apart; the committed samples in tests/fixtures/generated fail
 * their test until they are regenerated and this is raised.
 */
export const GENERATOR_VERSION = 1;

export const DEFAULT_DUPLICATE_SHARE = 0.1;

/** how many recent originals a duplicate may copy from */
export const DUPLICATE_POOL_SIZE = 4096;

/** phone numbers, e-mail addresses and customer numbers are unique per person up to this count */
export const MAX_UNIQUE_PEOPLE = 2_000_000;

export interface GenerateOptions {
	seed: number;
	/** rows to yield, originals and copies together */
	count: number;
	/** share of rows that copy an earlier person, in [0, 1); default 0.1 */
	duplicateShare?: number;
}

export function* generatePeople(options: GenerateOptions): Generator<GeneratedRow> {
	const { seed, count } = options;
	const share = options.duplicateShare ?? DEFAULT_DUPLICATE_SHARE;
	if (!Number.isSafeInteger(count) || count < 0) {
		throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
	}
	if (!(share >= 0 && share < 1)) {
		throw new RangeError(`duplicateShare must be in [0, 1), got ${share}`);
	}
	const rng = createRng(seed);
	const factory = createPersonFactory(seedToUint32(seed) ^ 0x5bd1e995, rng);
	const pool: Person[] = [];
	let replace = 0;
	let nextPersonId = 1;

	for (let row = 1; row <= count; row++) {
		if (pool.length > 0 && rng.next() < share) {
			const { person, changes } = copyPerson(rng.pick(pool), factory, rng);
			yield {
				row,
				personId: person.personId,
				values: renderPerson(person),
				original: false,
				changes
			};
			continue;
		}
		const person = factory.create(nextPersonId++);
		if (pool.length < DUPLICATE_POOL_SIZE) {
			pool.push(person);
		} else {
			pool[replace] = person;
			replace = (replace + 1) % DUPLICATE_POOL_SIZE;
		}
		yield {
			row,
			personId: person.personId,
			values: renderPerson(person),
			original: true,
			changes: []
		};
	}
}
