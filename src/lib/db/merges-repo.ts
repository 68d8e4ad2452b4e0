// merging and unmerging contacts (issue 7). core plans each merge and unmerge; this applies a plan
// in one transaction across contacts, suggestions, events, merges and suppressions, so a merge is
// all or nothing and an unmerge finds everything it needs in the merge's row.

import type { Contact } from '../core/contact';
import { displayName } from '../core/display-name';
import {
	defaultGroupChoices,
	pickSurvivor,
	planMerge,
	planUnmerge,
	splitTimeline,
	unmergeScope,
	unmergeSuppressions,
	type GroupChoices,
	type MergeChoices,
	type MergeSide
} from '../core/merge/index';
import { applySuppressions, suppressionKeysOf } from '../core/suppression';
import type { CarnetDatabase } from './database';
import { listEvents, makeEvent } from './events-repo';
import { newId } from './ids';
import { pairKey, type MergeRecordRow, type Suggestion, type Suppression } from './schema';

export const MERGE_ERRORS = [
	'merge.not_found',
	'merge.same_contact',
	'merge.already_undone',
	'merge.holder_missing',
	'merge.absorbed_exists'
] as const;
export type MergeError = (typeof MERGE_ERRORS)[number];

export type MergeResult =
	{ ok: true; contact: Contact; merges: MergeRecordRow[] } | { ok: false; error: MergeError };

export type UnmergeResult =
	{ ok: true; survivor: Contact; restored: Contact } | { ok: false; error: MergeError };

// every table a merge or an unmerge writes
function tables(db: CarnetDatabase) {
	return [db.contacts, db.suggestions, db.events, db.merges, db.suppressions];
}

/**
 * merges `absorbedId` into `survivorId` with the user's choices (a missing choice takes core's
 * default), in one transaction. resolves to the merged contact as stored and the merge's row.
 */
export async function mergeContacts(
	db: CarnetDatabase,
	survivorId: string,
	absorbedId: string,
	choices: MergeChoices = {},
	now: number = Date.now()
): Promise<MergeResult> {
	if (survivorId === absorbedId) return { ok: false, error: 'merge.same_contact' };
	return db.transaction('rw', tables(db), async () => {
		const [survivor, absorbed] = await db.contacts.bulkGet([survivorId, absorbedId]);
		if (!survivor || !absorbed) return { ok: false, error: 'merge.not_found' } as const;
		const row = await applyMerge(db, survivor, absorbed, choices, now);
		return { ok: true, contact: row.contact, merges: [row.row] } as const;
	});
}

/**
 * merges three or more contacts in one go, recorded as successive pairwise merges into the survivor
 * so that each absorbed contact can be unmerged on its own. `choices` names, per differing field,
 * the contact whose value wins (defaults: core's defaultGroupChoices).
 */
export async function mergeGroup(
	db: CarnetDatabase,
	survivorId: string,
	absorbedIds: readonly string[],
	choices: GroupChoices = {},
	now: number = Date.now()
): Promise<MergeResult> {
	const ids = [survivorId, ...absorbedIds];
	if (new Set(ids).size !== ids.length) return { ok: false, error: 'merge.same_contact' };
	return db.transaction('rw', tables(db), async () => {
		const found = await db.contacts.bulkGet(ids);
		const group = found.filter((contact): contact is Contact => contact !== undefined);
		const [first, ...rest] = group;
		if (!first || group.length !== ids.length || rest.length === 0) {
			return { ok: false, error: 'merge.not_found' } as const;
		}
		// the same rule as core's planMergeGroup: the winner's value comes in at its own step, and
		// every later step keeps the survivor's
		const resolved = defaultGroupChoices(group);
		for (const [field, id] of Object.entries(choices)) {
			if (Object.hasOwn(resolved, field) && ids.includes(id)) resolved[field] = id;
		}
		let survivor = first;
		const rows: MergeRecordRow[] = [];
		for (const [index, absorbed] of rest.entries()) {
			const pair: Record<string, MergeSide> = {};
			for (const [field, id] of Object.entries(resolved)) {
				pair[field] = id === absorbed.id ? 'absorbed' : 'survivor';
			}
			const step = await applyMerge(db, survivor, absorbed, pair, now + index);
			survivor = step.contact;
			rows.push(step.row);
		}
		return { ok: true, contact: survivor, merges: rows } as const;
	});
}

