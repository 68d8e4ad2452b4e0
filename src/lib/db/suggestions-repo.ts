// duplicate suggestions: one row per unordered pair of contacts (`pair`), so that a pair the user
// marked "Not a duplicate" stays dismissed whatever a later scan or save finds.

import { EXACT_REASON_CODES, type DuplicatePair } from '../core/duplicates/types';
import type { CarnetDatabase } from './database';
import { newId } from './ids';
import { pairKey, type Suggestion, type SuggestionStatus } from './schema';

/**
 * records the pairs as open suggestions: a new pair is added, an open one gets the new score and
 * reasons, a dismissed or merged one is left as it is. resolves to how many pairs are open now
 * among those given; their ids go to `written` when it is given.
 */
export async function upsertSuggestions(
	db: CarnetDatabase,
	pairs: readonly DuplicatePair[],
	now: number = Date.now(),
	written?: Set<string>
): Promise<number> {
	if (pairs.length === 0) return 0;
	return db.transaction('rw', db.suggestions, async () => {
		// one pair found twice (two keys, two batches) counts once: the last finding wins
		const byKey = new Map(pairs.map((pair) => [pairKey(pair.a, pair.b), pair]));
		// one look-up per pair, all asked at once: `anyOf` walks the index with a cursor that waits
		// for each step, which for a scan's thousand pairs a batch took most of the saving
		const pairIndex = db.suggestions.where('pair');
		const stored = await Promise.all([...byKey.keys()].map((key) => pairIndex.equals(key).first()));
		const known = new Map<string, Suggestion>();
		for (const row of stored) if (row) known.set(row.pair, row);
		const rows: Suggestion[] = [];
		for (const [key, pair] of byKey) {
			const row = known.get(key);
			if (row && row.status !== 'open') continue;
			const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
			rows.push({
				id: row?.id ?? newId(),
				pair: key,
				a,
				b,
				score: pair.score,
				reasons: pair.reasons.map((reason) => ({ ...reason })),
				status: 'open',
				createdAt: row?.createdAt ?? now,
				updatedAt: now
			});
		}
		if (rows.length > 0) await db.suggestions.bulkPut(rows);
		if (written) for (const row of rows) written.add(row.id);
		return rows.length;
	});
}

/**
 * after a complete scan: the open suggestions the scan did not find again (the contacts were edited
 * or deleted since) are dropped. `kept` holds the ids of the open suggestions the scan wrote
 * (upsertSuggestions' `written`).
 */
export async function dropOpenSuggestionsExcept(
	db: CarnetDatabase,
	kept: ReadonlySet<string>
): Promise<number> {
	return db.transaction('rw', db.suggestions, async () => {
		// the ids alone, from the index: reading the rows of a scan's hundred thousand pairs took
		// seconds
		const open = await openRange(db).primaryKeys();
		const stale = open.filter((id) => !kept.has(id));
		await db.suggestions.bulkDelete(stale);
		return stale.length;
	});
}

/** the open suggestions, highest score first (the [status+score] index read backwards) */
export async function listOpenSuggestions(
	db: CarnetDatabase,
	opts: { offset?: number; limit?: number } = {}
): Promise<Suggestion[]> {
	let query = openRange(db).reverse();
	if (opts.offset) query = query.offset(opts.offset);
	if (opts.limit !== undefined) query = query.limit(opts.limit);
	return query.toArray();
}

/** how many open suggestions there are: a count of an index range, no rows read */
export async function countOpenSuggestions(db: CarnetDatabase): Promise<number> {
	return openRange(db).count();
}

/**
 * the open exact suggestions (a shared phone, e-mail or unique value), oldest first: "merge all
 * exact duplicates" merges these. an exact pair scores 1, so the [status+score] index gives them
 * without reading the fuzzy ones; the reasons are checked all the same.
 */
export async function listOpenExactSuggestions(db: CarnetDatabase): Promise<Suggestion[]> {
	const rows = await exactRange(db).toArray();
	return rows.filter((row) => row.reasons.some((reason) => EXACT_CODES.has(reason.code)));
}

/** how many open exact suggestions there are: a count of an index range, no rows read */
export async function countOpenExactSuggestions(db: CarnetDatabase): Promise<number> {
	return exactRange(db).count();
}

/** the suggestions that involve the contact, of the given status (open by default), best first */
export async function suggestionsOfContact(
	db: CarnetDatabase,
	contactId: string,
	status: SuggestionStatus = 'open'
): Promise<Suggestion[]> {
	const [asA, asB] = await Promise.all([
		db.suggestions.where('a').equals(contactId).toArray(),
		db.suggestions.where('b').equals(contactId).toArray()
	]);
	return [...asA, ...asB]
		.filter((row) => row.status === status)
		.sort((x, y) => y.score - x.score || (x.pair < y.pair ? -1 : 1));
}

/** "Not a duplicate": the pairs stay stored as dismissed, so that no scan suggests them again */
export async function dismissSuggestions(
	db: CarnetDatabase,
	pairs: readonly string[],
	now: number = Date.now()
): Promise<number> {
	return setStatus(db, pairs, 'dismissed', now);
}

/** the pairs were merged: they leave the open list (and a later merge screen may call this) */
export async function markSuggestionsMerged(
	db: CarnetDatabase,
	pairs: readonly string[],
	now: number = Date.now()
): Promise<number> {
	return setStatus(db, pairs, 'merged', now);
}

async function setStatus(
	db: CarnetDatabase,
	pairs: readonly string[],
	status: SuggestionStatus,
	now: number
): Promise<number> {
	if (pairs.length === 0) return 0;
	return db.transaction('rw', db.suggestions, async () => {
		return db.suggestions
			.where('pair')
			.anyOf([...pairs])
			.modify({ status, updatedAt: now });
	});
}

// core scores an exact pair 1 and keeps every fuzzy pair below it
const EXACT_SCORE = 1;
const EXACT_CODES = new Set<string>(EXACT_REASON_CODES);

function exactRange(db: CarnetDatabase) {
	return db.suggestions.where('[status+score]').equals(['open', EXACT_SCORE]);
}

function openRange(db: CarnetDatabase) {
	return db.suggestions.where('[status+score]').between(['open', -Infinity], ['open', Infinity]);
}
