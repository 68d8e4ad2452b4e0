// the log of writes that moved contacts in the sorts, kept next to the stored anchors of the list
// (db/list-anchors.ts) so that they stay exact across writes instead of going stale.
//
// an anchor is a position marker: "p entries of the index sort before (key, id)". adding the entry
// (k, i) to an index moves every anchor above it by +1, deleting it moves them by -1, and a changed
// sort key is a delete plus an add; an anchor whose own contact was deleted keeps its place, since
// the entries before it did not change. these shifts add up in any order, so a reader gets exact
// positions from the anchors of some version plus every write logged since.
//
// each write (a request on the contacts table, through the counts middleware in
// db/contact-counts.ts) appends one row, keyed by the order version it followed, to the listAnchors
// table in its own transaction: no read of the anchors, which are big (~10,000 per index at a
// million contacts), only of the order row. readers follow the rows from their anchors' version to
// the current one; a version with no row after it (a write without the middleware, an old tab, a
// repair of the counts, a clear, a log over its limit) breaks the chain and the anchors are stale.
// the anchors worker folds the log into the anchors when it grows (db/list-fold.ts).

import { compareKeys, type IndexKey } from '../core/contact-query';
import { ORDER_INDEXES, orderKeyOf } from './list-order';

/** the log's rows are keyed by this prefix and the order version they follow */
export const EDIT_PREFIX = ':edit:';
/** above every key of the log's rows (versions are uuids) */
export const EDIT_END = `${EDIT_PREFIX}\uffff`;

/** one write's moves in the sorts */
export interface OrderEdits {
	index: string;
	/** the order version before the write */
	since: string;
	/** the order version it wrote */
	version: string;
	/** the contacts it added, deleted or gave another sort key, in the order it wrote them */
	ids: string[];
	/**
	 * each contact's key in every sort index (ORDER_INDEXES order) before the write, flat: null where
	 * it was not in that index; empty when every contact was new
	 */
	before: (IndexKey | null)[];
	/** the same after the write; empty when every contact was deleted */
	after: (IndexKey | null)[];
}

/** a contact's records before and after a write (undefined: absent) */
export interface ContactMove {
	id: string;
	before: unknown;
	after: unknown;
}

/** an entry added (+1) to or removed (-1) from an index */
export interface SignedEntry {
	key: IndexKey;
	id: string;
	sign: number;
}

export function editsRow(
	since: string,
	version: string,
	moves: readonly ContactMove[]
): OrderEdits {
	const flat = (record: (move: ContactMove) => unknown): (IndexKey | null)[] => {
		if (moves.every((move) => record(move) === undefined || record(move) === null)) return [];
		return moves.flatMap((move) =>
			ORDER_INDEXES.map((index) => orderKeyOf(record(move), index) ?? null)
		);
	};
	return {
		index: EDIT_PREFIX + since,
		since,
		version,
		ids: moves.map((move) => move.id),
		before: flat((move) => move.before),
		after: flat((move) => move.after)
	};
}

/**
 * the rows that lead from version `from` to version `to`, in order; undefined when some write in
 * between was not logged (or its row is gone)
 */
export function chainOf(
	rows: readonly OrderEdits[],
	from: string,
	to: string
): OrderEdits[] | undefined {
	const bySince = new Map(rows.map((row) => [row.since, row]));
	const chain: OrderEdits[] = [];
	let at = from;
	while (at !== to) {
		const next = bySince.get(at);
		// each version is followed once, so a chain longer than the rows has gone round in a circle
		if (next === undefined || chain.length >= rows.length) return undefined;
		chain.push(next);
		at = next.version;
	}
	return chain;
}

/** how many contact changes the rows hold */
export function changesIn(rows: readonly OrderEdits[]): number {
	return rows.reduce((sum, row) => sum + row.ids.length, 0);
}

/** the entries the rows added to and removed from one index */
export function entriesOf(rows: readonly OrderEdits[], index: string): SignedEntry[] {
	const column = ORDER_INDEXES.indexOf(index);
	if (column < 0) return [];
	const width = ORDER_INDEXES.length;
	const entries: SignedEntry[] = [];
	for (const row of rows) {
		row.ids.forEach((id, i) => {
			const before = row.before[i * width + column] ?? null;
			const after = row.after[i * width + column] ?? null;
			if (before !== null && after !== null && compareKeys(before, after) === 0) return;
			if (before !== null) entries.push({ key: before, id, sign: -1 });
			if (after !== null) entries.push({ key: after, id, sign: 1 });
		});
	}
	return entries;
}