async function applyMerge(
	db: CarnetDatabase,
	survivor: Contact,
	absorbed: Contact,
	choices: MergeChoices,
	requested: number,
	batchId?: string
): Promise<{ contact: Contact; row: MergeRecordRow }> {
	// strictly later than both, so an editor open on either notices the change
	const now = Math.max(requested, survivor.updatedAt + 1, absorbed.updatedAt + 1);
	const absorbedEvents = await listEvents(db, absorbed.id);
	const plan = planMerge(survivor, absorbed, choices, {
		now,
		absorbedEventIds: absorbedEvents.map((event) => event.id)
	});
	const { contact, added } = await enforceSubscription(db, plan.merged, now, 'merge');
	const row: MergeRecordRow = {
		...plan.record,
		// the stored result, so that an unmerge tells later edits from what the merge wrote
		merged: contact,
		id: newId(),
		undoneAt: null,
		createdAt: now,
		updatedAt: now,
		...(batchId === undefined ? {} : { batchId }),
		...(added.length === 0 ? {} : { suppressedKeys: added })
	};
	await db.contacts.delete(absorbed.id);
	await db.contacts.put(contact);
	await db.events.bulkPut(absorbedEvents.map((event) => ({ ...event, contactId: survivor.id })));
	await db.events.add(
		makeEvent(survivor.id, 'merged', now, {
			mergeId: row.id,
			absorbedId: absorbed.id,
			name: displayName(absorbed)
		})
	);
	await db.merges.add(row);
	await repointSuggestions(db, survivor.id, absorbed.id, now);
	return { contact, row };
}

/**
 * subscription memory on a merge or unmerge result: a suppressed identifier makes it unsubscribed,
 * and an unsubscribed result has every identifier suppressed. resolves to the contact to store and
 * the keys newly suppressed.
 */
async function enforceSubscription(
	db: CarnetDatabase,
	contact: Contact,
	now: number,
	reason: string
): Promise<{ contact: Contact; added: string[] }> {
	const identifiers = suppressionKeysOf(contact);
	const rows = await db.suppressions.bulkGet(identifiers.map((identifier) => identifier.key));
	const found = rows.filter((row): row is Suppression => row !== undefined);
	const applied = applySuppressions(contact, found).contact;
	if (applied.subscription !== 'unsubscribed') return { contact: applied, added: [] };
	const known = new Set(found.map((row) => row.key));
	const missing = identifiers.filter((identifier) => !known.has(identifier.key));
	await db.suppressions.bulkAdd(
		missing.map((identifier) => ({
			key: identifier.key,
			kind: identifier.kind,
			at: now,
			reason,
			contactId: contact.id,
			createdAt: now,
			updatedAt: now
		}))
	);
	return { contact: applied, added: missing.map((identifier) => identifier.key) };
}

// the pair itself is done ('merged'); the absorbed contact's other suggestions now concern the
// survivor, unless the survivor already has a suggestion with that contact
async function repointSuggestions(
	db: CarnetDatabase,
	survivorId: string,
	absorbedId: string,
	now: number
): Promise<void> {
	const own = await suggestionsOf(db, absorbedId);
	const drop: string[] = [];
	const put: Suggestion[] = [];
	for (const suggestion of own) {
		const other = suggestion.a === absorbedId ? suggestion.b : suggestion.a;
		if (other === survivorId) {
			put.push({ ...suggestion, status: 'merged', updatedAt: now });
			continue;
		}
		const pair = pairKey(survivorId, other);
		const taken = await db.suggestions.where('pair').equals(pair).count();
		if (taken > 0) {
			drop.push(suggestion.id);
			continue;
		}
		const [a, b] = survivorId < other ? [survivorId, other] : [other, survivorId];
		put.push({ ...suggestion, pair, a, b, updatedAt: now });
	}
	await db.suggestions.bulkDelete(drop);
	await db.suggestions.bulkPut(put);
}

async function suggestionsOf(db: CarnetDatabase, contactId: string): Promise<Suggestion[]> {
	const [asA, asB] = await Promise.all([
		db.suggestions.where('a').equals(contactId).toArray(),
		db.suggestions.where('b').equals(contactId).toArray()
	]);
	return [...asA, ...asB];
}

/**
 * undoes a merge, in one transaction: the absorbed contact comes back with its id, its values as
 * they were and its own timeline; the contact that holds the merge now (its survivor, or whoever
 * absorbed that later) keeps every later edit and every event written since. later merges of the
 * chain are rewritten as if this one had never happened, so they can be undone in any order.
 */
export async function unmergeContact(
	db: CarnetDatabase,
	mergeId: string,
	now: number = Date.now()
): Promise<UnmergeResult> {
	return db.transaction('rw', tables(db), () => applyUnmerge(db, mergeId, now));
}

