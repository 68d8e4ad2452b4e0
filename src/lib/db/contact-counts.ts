// the stored counts of the contact list's facets (core/contact-facets.ts), kept up to date by one
// dexie middleware on the contacts table: every readwrite transaction that includes `contacts` also
// includes `contactCounts`, and every add, put, delete and clear of contacts writes the changed
// counts in that same transaction. so the counts commit or roll back with the contacts, whoever
// writes (the page, the import, merge and sync workers, the service worker, another tab), as long
// as it opens the database through CarnetDatabase, which installs the middleware. the same
// middleware keeps the list's order version (db/list-anchors.ts) and, from schema version 7, the
// rows of the search words table (db/word-rows.ts), for the same reason.
//
// why not count on demand: an index count walks its whole range inside the database, 2.2 s for all
// of 1 M contacts in chromium and 20 s for a calling code that 274 k of them have. a write pays one
// read of the counts it changes and one write of them, per batch, not per contact.

import type {
	Transaction,
	DBCore,
	DBCoreMutateRequest,
	DBCoreMutateResponse,
	DBCoreTable,
	DBCoreTransaction,
	Middleware
} from 'dexie';
import {
	ALL_FACET,
	contactFacets,
	type FacetCount,
	type FacetSource
} from '../core/contact-facets';
import type { CarnetDatabase } from './database';
import {
	ANCHORS_TABLE,
	FOLD_WITH_WRITE,
	LOG_MAX,
	ORDER_INDEXES,
	ORDER_VERSION_KEY,
	changesOrder,
	isAnchors,
	isEdits,
	keepsAnchors,
	type AnchorsRow,
	type OrderVersion
} from './list-anchors';
import {
	EDIT_END,
	EDIT_PREFIX,
	chainOf,
	editsRow,
	foldChain,
	type ContactMove,
	type OrderEdits
} from './list-edits';
import { newId } from './ids';
import { getSetting, setSetting } from './settings-repo';
import { markWordsMissing } from './search-words';
import { WORDS_TABLE, WORD_ROW_VALUE, keepsWordRows, wordRowChanges } from './word-rows';

export const COUNTS_TABLE = 'contactCounts';
const CONTACTS_TABLE = 'contacts';

/** one facet's count; a facet no contact has is absent rather than 0, so the table stays small */
export interface ContactCount {
	key: string;
	count: number;
}

// dexie's DBCoreRangeType is a const enum, which isolated modules cannot read at run time
const RANGE_BETWEEN = 2;
const RANGE_ANY = 3;
const RANGE_NEVER = 4;

/** how each facet changes: +1 for every contact that gains it, -1 for every one that loses it */
type Delta = Map<string, number>;

function count(delta: Delta, contact: unknown, sign: 1 | -1): void {
	if (contact === undefined || contact === null || typeof contact !== 'object') return;
	for (const facet of contactFacets(contact as FacetSource)) {
		delta.set(facet, (delta.get(facet) ?? 0) + sign);
	}
}

// the recount reads every contact once, in primary-key order and in chunks, so that memory stays
// flat. DESIGN §7 measured 15–18 s to read 1 M contacts in chromium: that is what it costs there.
const RECOUNT_CHUNK = 5_000;

/**
 * replaces the stored counts with the counts of the contacts there, inside `tx` (which must include
 * both tables): the schema upgrade that added them, and the repair below
 */
export async function recountInTransaction(tx: Transaction): Promise<void> {
	const contacts = tx.table<FacetSource & { id: string }, string>(CONTACTS_TABLE);
	const totals: Delta = new Map();
	let last: string | undefined;
	for (;;) {
		const chunk =
			last === undefined
				? await contacts.orderBy(':id').limit(RECOUNT_CHUNK).toArray()
				: await contacts.where(':id').above(last).limit(RECOUNT_CHUNK).toArray();
		for (const contact of chunk) count(totals, contact, 1);
		last = chunk.at(-1)?.id;
		if (chunk.length < RECOUNT_CHUNK || last === undefined) break;
	}
	const counts = tx.table<ContactCount, string>(COUNTS_TABLE);
	await counts.clear();
	await counts.bulkPut([...totals].map(([key, value]) => ({ key, count: value })));
}

