// the survey of list-anchors.ts: reads every contact once and stores the exact positions of a
// sample of them in each sort index. loaded only when a survey starts (in the anchors worker).

import type { Contact } from '../core/contact';
import type { IndexKey } from '../core/contact-query';
import type { CarnetDatabase } from './database';
import {
	ORDER_INDEXES,
	ORDER_VERSION_KEY,
	anchorsTable,
	keepsAnchors,
	orderKeyOf,
	orderVersion,
	type OrderVersion,
	type StoredAnchors,
	type SurveyOptions
} from './list-anchors';
import { EDIT_END, EDIT_PREFIX, compareEntries, widestGap } from './list-edits';
import { foldLog } from './list-fold';

// every id is read in chunks this big when picking the sample
const ID_CHUNK = 50_000;

/**
 * the sample holds this many times more contacts than anchors are kept; each index's anchors are
 * then thinned out of it to about one every `every` entries (see `thin`). why: a sample of every
 * `every`-th id is random in each sort, so the stretches between its entries vary, and a jump lands
 * in a long one more often than not. at a million contacts one of them was ~300 entries wide at 99 %
 * by name, and a jump there walked them at 0.15–0.25 ms each right after writes. from a sample four
 * times as dense the widest stretch left is a quarter as wide, and the rows stay as large
 */
const SAMPLE_DENSITY = 4;

interface Entry {
	key: IndexKey;
	id: string;
}