/** IndexedDB's order of index entries: the key, then the primary key */
export function compareEntries(
	a: { key: IndexKey; id: string },
	b: { key: IndexKey; id: string }
): number {
	const x = a.key;
	const y = b.key;
	// plain keys of one type are compared directly: the survey compares millions
	if (typeof x !== 'object' && typeof x === typeof y) {
		if (x < y) return -1;
		if (x > y) return 1;
	} else {
		const order = compareKeys(x, y);
		if (order !== 0) return order;
	}
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** anchors at ascending positions of an index, sorted in its order */
export interface AnchorSet {
	size: number;
	positions: number[];
	keys: IndexKey[];
	ids: string[];
	/**
	 * no entry of the index sorted before the first anchor or after the last one when these were
	 * exact without a log: entries added beyond them then get exact positions of their own
	 */
	ends?: boolean;
	/** about one entry in this many was made an anchor (absent: DEFAULT_EVERY) */
	every?: number;
	/** the widest stretch without an anchor that the survey left (see `tooWide`) */
	widest?: number;
}

/** the survey's spacing, for anchors stored before it was kept with them */
export const DEFAULT_EVERY = 100;

/**
 * the anchors after the entries were added and removed: each one moved by the entries before it,
 * and, when the set has ends, every `every`-th entry added beyond them an anchor too (plus the new
 * first and last), so that an import, whose contacts all come last by creation, still finds anchors
 * among them. the entries must have happened: a removal of an entry the index held, an addition of
 * one it did not.
 */
export function applyEntries<T extends AnchorSet>(set: T, entries: readonly SignedEntry[]): T {
	if (entries.length === 0) return set;
	const every = set.every ?? DEFAULT_EVERY;
	const sorted = [...entries].sort(compareEntries);
	// an entry added and removed again cancels out
	const net: SignedEntry[] = [];
	for (const entry of sorted) {
		const last = net.at(-1);
		if (last && compareEntries(last, entry) === 0) last.sign += entry.sign;
		else net.push({ ...entry });
	}
	const size = set.size + net.reduce((sum, entry) => sum + entry.sign, 0);

	const count = set.positions.length;
	const firstKey = set.keys[0];
	const firstId = set.ids[0];
	const lastKey = set.keys[count - 1];
	const lastId = set.ids[count - 1];
	const first =
		firstKey === undefined || firstId === undefined ? undefined : { key: firstKey, id: firstId };
	const last =
		lastKey === undefined || lastId === undefined ? undefined : { key: lastKey, id: lastId };
	// beyond the ends every entry there is one the log added and did not remove
	const present = (entry: SignedEntry) => entry.sign > 0;
	const head =
		set.ends && first
			? net.filter((entry) => compareEntries(entry, first) < 0 && present(entry))
			: [];
	const tail = set.ends
		? net.filter(
				(entry) => (last === undefined || compareEntries(entry, last) > 0) && present(entry)
			)
		: [];

	const positions: number[] = [];
	const keys: IndexKey[] = [];
	const ids: string[] = [];
	const push = (pos: number, entry: { key: IndexKey; id: string }) => {
		positions.push(pos);
		keys.push(entry.key);
		ids.push(entry.id);
	};
	// the head's entries are the first ones of the index
	head.forEach((entry, i) => {
		if (i % every === 0) push(i, entry);
	});
	let shift = 0;
	let next = 0;
	set.positions.forEach((pos, i) => {
		const key = set.keys[i];
		const id = set.ids[i];
		if (key === undefined || id === undefined) return;
		const anchor = { key, id };
		while (next < net.length && compareEntries(net[next] as SignedEntry, anchor) < 0) {
			shift += (net[next] as SignedEntry).sign;
			next += 1;
		}
		push(pos + shift, anchor);
	});
	// the tail's entries are the last ones
	tail.forEach((entry, i) => {
		// with no anchors before them, the first is the first entry of the index: an anchor too
		const edge = i === tail.length - 1 || (count === 0 && i === 0);
		if ((i + 1) % every === 0 || edge) push(size - tail.length + i, entry);
	});
	return { ...set, size, positions, keys, ids };
}

/** the widest stretch of the index without an anchor (from its start, between two, to its end) */
export function widestGap(set: AnchorSet): number {
	let widest = 0;
	let previous = 0;
	for (const pos of set.positions) {
		widest = Math.max(widest, pos - previous);
		previous = pos;
	}
	return Math.max(widest, set.size - previous);
}

/**
 * whether writes left a stretch of the index without anchors that a jump would walk: wider than ten
 * anchors' worth and than twice the widest the survey left (a survey's sample is random, so some
 * stretches are several times the mean). only a survey fills it.
 */
export function tooWide(set: AnchorSet): boolean {
	const every = set.every ?? DEFAULT_EVERY;
	return widestGap(set) > Math.max(10 * every, 2 * (set.widest ?? 0));
}

/** stored anchors of one index, as list-anchors.ts keeps them */
export interface VersionedAnchors extends AnchorSet {
	index: string;
	version: string;
}

/**
 * the anchors of every index moved by the log rows `chain`, at version `to`; undefined when they are
 * not all at the chain's start (`from`). `legacy`: an older version of the app stored them without
 * their widest stretch (taken from them as they are here) or their ends (which only a survey adds);
 * `wide`: that, or writes left a stretch of some index without anchors (see `tooWide`)
 */
export function foldChain<T extends VersionedAnchors>(
	rows: readonly T[],
	chain: readonly OrderEdits[],
	from: string,
	to: string
): { folded: T[]; legacy: boolean; wide: boolean } | undefined {
	if (rows.length < ORDER_INDEXES.length || rows.some((row) => row.version !== from)) {
		return undefined;
	}
	const legacy = rows.some((row) => row.widest === undefined || row.ends !== true);
	const folded = rows.map((row) =>
		applyEntries(
			{ ...row, version: to, widest: row.widest ?? widestGap(row) },
			entriesOf(chain, row.index)
		)
	);
	return { folded, legacy, wide: legacy || folded.some(tooWide) };
}