async function applyUnmerge(
	db: CarnetDatabase,
	mergeId: string,
	requested: number,
	pairAfter: 'dismissed' | 'open' = 'dismissed'
): Promise<UnmergeResult> {
	const row = await db.merges.get(mergeId);
	if (!row) return { ok: false, error: 'merge.not_found' };
	if (row.undoneAt !== null) return { ok: false, error: 'merge.already_undone' };
	const scope = unmergeScope(row, await laterOnPath(db, row));
	const current = await db.contacts.get(scope.holderId);
	if (!current) return { ok: false, error: 'merge.holder_missing' };
	if ((await db.contacts.get(row.absorbedId)) !== undefined) {
		return { ok: false, error: 'merge.absorbed_exists' };
	}
	const now = Math.max(requested, current.updatedAt + 1);
	const plan = planUnmerge(current, row, { now, later: scope.later });

	// subscription memory: the rule (which suppressions the merges added stop being needed) is
	// core's unmergeSuppressions; a suppression is lifted only while it is still the one the merge
	// wrote: reason 'merge' and not newer than that merge
	const later = plan.rebased;
	const { lift, handOver } = unmergeSuppressions({
		added: row.suppressedKeys ?? [],
		later: later.map((entry) => entry.suppressedKeys ?? []),
		survivor: plan.survivor,
		restored: plan.restored
	});
	const addedAt = new Map<string, number>();
	for (const entry of [row, ...later]) {
		for (const key of entry.suppressedKeys ?? []) {
			addedAt.set(key, Math.max(addedAt.get(key) ?? -Infinity, entry.at));
		}
	}
	const liftable = (await db.suppressions.bulkGet(lift)).filter(
		(entry): entry is Suppression =>
			entry !== undefined &&
			entry.reason === 'merge' &&
			entry.at <= (addedAt.get(entry.key) ?? -Infinity)
	);
	await db.suppressions.bulkDelete(liftable.map((entry) => entry.key));
	const lifted = new Set(liftable.map((entry) => entry.key));
	const rebased = later.map((entry, index) =>
		withSuppressedKeys(entry, [
			...(entry.suppressedKeys ?? []).filter((key) => !lifted.has(key)),
			...(index === later.length - 1 ? handOver : [])
		])
	);

	const survivor = (await enforceSubscription(db, plan.survivor, now, 'merge')).contact;
	const restored = (await enforceSubscription(db, plan.restored, now, 'merge')).contact;
	await db.contacts.put(survivor);
	await db.contacts.add(restored);

	const { restored: events } = splitTimeline(await listEvents(db, current.id), row);
	await db.events.bulkPut(events);
	await db.events.add(
		makeEvent(current.id, 'unmerged', now, {
			mergeId: row.id,
			restoredId: restored.id,
			name: displayName(restored)
		})
	);
	await db.merges.bulkPut(rebased.map((entry) => ({ ...entry, updatedAt: now })));
	await db.merges.put({ ...row, undoneAt: now, updatedAt: now });

	// the person said these two are not the same: remember it as "not a duplicate". undoing a
	// whole "merge all" run only takes the run back: its pairs are open for review again
	const pair = await db.suggestions
		.where('pair')
		.equals(pairKey(row.survivorId, row.absorbedId))
		.first();
	if (pair?.status === 'merged') {
		await db.suggestions.put({ ...pair, status: pairAfter, updatedAt: now });
	}
	return { ok: true, survivor, restored };
}

// the row with these suppression keys; without any, the field is left out as on a new merge
function withSuppressedKeys(row: MergeRecordRow, keys: readonly string[]): MergeRecordRow {
	const copy: MergeRecordRow = { ...row };
	delete copy.suppressedKeys;
	const unique = [...new Set(keys)];
	return unique.length === 0 ? copy : { ...copy, suppressedKeys: unique };
}