export function contactCountsMiddleware(): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'contact-counts',
		create: (down) => {
			// a handle on an older schema (tests, a backup's version) has nothing to keep
			if (!down.schema.tables.some((table) => table.name === COUNTS_TABLE)) return down;
			const counts = down.table(COUNTS_TABLE);
			// the order version of the list's anchors (db/list-anchors.ts), from schema version 4
			const anchors = down.schema.tables.some((table) => table.name === ANCHORS_TABLE)
				? down.table(ANCHORS_TABLE)
				: undefined;
			// the search words' rows, from schema version 7
			const words = down.schema.tables.some((table) => table.name === WORDS_TABLE)
				? down.table(WORDS_TABLE)
				: undefined;
			const kept = [
				COUNTS_TABLE,
				...(anchors ? [ANCHORS_TABLE] : []),
				...(words ? [WORDS_TABLE] : [])
			];
			// the mutations of one transaction run one after the other: each reads the contacts it
			// replaces and the counts it changes, which an earlier one still in flight would change
			const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
			return {
				...down,
				transaction: (stores, mode, options) => {
					const widened =
						mode === 'readwrite' && stores.includes(CONTACTS_TABLE)
							? [...stores, ...kept.filter((name) => !stores.includes(name))]
							: stores;
					return down.transaction(widened, mode, options);
				},
				table: (name) => {
					const table = down.table(name);
					if (name !== CONTACTS_TABLE) return table;
					return {
						...table,
						mutate: (request) => {
							const previous = queues.get(request.trans) ?? Promise.resolve();
							const next = previous
								.catch(() => undefined)
								.then(() => mutateCounted(table, { counts, anchors, words }, request));
							queues.set(request.trans, next);
							return next;
						}
					};
				}
			};
		}
	};
}

/** the tables the middleware keeps beside the contacts (the last two absent on older schemas) */
interface Kept {
	counts: DBCoreTable;
	anchors: DBCoreTable | undefined;
	words: DBCoreTable | undefined;
}

