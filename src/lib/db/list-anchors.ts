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
// writes a new order version in the same transaction (the counts middleware, db/contact-counts.ts)
// and, while the stored anchors are kept current, logs how it moved contacts (db/list-edits.ts).
// stored anchors count when the log leads from their version to the current one and they add up to
// the stored number of contacts; a reader applies the log to them. the anchors worker folds a long
// log into them (db/list-fold.ts). a write the log does not hold breaks the chain and the anchors go
// stale until the next survey; a survey that saw the version change on the way stores nothing.

import type { CarnetDatabase } from './database';
import {
	EDIT_END,
	EDIT_PREFIX,
	applyEntries,
	chainOf,
	entriesOf,
	tooWide,
	type AnchorSet,
	type OrderEdits
} from './list-edits';

export { ORDER_INDEXES, changesOrder, orderKeyOf } from './list-order';

export const ANCHORS_TABLE = 'listAnchors';
/** the row of the order version; the anchors are keyed by their index name, the log by EDIT_PREFIX */
export const ORDER_VERSION_KEY = ':order';

/** the anchors of one sort index, at ascending positions in the index's own (ascending) order */
export interface StoredAnchors extends AnchorSet {
	index: string;
	/** the order version they are exact at */
	version: string;
}

/** a new random stamp on every write that changes the order; '' before the first */
export interface OrderVersion {
	index: typeof ORDER_VERSION_KEY;
	version: string;
	/**
	 * the version the stored anchors were made exact at (by a survey or a fold): while it is set,
	 * every write that moves contacts logs how, from there on. absent (a repair, a clear, a log over
	 * its limit, a write by an older version of the app): writes log nothing
	 */
	base?: string;
	/** how many contact changes were logged since `base` */
	logged?: number;
	/** the fold at `base` found that only a survey would do (list-fold.ts, 'wide') */
	wide?: boolean;
}

export type AnchorsRow = StoredAnchors | OrderVersion | OrderEdits;

/**
 * the most contact changes logged before writes stop logging and the anchors go stale, so that the
 * next far jump surveys the book again. the fold (in the anchors worker) holds the whole log in
 * memory, ~300 bytes per change with its keys, and reads it in a few seconds: 150,000 changes (an
 * import of 100 k contacts into any book, with room for the edits around it) stay well within a
 * phone's memory and cost far less than a survey (~45–60 s at a million contacts).
 */
export const LOG_MAX = 150_000;

/**
 * readers apply a log of up to this many changes themselves (a few rows of 2,000, read in tens of
 * ms); a longer one waits for the fold
 */
export const READ_MAX = 20_000;

/** a reader that meets a log longer than this asks the anchors worker to fold it */
export const FOLD_FROM = 5_000;

/**
 * a write that moves at least this many contacts (an import's batch, a bulk delete) folds the log
 * into the stored anchors itself, in its own transaction (db/contact-counts.ts), instead of adding
 * to the log: the fold costs it ~0.1–0.3 s at a million contacts, against seconds for the write,
 * and a jump right after it then applies nothing. measured at a million contacts: a jump right after
 * five batches of 2,000 took 97–139 ms with their 10,000 moves still in the log (~50–80 ms of it
 * reading and applying them), 32–60 ms with the log folded
 */
export const FOLD_WITH_WRITE = 1_000;

export function isAnchors(row: AnchorsRow | undefined): row is StoredAnchors {
	return row !== undefined && 'positions' in row;
}

export function isEdits(row: AnchorsRow | undefined): row is OrderEdits {
	return row !== undefined && 'since' in row;
}

function isOrder(row: AnchorsRow | undefined): row is OrderVersion {
	return row !== undefined && row.index === ORDER_VERSION_KEY;
}

/** whether this handle's schema keeps anchors (older versions, in tests and restores, do not) */
export function keepsAnchors(db: CarnetDatabase): boolean {
	return db.tables.some((table) => table.name === ANCHORS_TABLE);
}