// the active merges that may come after `row` on its path: later merges into its survivor, the
// merge that absorbed that survivor, and so on. found with the survivorId and absorbedId indexes,
// one hop at a time, rather than by reading every merge; core's unmergeScope picks the path.
async function laterOnPath(db: CarnetDatabase, row: MergeRecordRow): Promise<MergeRecordRow[]> {
	const found = new Map<string, MergeRecordRow>();
	let frontier = [row.survivorId];
	const seen = new Set(frontier);
	while (frontier.length > 0) {
		const [into, away] = await Promise.all([
			db.merges.where('survivorId').anyOf(frontier).toArray(),
			db.merges.where('absorbedId').anyOf(frontier).toArray()
		]);
		const next: string[] = [];
		for (const other of [...into, ...away]) {
			if (other.undoneAt !== null || other.id === row.id || other.at < row.at) continue;
			found.set(other.id, other);
			if (!seen.has(other.survivorId)) {
				seen.add(other.survivorId);
				next.push(other.survivorId);
			}
		}
		frontier = next;
	}
	// creation order: by time, and by v7 id within a millisecond
	return [row, ...found.values()].sort(
		(a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * the merges the contact holds now, newest first: those into it and, through them, those into the
 * contacts it absorbed. each can be unmerged. undone merges are left out.
 */
export async function mergeHistory(
	db: CarnetDatabase,
	contactId: string
): Promise<MergeRecordRow[]> {
	return db.transaction('r', db.merges, async () => {
		const held: MergeRecordRow[] = [];
		// a contact absorbed at `until` holds only the merges made into it before that
		let frontier: { id: string; until: number }[] = [{ id: contactId, until: Infinity }];
		while (frontier.length > 0) {
			const rows = await db.merges
				.where('survivorId')
				.anyOf(frontier.map((entry) => entry.id))
				.toArray();
			const until = new Map(frontier.map((entry) => [entry.id, entry.until]));
			const active = rows.filter(
				(row) => row.undoneAt === null && row.at < (until.get(row.survivorId) ?? -Infinity)
			);
			held.push(...active);
			frontier = active.map((row) => ({ id: row.absorbedId, until: row.at }));
		}
		return held.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
	});
}

export interface MergeAllProgress {
	done: number;
	total: number;
}

export interface MergeAllResult {
	/** undoes the whole run with undoMergeBatch */
	batchId: string;
	merged: number;
	/** pairs left alone: a contact was gone, or both were already one */
	skipped: number;
	/** true when shouldStop ended the run early; the merges made until then stay, and undo together */
	stopped: boolean;
}

// pairs per transaction: small enough to report progress and to stop soon, big enough to be quick
const MERGE_ALL_CHUNK = 100;

/**
 * "merge all exact duplicates": merges every pair with one rule for the survivor (the older or the
 * newer by creation) and the default choices, in transactions of a few pairs so that progress
 * shows. Cancel (shouldStop) stops after the merge being written; what was merged stays. a contact
 * already absorbed in this run stands for its survivor, so A–B and B–C end as one contact. every
 * merge carries the run's batch id: undoMergeBatch undoes all.
 */
export async function mergeAllExact(
	db: CarnetDatabase,
	pairs: readonly { a: string; b: string }[],
	rule: 'older' | 'newer',
	onProgress: (progress: MergeAllProgress) => void = () => {},
	shouldStop: () => boolean = () => false
): Promise<MergeAllResult> {
	const result: MergeAllResult = { batchId: newId(), merged: 0, skipped: 0, stopped: false };
	const into = new Map<string, string>();
	const holder = (id: string): string => {
		let current = id;
		for (let next = into.get(current); next !== undefined; next = into.get(current)) {
			current = next;
		}
		return current;
	};
	for (let start = 0; start < pairs.length && !result.stopped; start += MERGE_ALL_CHUNK) {
		const chunk = pairs.slice(start, start + MERGE_ALL_CHUNK);
		let done = start;
		await db.transaction('rw', tables(db), async () => {
			for (const pair of chunk) {
				// asked between two merges: the transaction keeps the merges made so far
				if (shouldStop()) {
					result.stopped = true;
					return;
				}
				done += 1;
				const a = holder(pair.a);
				const b = holder(pair.b);
				const [first, second] = a === b ? [] : await db.contacts.bulkGet([a, b]);
				if (!first || !second) {
					result.skipped += 1;
					continue;
				}
				const { survivor, absorbed } = pickSurvivor(first, second, rule);
				await applyMerge(db, survivor, absorbed, {}, Date.now(), result.batchId);
				into.set(absorbed.id, survivor.id);
				result.merged += 1;
			}
		});
		onProgress({ done, total: pairs.length });
	}
	return result;
}

/**
 * undoes every merge of a "merge all" run that is still active, newest first, in transactions of a
 * few merges. its pairs become open suggestions again (a single unmerge dismisses its pair). resolves to how many were undone; a merge that cannot be undone any more (its holder
 * was deleted) is left as it is.
 */
export async function undoMergeBatch(
	db: CarnetDatabase,
	batchId: string,
	now: number = Date.now(),
	onProgress: (progress: MergeAllProgress) => void = () => {}
): Promise<number> {
	// no index on batchId: a run is undone rarely, and the merges table is small next to contacts
	const rows = await db.merges
		.filter((row) => row.batchId === batchId && row.undoneAt === null)
		.toArray();
	rows.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
	let undone = 0;
	for (let start = 0; start < rows.length; start += MERGE_ALL_CHUNK) {
		const chunk = rows.slice(start, start + MERGE_ALL_CHUNK);
		await db.transaction('rw', tables(db), async () => {
			for (const row of chunk) {
				if ((await applyUnmerge(db, row.id, now, 'open')).ok) undone += 1;
			}
		});
		onProgress({ done: start + chunk.length, total: rows.length });
	}
	return undone;
}

/** the merge's row, or undefined */
export async function getMerge(
	db: CarnetDatabase,
	mergeId: string
): Promise<MergeRecordRow | undefined> {
	return db.merges.get(mergeId);
}
