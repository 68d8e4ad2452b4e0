// anchors of the sort indexes, kept across page loads: for every sort index, the key and id of about
// every 100th contact in the index's order and its exact position there. a jump to row p of a list
// sorted by one of them starts from the nearest anchor (the list engine's RangeWalker) instead of
// stepping over p index entries, which chromium checks one by one against their records (~75 µs
// each at a million contacts, so a jump to 40 % took 30–40 s).
//
// why a survey rather than a walk of each index: reading the contacts in primary-key order costs
// ~22 µs each (no such check), and one read serves all five sorts. the survey reads a sample of
// contacts (every 100th id), sorts their keys for each index, then reads every contact once and
// counts how many sort before each sample key (a binary search per contact and index). ~40 s at a
// million contacts here, memory of the sample only. the page runs it in a worker (setSurveyor).
//
// when the anchors hold: every write that adds or deletes a contact or changes one of its sort keys
// bumps the order version in the same transaction (the counts middleware, db/contact-counts.ts), and
// stored anchors count only when they carry the current version and the stored number of contacts.
// a survey that saw the version change on the way stores nothing.

import type { Contact } from '../core/contact';
import { compareKeys, type IndexKey } from '../core/contact-query';
import type { CarnetDatabase } from './database';

export const ANCHORS_TABLE = 'listAnchors';
/** the row of the order version; the others are keyed by their index name */
export const ORDER_VERSION_KEY = ':order';

/** the anchors of one sort index, at ascending positions in the index's own (ascending) order */
export interface StoredAnchors {
	index: string;
	/** the order version they were surveyed at */
	version: string;
	/** how many entries the index held */
	size: number;
	positions: number[];
	keys: IndexKey[];
	ids: string[];
}

/** a new random stamp on every write that changes the order; '' before the first */
export interface OrderVersion {
	index: typeof ORDER_VERSION_KEY;
	version: string;
}

export type AnchorsRow = StoredAnchors | OrderVersion;

/** the five sort indexes and the key each holds for a contact (undefined: not in the index) */
const ORDER_KEYS: Readonly<Record<string, (contact: LooseContact) => unknown>> = {
	'keys.name': (contact) => contact.keys?.name,
	'keys.email': (contact) => contact.keys?.email,
	'keys.phone': (contact) => contact.keys?.phone,
	'[keys.callingCode+keys.name]': (contact) => {
		const { callingCode, name } = contact.keys ?? {};
		return callingCode === undefined || name === undefined ? undefined : [callingCode, name];
	},
	createdAt: (contact) => contact.createdAt
};

export const ORDER_INDEXES: readonly string[] = Object.keys(ORDER_KEYS);

// a stored record, not checked on write
interface LooseContact {
	keys?: { name?: unknown; email?: unknown; phone?: unknown; callingCode?: unknown };
	createdAt?: unknown;
}

function isIndexKey(value: unknown): value is IndexKey {
	if (typeof value === 'string') return true;
	if (typeof value === 'number') return !Number.isNaN(value);
	return Array.isArray(value) && value.every(isIndexKey);
}

/** the key the index holds for the record, or undefined when the record is not in it */
export function orderKeyOf(record: unknown, index: string): IndexKey | undefined {
	if (record === null || typeof record !== 'object') return undefined;
	const key = ORDER_KEYS[index]?.(record as LooseContact);
	return isIndexKey(key) ? key : undefined;
}

/** whether a write from `before` to `after` (undefined: absent) can move a contact in a sort */
export function changesOrder(before: unknown, after: unknown): boolean {
	const present = (record: unknown) => record !== undefined && record !== null;
	if (present(before) !== present(after)) return true;
	if (!present(before)) return false;
	return ORDER_INDEXES.some((index) => {
		const a = orderKeyOf(before, index);
		const b = orderKeyOf(after, index);
		if (a === undefined || b === undefined) return a !== b;
		return compareKeys(a, b) !== 0;
	});
}

/** whether this handle's schema keeps anchors (older versions, in tests and restores, do not) */
export function keepsAnchors(db: CarnetDatabase): boolean {
	return db.tables.some((table) => table.name === ANCHORS_TABLE);
}

function anchorsTable(db: CarnetDatabase) {
	return db.table<AnchorsRow, string>(ANCHORS_TABLE);
}

/**
 * the stored anchors of the index, when they still hold: surveyed at the current order version, over
 * a book of `size` contacts (the stored count; a write that kept no counts shows there first)
 */
