import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	findDuplicates,
	scanDuplicates,
	type DuplicatePair
} from '../../../src/lib/core/duplicates';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { runDedupe } from '../../../src/lib/db/dedupe-run';
import { pairKey } from '../../../src/lib/db/schema';
import { dismissSuggestions, upsertSuggestions } from '../../../src/lib/db/suggestions-repo';
import { generatedBook } from '../core/duplicates/generated-book';
import { fakeIndexedDb, uniqueName } from './harness';

const book = generatedBook(3_000, 11);
const whole = scanDuplicates(book);

let db: CarnetDatabase;

beforeEach(async () => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
	await db.contacts.bulkAdd(book);
});

afterEach(async () => {
	await db.delete();
});

async function openPairs(): Promise<string[]> {
	const rows = await db.suggestions.where('status').equals('open').toArray();
	return rows.map((row) => row.pair).sort();
}

const keysOf = (pairs: readonly DuplicatePair[]) => pairs.map((p) => pairKey(p.a, p.b)).sort();

describe('runDedupe over a generated book', { timeout: 120_000 }, () => {
	it('the full scan suggests exactly the pairs of findDuplicates, in small groups', async () => {
		const result = await runDedupe(db, { chunkSize: 250, profileBudget: 500 });
		expect(result).toMatchObject({ completed: true, found: whole.pairs.length });
		expect(result.stats?.groups).toBeGreaterThan(2);
		expect(result.stats?.candidatePairs).toBe(whole.stats.candidatePairs);
		expect(await openPairs()).toEqual(keysOf(whole.pairs));
		const stored = await db.suggestions.toArray();
		const byPair = new Map(whole.pairs.map((pair) => [pairKey(pair.a, pair.b), pair]));
		for (const row of stored) {
			expect({ score: row.score, reasons: row.reasons }).toEqual({
				score: byPair.get(row.pair)?.score,
				reasons: byPair.get(row.pair)?.reasons
			});
		}
	});

	it('after an import compares only the new and changed contacts with the rest', async () => {
		// the last 150 contacts are "the import": new ones and a few the import changed
		const imported = book.slice(-150).map((contact) => contact.id);
		const ids = new Set(imported);
		// an open suggestion among old contacts stays as it is: the scan does not look at it
		const unrelated = whole.pairs.find((pair) => !ids.has(pair.a) && !ids.has(pair.b));
		expect(unrelated).toBeDefined();
		if (unrelated) await upsertSuggestions(db, [unrelated]);

		// a small budget: the import's blocks are compared group by group from the records
		const result = await runDedupe(db, { onlyIds: imported, chunkSize: 400, profileBudget: 50 });
		const expected = findDuplicates(book).filter((pair) => ids.has(pair.a) || ids.has(pair.b));
		expect(expected.length).toBeGreaterThan(5);
		expect(result).toMatchObject({ completed: true, found: expected.length });
		expect(await openPairs()).toEqual(keysOf(unrelated ? [...expected, unrelated] : expected));
		// far fewer comparisons than the book against itself: only the import's blocks
		expect(result.stats?.candidatePairs).toBeLessThan(whole.stats.candidatePairs / 5);
		expect(result.stats?.groups).toBeGreaterThan(1);
		expect(result.stats?.profiled).toBeLessThan(book.length / 3);
	});

	it('after an import bigger than the focus limit runs the full scan', async () => {
		const imported = book.slice(-150).map((contact) => contact.id);
		const result = await runDedupe(db, { onlyIds: imported, maxFocus: 100 });
		expect(result).toMatchObject({ completed: true, found: whole.pairs.length });
		expect(result.stats?.candidatePairs).toBe(whole.stats.candidatePairs);
		expect(await openPairs()).toEqual(keysOf(whole.pairs));
	});

	it('a pair dismissed before stays dismissed after the scan of an import', async () => {
		const imported = book.slice(-150).map((contact) => contact.id);
		const ids = new Set(imported);
		const target = whole.pairs.find((pair) => ids.has(pair.a) || ids.has(pair.b));
		if (!target) throw new Error('the generated book has no pair with the import');
		await upsertSuggestions(db, [target]);
		await dismissSuggestions(db, [pairKey(target.a, target.b)]);
		await runDedupe(db, { onlyIds: imported });
		const row = await db.suggestions.where('pair').equals(pairKey(target.a, target.b)).first();
		expect(row?.status).toBe('dismissed');
	});
});