// how many of the sorted entries are <= the given one
function upperBound(sorted: readonly Entry[], entry: Entry): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const probe = sorted[middle];
		if (probe !== undefined && compareEntries(probe, entry) <= 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * brings the stored anchors up to date (list-anchors.ts, surveyAnchors): the log folded into them
 * when they hold and writes left no stretch of an index without anchors, else a survey
 */
export async function refreshBook(
	db: CarnetDatabase,
	options: Readonly<SurveyOptions>
): Promise<boolean> {
	if (!keepsAnchors(db)) return false;
	const folded = await foldLog(db);
	if (folded === 'current') return true;
	return surveyBook(db, options);
}

/** reads the book and stores the anchors of every sort index (see list-anchors.ts) */
export async function surveyBook(
	db: CarnetDatabase,
	options: Readonly<SurveyOptions>
): Promise<boolean> {
	if (!keepsAnchors(db)) return false;
	const stopped = () => options.stopped?.() ?? false;
	const version = await orderVersion(db);

	// the sample: every `step`-th id in primary-key order (ids are time-ordered, the sort keys are
	// not, so the sample spreads over each index), then those contacts' keys
	const step = Math.max(1, Math.floor(options.every / SAMPLE_DENSITY));
	const sampleIds: string[] = [];
	let seen = 0;
	let last: string | undefined;
	for (;;) {
		if (stopped()) return false;
		const ids = await idsAfter(db, last, ID_CHUNK);
		for (const id of ids) {
			if (seen % step === 0) sampleIds.push(id);
			seen += 1;
		}
		last = ids.at(-1);
		if (ids.length < ID_CHUNK) break;
	}
	const candidates = new Map<string, Entry[]>(ORDER_INDEXES.map((index) => [index, []]));
	for (let start = 0; start < sampleIds.length; start += options.chunk) {
		if (stopped()) return false;
		const contacts = await db.contacts.bulkGet(sampleIds.slice(start, start + options.chunk));
		for (const contact of contacts) if (contact) addEntries(candidates, contact);
	}
	for (const entries of candidates.values()) entries.sort(compareEntries);

	// every contact once: below how many sample entries of each index it sorts
	const below = new Map<string, Uint32Array>(
		[...candidates].map(([index, entries]) => [index, new Uint32Array(entries.length + 1)])
	);
	const sizes = new Map<string, number>(ORDER_INDEXES.map((index) => [index, 0]));
	// each index's first and last entries become anchors too: whatever a later write adds beyond
	// them then gets an exact position from the log alone (list-edits.ts, applyEntries)
	const ends = new Map<string, { first: Entry; last: Entry }>();
	last = undefined;
	for (;;) {
		if (stopped()) return false;
		const [chunk, now] = await db.transaction('r', db.contacts, anchorsTable(db), () =>
			Promise.all([contactsAfter(db, last, options.chunk), orderVersion(db)])
		);
		if (now !== version) return false;
		for (const contact of chunk) {
			for (const index of ORDER_INDEXES) {
				const key = orderKeyOf(contact, index);
				if (key === undefined) continue;
				const entries = candidates.get(index) ?? [];
				const counts = below.get(index);
				const entry = { key, id: contact.id };
				const at = upperBound(entries, entry);
				if (counts) counts[at] = (counts[at] ?? 0) + 1;
				sizes.set(index, (sizes.get(index) ?? 0) + 1);
				const seen = ends.get(index);
				if (!seen) ends.set(index, { first: entry, last: entry });
				else if (compareEntries(entry, seen.first) < 0) seen.first = entry;
				else if (compareEntries(entry, seen.last) > 0) seen.last = entry;
			}
		}
		last = chunk.at(-1)?.id;
		if (chunk.length < options.chunk) break;
	}

	// a sample entry's position is the number of entries before it: those below it or below an
	// earlier one
	const rows: StoredAnchors[] = [...candidates].map(([index, entries]) => {
		const counts = below.get(index) ?? new Uint32Array(1);
		const size = sizes.get(index) ?? 0;
		const positions: number[] = [];
		const anchored: Entry[] = [];
		const { first, last: final } = ends.get(index) ?? {};
		if (first && (entries[0] === undefined || compareEntries(first, entries[0]) < 0)) {
			positions.push(0);
			anchored.push(first);
		}
		let before = 0;
		entries.forEach((entry, i) => {
			before += counts[i] ?? 0;
			positions.push(before);
			anchored.push(entry);
		});
		const top = anchored.at(-1);
		if (final && (top === undefined || compareEntries(final, top) > 0)) {
			positions.push(size - 1);
			anchored.push(final);
		}
		const kept = thin(positions, options.every);
		const set = {
			size,
			positions: kept.map((i) => positions[i] ?? 0),
			keys: kept.map((i) => anchored[i]?.key ?? ''),
			ids: kept.map((i) => anchored[i]?.id ?? '')
		};
		return { index, version, ...set, ends: true, every: options.every, widest: widestGap(set) };
	});
	if (stopped()) return false;
	return db.transaction('rw', anchorsTable(db), async () => {
		if ((await orderVersion(db)) !== version) return false;
		await anchorsTable(db).bulkPut(rows);
		// writes log against these from now on; the log so far is in what the survey read
		const order: OrderVersion = { index: ORDER_VERSION_KEY, version, base: version, logged: 0 };
		await anchorsTable(db).put(order);
		await anchorsTable(db).where(':id').between(EDIT_PREFIX, EDIT_END).delete();
		return true;
	});
}

/**
 * which of the sample's ascending positions stay anchors: the first and the last, and in between
 * the last one before the stretch from the previous anchor would grow wider than `every` (wider
 * only where the sample itself left a wider gap)
 */
export function thin(positions: readonly number[], every: number): number[] {
	const kept: number[] = [];
	// below every position: the first is always kept
	let previous = Number.NEGATIVE_INFINITY;
	positions.forEach((pos, i) => {
		const next = positions[i + 1];
		if (next === undefined || next - previous > every) {
			kept.push(i);
			previous = pos;
		}
	});
	return kept;
}

function addEntries(candidates: Map<string, Entry[]>, contact: Contact): void {
	for (const [index, entries] of candidates) {
		const key = orderKeyOf(contact, index);
		if (key !== undefined) entries.push({ key, id: contact.id });
	}
}

function idsAfter(db: CarnetDatabase, last: string | undefined, limit: number): Promise<string[]> {
	const from =
		last === undefined ? db.contacts.toCollection() : db.contacts.where(':id').above(last);
	return from.limit(limit).primaryKeys();
}

function contactsAfter(
	db: CarnetDatabase,
	last: string | undefined,
	limit: number
): Promise<Contact[]> {
	const from =
		last === undefined ? db.contacts.toCollection() : db.contacts.where(':id').above(last);
	return from.limit(limit).toArray();
}
