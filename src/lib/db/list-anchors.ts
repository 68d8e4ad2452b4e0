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

export function anchorsTable(db: CarnetDatabase) {
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

const orderStamp = (row: AnchorsRow | undefined): string =>
	row !== undefined && !('positions' in row) ? row.version : '';

export async function orderVersion(db: CarnetDatabase): Promise<string> {
	return orderStamp(await anchorsTable(db).get(ORDER_VERSION_KEY));
}

/** runs a survey of the database and resolves to whether it stored anchors */
export type Surveyor = (db: CarnetDatabase) => Promise<boolean>;

// the survey's code is loaded when a survey starts: the page hands its surveys to a worker, and its
// first screen stays lighter without it
async function survey(db: CarnetDatabase, options: Readonly<SurveyOptions>): Promise<boolean> {
	const { surveyBook } = await import('./list-survey');
	return surveyBook(db, options);
}

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