async function mutateCounted(
	contacts: DBCoreTable,
	{ counts, anchors, words }: Kept,
	request: DBCoreMutateRequest
): Promise<DBCoreMutateResponse> {
	const { trans } = request;
	if (request.type === 'deleteRange') {
		if (request.range.type === RANGE_NEVER) return contacts.mutate(request);
		if (request.range.type === RANGE_ANY) {
			// clear(): nothing is left to count
			const response = await contacts.mutate(request);
			const cleared =
				words && check(words.mutate({ type: 'deleteRange', trans, range: request.range }));
			// the anchors' positions would all be 0: a survey of what comes next is cheaper than a log
			if (anchors) await logOrder(anchors, trans, undefined);
			await check(counts.mutate({ type: 'deleteRange', trans, range: request.range }));
			await cleared;
			return response;
		}
		const { result } = await contacts.query({
			trans,
			values: true,
			query: { index: contacts.schema.primaryKey, range: request.range }
		});
		const response = await contacts.mutate(request);
		// every contact of the range is gone: its rows go, and so does its place in the list
		const gone: ContactMove[] = result.map((contact) => ({
			id: String(extractKey(contacts, contact)),
			before: contact,
			after: undefined
		}));
		const wordsWritten = words && storeWords(words, trans, gone);
		const delta: Delta = new Map();
		for (const contact of result) count(delta, contact, -1);
		const counted = readCounts(counts, trans, delta);
		if (anchors && gone.length > 0) await logOrder(anchors, trans, gone);
		await store(counts, trans, delta, counted);
		await wordsWritten;
		return response;
	}

	const keys =
		request.type === 'delete'
			? request.keys
			: (request.keys ?? request.values.map((value) => extractKey(contacts, value)));
	// an add fails on an existing key instead of replacing it, so it has nothing to read first
	const before: unknown[] =
		request.type === 'add' ? [] : await contacts.getMany({ trans, keys, cache: 'immutable' });
	const response = await contacts.mutate(request);
	const delta: Delta = new Map();
	// what each key holds as the operations run in order: a request may name a key twice
	const current = new Map<unknown, unknown>();
	const moves: ContactMove[] = [];
	const changes: ContactMove[] = [];
	keys.forEach((key, index) => {
		if (response.failures[index] !== undefined) return;
		const id = String(key);
		const previous = current.has(id) ? current.get(id) : before[index];
		count(delta, previous, -1);
		const after = request.type === 'delete' ? undefined : request.values[index];
		count(delta, after, 1);
		current.set(id, after);
		const change = { id, before: previous, after };
		changes.push(change);
		if (changesOrder(previous, after)) moves.push(change);
	});
	// every request that reads is made now, before anything of ours is awaited: dexie's middleware
	// below this one finds the transaction in dexie's zone, which is sure to be there only right
	// after dexie's own promise (the contacts' write) resolved; a read after an await of one of our
	// async functions failed without it. writes are made after reads, and work either way
	const wordsWritten = words && storeWords(words, trans, changes);
	const counted = readCounts(counts, trans, delta);
	if (anchors && moves.length > 0) await logOrder(anchors, trans, moves);
	await store(counts, trans, delta, counted);
	await wordsWritten;
	return response;
}

// deletes the rows of the words the contacts lost and writes those of the words they gained. both
// requests are made at once, before anything is awaited: dexie's hooks below this middleware find
// the transaction in dexie's zone, which is only sure to be there right after dexie's own promise
// (the contacts' write) resolved. the two never name the same key, so their order does not matter.
function storeWords(
	words: DBCoreTable,
	trans: DBCoreTransaction,
	changes: readonly ContactMove[]
): Promise<unknown> {
	const { gone, added } = wordRowChanges(changes);
	const pending: Promise<void>[] = [];
	if (gone.length > 0) pending.push(check(words.mutate({ type: 'delete', trans, keys: gone })));
	if (added.length > 0) {
		const values = added.map(() => WORD_ROW_VALUE);
		pending.push(check(words.mutate({ type: 'put', trans, values, keys: added })));
	}
	return Promise.all(pending);
}

/**
 * a write that moved contacts in some sort writes a new order version and, while the stored anchors
 * are kept current (db/list-anchors.ts), logs the moves against them (db/list-edits.ts): one read of
 * the order row and one write of it and the log's new row, whatever the size of the anchors. a write
 * of many contacts folds the log into the anchors instead (see FOLD_WITH_WRITE). moves undefined (a
 * clear), or more than the log may still take, make the anchors stale instead.
 */
async function logOrder(
	anchors: DBCoreTable,
	trans: DBCoreTransaction,
	moves: readonly ContactMove[] | undefined
): Promise<void> {
	const version = newId();
	// a write that may fold reads the anchors and the log with the order row, at once (see
	// mutateCounted)
	const big = moves !== undefined && moves.length >= FOLD_WITH_WRITE;
	const orderRead = anchors.get({ trans, key: ORDER_VERSION_KEY });
	const foldRead = big ? readFold(anchors, trans) : undefined;
	const row = (await orderRead) as AnchorsRow | undefined;
	const order = row?.index === ORDER_VERSION_KEY ? (row as OrderVersion) : undefined;
	const logged = (order?.logged ?? 0) + (moves?.length ?? 0);
	const edits = order && moves ? editsRow(order.version, version, moves) : undefined;
	if (foldRead && order?.base !== undefined && edits) {
		const folded = foldWith(await foldRead, { ...order, base: order.base }, edits);
		if (folded) {
			throwFailure(await anchors.mutate({ type: 'put', trans, values: folded.put }));
			if (folded.gone.length > 0) {
				throwFailure(await anchors.mutate({ type: 'delete', trans, keys: folded.gone }));
			}
			return;
		}
	}
	const values: AnchorsRow[] =
		order?.base !== undefined && edits && logged <= LOG_MAX
			? [{ index: ORDER_VERSION_KEY, version, base: order.base, logged }, edits]
			: [{ index: ORDER_VERSION_KEY, version }];
	throwFailure(await anchors.mutate({ type: 'put', trans, values }));
}