export function anchorsTable(db: CarnetDatabase) {
	return db.table<AnchorsRow, string>(ANCHORS_TABLE);
}

/** the order row, or the version before any write */
export async function orderRow(db: CarnetDatabase): Promise<OrderVersion> {
	const row = await anchorsTable(db).get(ORDER_VERSION_KEY);
	return isOrder(row) ? row : { index: ORDER_VERSION_KEY, version: '' };
}

export async function orderVersion(db: CarnetDatabase): Promise<string> {
	return (await orderRow(db)).version;
}

/** every row of the log, in no particular order */
export async function logRows(db: CarnetDatabase): Promise<OrderEdits[]> {
	const rows = await anchorsTable(db).where(':id').between(EDIT_PREFIX, EDIT_END).toArray();
	return rows.filter(isEdits);
}

/**
 * the stored anchors of the index, when they still hold: the log leads from their version to the
 * current one, and with it applied they count `size` entries (the stored number of contacts; a
 * write that kept no counts shows there first)
 */
export async function readAnchors(
	db: CarnetDatabase,
	index: string,
	size: number
): Promise<StoredAnchors | undefined> {
	return (await loadAnchors(db, index, size)).anchors;
}

export interface LoadedAnchors {
	/** the index's anchors at the current version, when they hold */
	anchors?: StoredAnchors;
	/**
	 * whether the anchors worker should bring the stored anchors up to date (surveyAnchors): the log
	 * is long, the anchors hold but writes do not log against them yet (made by an older version of
	 * the app), or writes left a stretch of the index without anchors (list-edits.ts, tooWide)
	 */
	refresh: boolean;
}

/** readAnchors, and whether the stored anchors want a refresh */
export async function loadAnchors(
	db: CarnetDatabase,
	index: string,
	size: number
): Promise<LoadedAnchors> {
	if (!keepsAnchors(db)) return { refresh: false };
	const table = anchorsTable(db);
	// one transaction: the anchors, the version and the log of one moment
	const { row, order, log } = await db.transaction('r', table, async () => {
		const [row, stored] = await table.bulkGet([index, ORDER_VERSION_KEY]);
		// no order row: nothing was ever written through the middleware
		const order: OrderVersion = isOrder(stored)
			? stored
			: { index: ORDER_VERSION_KEY, version: '' };
		const pending = isAnchors(row) && row.version !== order.version;
		const short = (order.logged ?? 0) <= READ_MAX;
		return { row, order, log: pending && short ? await logRows(db) : [] };
	});
	if (!isAnchors(row)) return { refresh: false };
	const logged = order.logged ?? 0;
	const chained = order.base !== undefined;
	const chain = chainOf(log, row.version, order.version);
	if (chain === undefined) {
		// a log too long to read here is folded in the worker; anything else is stale
		return { refresh: chained && order.base === row.version && logged > READ_MAX };
	}
	const anchors = applyEntries({ ...row, version: order.version }, entriesOf(chain, index));
	if (anchors.size !== size) return { refresh: false };
	return { anchors, refresh: !chained || logged > FOLD_FROM || tooWide(anchors) };
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

/** runs a survey of the database and resolves to whether it stored anchors */
export type Surveyor = (db: CarnetDatabase) => Promise<boolean>;

// the survey's code (and the fold's) is loaded when a survey starts: the page hands its surveys to a
// worker, and its first screen stays lighter without it
async function survey(db: CarnetDatabase, options: Readonly<SurveyOptions>): Promise<boolean> {
	const { refreshBook } = await import('./list-survey');
	return refreshBook(db, options);
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
 * brings the stored anchors of every sort index up to date: folds the log into them when they hold,
 * else (or when the log left a stretch of an index without anchors) surveys the book; resolves to
 * whether the stored anchors are current (false when stopped, or when a write changed the order
 * during a survey). without options it runs where `setSurveyor` said; one per handle at a time
 * either way.
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