export async function readAnchors(
	db: CarnetDatabase,
	index: string,
	size: number
): Promise<StoredAnchors | undefined> {
	if (!keepsAnchors(db)) return undefined;
	const [row, version] = await anchorsTable(db).bulkGet([index, ORDER_VERSION_KEY]);
	if (row === undefined || !('positions' in row)) return undefined;
	if (row.version !== orderStamp(version) || row.size !== size) {
		return undefined;
	}
	return row;
}

export interface SurveyOptions {
	/** about one contact in this many becomes an anchor */
	every: number;
	/** contacts read per transaction */
	chunk: number;
	/** asked between chunks; true ends the survey without storing anything */
	stopped?: () => boolean;
}

// a chunk's records are read and searched on the page's thread: 1,000 keep each step short
export const DEFAULT_SURVEY: Readonly<SurveyOptions> = { every: 100, chunk: 1_000 };

// every id is read in chunks this big when picking the sample
const ID_CHUNK = 50_000;

interface Entry {
	key: IndexKey;
	id: string;
}

// a million contacts take five binary searches each: plain keys are compared directly
function compareEntries(a: Entry, b: Entry): number {
	const x = a.key;
	const y = b.key;
	if (typeof x !== 'object' && typeof x === typeof y) {
		if (x < y) return -1;
		if (x > y) return 1;
	} else {
		const order = compareKeys(x, y);
		if (order !== 0) return order;
	}
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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

const orderStamp = (row: AnchorsRow | undefined): string =>
	row !== undefined && !('positions' in row) ? row.version : '';

async function orderVersion(db: CarnetDatabase): Promise<string> {
	return orderStamp(await anchorsTable(db).get(ORDER_VERSION_KEY));
}

/** runs a survey of the database and resolves to whether it stored anchors */
export type Surveyor = (db: CarnetDatabase) => Promise<boolean>;

const here: Surveyor = (db) => survey(db, DEFAULT_SURVEY);
let surveyor: Surveyor = here;

/**
 * where the list's surveys run: the page hands them to a worker (jobs/anchors-job.ts), since a
 * survey reads every contact; undefined runs them in this context (tests, workers)
 */
export function setSurveyor(next: Surveyor | undefined): void {
	surveyor = next ?? here;
}

/**
 * surveys every sort index and stores its anchors; resolves to whether it stored them (false when
 * stopped, or when a write changed the order meanwhile). without options it runs where
 * `setSurveyor` said; one survey per handle at a time either way.
 */
export function surveyAnchors(
	db: CarnetDatabase,
	options?: Readonly<SurveyOptions>
): Promise<boolean> {
	let running = surveys.get(db);
	if (!running) {
		running = (options ? survey(db, options) : surveyor(db)).finally(() => surveys.delete(db));
		surveys.set(db, running);
	}
	return running;
}

const surveys = new WeakMap<CarnetDatabase, Promise<boolean>>();

async function survey(db: CarnetDatabase, options: Readonly<SurveyOptions>): Promise<boolean> {
	if (!keepsAnchors(db)) return false;
	const stopped = () => options.stopped?.() ?? false;
	const version = await orderVersion(db);

	// the sample: every `every`-th id in primary-key order (ids are time-ordered, the sort keys are
	// not, so the sample spreads over each index), then those contacts' keys
	const sampleIds: string[] = [];
	let seen = 0;
	let last: string | undefined;
	for (;;) {
		if (stopped()) return false;
		const ids = await idsAfter(db, last, ID_CHUNK);
		for (const id of ids) {
			if (seen % options.every === 0) sampleIds.push(id);
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
				const at = upperBound(entries, { key, id: contact.id });
				if (counts) counts[at] = (counts[at] ?? 0) + 1;
				sizes.set(index, (sizes.get(index) ?? 0) + 1);
			}
		}
		last = chunk.at(-1)?.id;
		if (chunk.length < options.chunk) break;
	}

	// a sample entry's position is the number of entries before it: those below it or below an
	// earlier one
	const rows: StoredAnchors[] = [...candidates].map(([index, entries]) => {
		const counts = below.get(index) ?? new Uint32Array(1);
		const positions: number[] = [];
		let before = 0;
		entries.forEach((_, i) => {
			before += counts[i] ?? 0;
			positions.push(before);
		});
		return {
			index,
			version,
			size: sizes.get(index) ?? 0,
			positions,
			keys: entries.map((entry) => entry.key),
			ids: entries.map((entry) => entry.id)
		};
	});
	if (stopped()) return false;
	return db.transaction('rw', anchorsTable(db), async () => {
		if ((await orderVersion(db)) !== version) return false;
		await anchorsTable(db).bulkPut(rows);
		return true;
	});
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