// the log's rows: every key from EDIT_PREFIX to EDIT_END
const LOG_RANGE = { type: RANGE_BETWEEN, lower: EDIT_PREFIX, upper: EDIT_END };

// the stored anchors of every sort and the whole log
async function readFold(
	anchors: DBCoreTable,
	trans: DBCoreTransaction
): Promise<{ rows: AnchorsRow[]; log: AnchorsRow[] }> {
	const [rows, log] = await Promise.all([
		anchors.getMany({ trans, keys: [...ORDER_INDEXES] }),
		anchors.query({
			trans,
			values: true,
			query: { index: anchors.schema.primaryKey, range: LOG_RANGE }
		})
	]);
	return { rows: rows as AnchorsRow[], log: log.result as AnchorsRow[] };
}

/**
 * the log and this write's moves (`edits`) folded into the stored anchors, for the write's own
 * transaction, so that the list's next jump applies nothing: the anchors of every sort are read and
 * written again (~0.7 MB each at a million contacts, ~0.1–0.3 s in all), which a write of this size
 * hardly notices. undefined when the stored anchors do not hold: the write then logs like every other
 */
function foldWith(
	{ rows, log }: { rows: readonly (AnchorsRow | undefined)[]; log: readonly AnchorsRow[] },
	order: OrderVersion & { base: string },
	edits: OrderEdits
): { put: AnchorsRow[]; gone: string[] } | undefined {
	const chain = chainOf(log.filter(isEdits), order.base, order.version);
	if (chain === undefined) return undefined;
	const result = foldChain(rows.filter(isAnchors), [...chain, edits], order.base, edits.version);
	if (result === undefined) return undefined;
	const next: OrderVersion = {
		index: ORDER_VERSION_KEY,
		version: edits.version,
		base: edits.version,
		logged: 0,
		wide: result.wide
	};
	return { put: [...result.folded, next], gone: chain.map((row) => row.index) };
}

// a row of the anchors table that could not be written must fail the write it belongs to
function throwFailure(response: DBCoreMutateResponse): void {
	if (response.numFailures > 0) {
		throw Object.values(response.failures)[0] ?? new Error('the order version was not written');
	}
}

function extractKey(table: DBCoreTable, value: unknown): unknown {
	const extract = table.schema.primaryKey.extractKey;
	return extract ? extract(value) : undefined;
}

// the stored counts the delta changes, read at once (see mutateCounted)
function readCounts(
	counts: DBCoreTable,
	trans: DBCoreTransaction,
	delta: Delta
): { keys: string[]; rows: Promise<unknown[]> } | undefined {
	const keys = [...delta].filter(([, change]) => change !== 0).map(([key]) => key);
	if (keys.length === 0) return undefined;
	return { keys, rows: counts.getMany({ trans, keys }) };
}

// adds the delta to the stored counts that `readCounts` read
async function store(
	counts: DBCoreTable,
	trans: DBCoreTransaction,
	delta: Delta,
	read: ReturnType<typeof readCounts>
): Promise<void> {
	if (read === undefined) return;
	const rows = (await read.rows) as (ContactCount | undefined)[];
	const put: ContactCount[] = [];
	const gone: string[] = [];
	read.keys.forEach((key, index) => {
		const next = (rows[index]?.count ?? 0) + (delta.get(key) ?? 0);
		if (next > 0) put.push({ key, count: next });
		else if (rows[index] !== undefined) gone.push(key);
	});
	if (put.length > 0) await check(counts.mutate({ type: 'put', trans, values: put }));
	if (gone.length > 0) await check(counts.mutate({ type: 'delete', trans, keys: gone }));
}

// a count that could not be written must fail the write it belongs to
async function check(pending: Promise<DBCoreMutateResponse>): Promise<void> {
	const response = await pending;
	if (response.numFailures > 0) {
		throw Object.values(response.failures)[0] ?? new Error('a contact count was not written');
	}
}

declare module './schema' {
	interface SettingsMap {
		/** the build of the app that last compared the stored counts with the records */
		countsCheckedBy: string;
	}
}

const checked = new WeakMap<CarnetDatabase, Promise<boolean>>();

/**
 * once per handle, and with `build` only once per build of the app: compares the stored number of
 * contacts with a count of the records and recounts everything when they differ; resolves to
 * whether it did. the counts can only be wrong if something wrote contacts without this middleware:
 * a tab still running the version before the counts (dexie opens a newer database with an older
 * schema and writes into it) or raw IndexedDB (test seeding), which happens around an update, so
 * the first start of each build checks. a change that keeps the number of contacts goes unnoticed.
 * the check walks every record (~0.2 s at 100 k, ~2 s at 1 M in chromium, where it also delays the
 * list's reads), so callers run it in the background once a screen is up.
 */
export function checkContactCounts(db: CarnetDatabase, build?: string): Promise<boolean> {
	let check = checked.get(db);
	if (!check) {
		check = (async () => {
			if (!keepsCounts(db)) return false;
			if (build !== undefined && (await getSetting(db, 'countsCheckedBy')) === build) return false;
			const counts = db.table(COUNTS_TABLE);
			const [records, stored] = await db.transaction('r', db.contacts, counts, () =>
				Promise.all([db.contacts.count(), storedCount(db, { key: ALL_FACET, negate: false })])
			);
			const repaired = records !== stored;
			if (repaired) {
				const tables = keepsAnchors(db) ? [counts, db.table(ANCHORS_TABLE)] : [counts];
				const words = keepsWordRows(db) ? [db.table(WORDS_TABLE), db.table('settings')] : [];
				await db.transaction('rw', [db.contacts, ...tables, ...words], async (tx) => {
					await recountInTransaction(tx);
					// their search words' rows are as unsure: all are written again in the background
					if (words.length > 0) {
						await tx.table(WORDS_TABLE).clear();
						await markWordsMissing(tx);
					}
					// the contacts written without the middleware may have moved in the list too
					if (!keepsAnchors(db)) return;
					const stamp: OrderVersion = { index: ORDER_VERSION_KEY, version: newId() };
					await tx.table<AnchorsRow, string>(ANCHORS_TABLE).put(stamp);
				});
			}
			if (build !== undefined) await setSetting(db, 'countsCheckedBy', build);
			return repaired;
		})();
		checked.set(db, check);
		// a check that failed (a closed handle) may run again
		check.catch(() => checked.delete(db));
	}
	return check;
}

/** whether this handle's schema keeps the counts (older versions, in tests and restores, do not) */
export function keepsCounts(db: CarnetDatabase): boolean {
	return db.tables.some((table) => table.name === COUNTS_TABLE);
}

/** the stored number of contacts in a facet, or outside it; read in one transaction */
export async function storedCount(db: CarnetDatabase, facet: FacetCount): Promise<number> {
	const table = db.table<ContactCount, string>(COUNTS_TABLE);
	const [row, all] = await table.bulkGet([facet.key, ALL_FACET]);
	const inside = row?.count ?? 0;
	return facet.negate ? (all?.count ?? 0) - inside : inside;
}
