// the list engine behind the virtualized contact list: how many contacts match a query, the page at
// any offset, and every matching id, at a million contacts without ever loading them all.
//
// design. a query becomes a plan: the sort's index (its "walk"), the range of it the filters allow
// (a filter on the sort's own index, such as "has an e-mail" when sorting by e-mail, or "calling code
// 49" when sorting by name or calling code, is a range of the walk), plus the filters left over.
// reading a contact costs about as much as reading 10–20 index keys, and a cursor step more than a
// key from getAllKeys, so every path reads as few contacts as it can:
//
// 1. nothing left over: the result is a range of one index, already in order. the count is an index
//    count and a page is read with a key cursor. `advance(n)` still steps over n entries, so a jump
//    to row 700,000 would walk 700,000 entries; instead every walk leaves an anchor (key, id) every
//    1,000 rows, a later jump starts from the nearest one with `continuePrimaryKey`, and the list is
//    walked from whichever end is closer. `warm()` walks the whole range once in the background, so
//    that every later jump advances at most 1,000 entries.
// 2. only "subscribed": the first pages come from checking contacts along the walk (case 4); a page
//    further down walks the range with the unsubscribed skipped. their places come from their keys
//    (read once, when they are few), so anchors keep working; the count is the range's minus theirs.
// 3. a filter that matches few (up to 2,000 by its index count: a search, a small list, the
//    unsubscribed): the filters' ids are intersected, the few contacts left are read, checked
//    against the whole query (core's compileQuery) and sorted (core's compareForSort, the order the
//    index gives). pages are slices.
// 4. filters that match many: the first pages come from reading the sort range in order and checking
//    each contact until the page is full (a common filter fills a page after a few dozen); the count
//    comes from the filters' ids (or from an index count when there is one plain filter). a page
//    beyond what 3,000 checked contacts gave orders the whole result: by reading the matching
//    contacts' sort keys when there are few, else by reading the walk's ids in order and keeping the
//    matching ones. that takes seconds at a million contacts; the ui should prefer sorts that make a
//    filter a range (case 1), e.g. a calling code sorted by name.
//
// counts. an index count walks its range inside the database: seconds at a million contacts. so
// the count of every contact and of each single filter a stored count answers (has a phone or an
// e-mail or not, a calling code, a subscription status, a list: core/contact-facets.ts) is kept up
// to date on every write (db/contact-counts.ts) and read from there: the match count of a query
// with no filter or one such filter, the size of a walk (which a jump from the end needs), and the
// size of such a filter when choosing how to answer a query. everything else walks as before.
//
// plans and what they computed (counts, anchors, orders) are cached per database and query, and the
// whole cache of a database is dropped when dexie reports a change to its contacts or their counts,
// here or in another tab or worker (`storagemutated`). `countMatching` also reads one contact
// through dexie so that a `liveQuery` around it runs again after any change to the contacts table.

import Dexie, { type Collection } from 'dexie';
import type { Contact } from '../core/contact';
import {
	compareForSort,
	compareKeys,
	compileQuery,
	normalizeQuery,
	sortKeyOf,
	type ContactQuery,
	type ContactSort,
	type IndexKey,
	type NormalizedQuery
} from '../core/contact-query';
import {
	ALL_FACET,
	EMAIL_FACET,
	PHONE_FACET,
	UNSUBSCRIBED_FACET,
	callingCodeFacet,
	listFacet,
	queryFacet,
	type FacetCount
} from '../core/contact-facets';
import { MISSING_KEY } from '../core/missing-key';
import { COUNTS_TABLE, keepsCounts, storedCount } from './contact-counts';
import { keepsAnchors, loadAnchors, surveyAnchors, type StoredAnchors } from './list-anchors';
import type { CarnetDatabase } from './database';
import { contactsOfImport } from './import-contacts';
import { firstMatchesByWords, wordMatchCount, wordsComplete, type WordMatches } from './list-words';

/** the index of each sort */
export const SORT_INDEXES: Readonly<Record<ContactSort, string>> = {
	name: 'keys.name',
	email: 'keys.email',
	phone: 'keys.phone',
	callingCode: '[keys.callingCode+keys.name]',
	createdAt: 'createdAt'
};

/** the engine's sizes; tests shrink them to reach every path with a small book */
export interface ListTuning {
	/** up to this many matching contacts are read, held in memory whole and sorted there */
	rowsInMemory: number;
	/**
	 * how many index keys cost as much as reading one contact (measured in chromium: a key from
	 * getAllKeys ~5 µs, a contact by id ~50–100 µs). it decides whether a big result is ordered by
	 * reading its contacts' sort keys or by reading the whole sort index.
	 */
	recordCost: number;
	/** anchors are left this many rows apart, so a jump advances at most this far */
	anchorStep: number;
	/**
	 * a big filtered result shows its first pages by reading the sort index in order and checking
	 * each contact, up to this many contacts; a page further down orders the whole result instead
	 */
	scanBudget: number;
	/**
	 * a read-only transaction delays writers (an import, a save) on the same store, so a long walk is
	 * cut into transactions of at most this many rows
	 */
	rowsPerTransaction: number;
	/**
	 * a jump in a list of at least this many contacts, sorted by one of the sort indexes, further
	 * than a quarter of the list from any anchor, surveys the book for stored anchors (see
	 * db/list-anchors.ts) instead of walking there; so does the warm-up
	 */
	surveyFrom: number;
	/**
	 * a search reads the contacts of its most selective word (the longest) and checks the other
	 * words on them when the word matches at most this many index entries
	 */
	wordReadMax: number;
	/**
	 * a name-sorted search takes its first pages from the keys of the words index (db/list-words.ts)
	 * when that reads at most this many of them; past it, the ways above answer it
	 */
	wordStepsMax: number;
}

export const DEFAULT_TUNING: Readonly<ListTuning> = {
	rowsInMemory: 2_000,
	recordCost: 16,
	scanBudget: 3_000,
	anchorStep: 1_000,
	rowsPerTransaction: 50_000,
	surveyFrom: 20_000,
	wordReadMax: 20_000,
	wordStepsMax: 10_000
};

// a walk costs ~75 µs per index entry at a million contacts, a survey ~25 µs per contact for all
// sorts at once: a jump further than this share of the list surveys instead
const SURVEY_SHARE = 1 / 4;

// bulk reads by id are done in chunks, so a big result never holds many contacts at once
const READ_CHUNK = 1_000;

interface KeyRangeSpec {
	lower?: IndexKey;
	upper?: IndexKey;
	lowerOpen?: boolean;
	upperOpen?: boolean;
}

interface IndexFilter {
	index: string;
	range: KeyRangeSpec;
	/** a multi-entry index, where one contact can appear several times in a range */
	multi: boolean;
	/**
	 * a filter no index answers (an import's contacts): its members, read beforehand, stand in for
	 * the index range. never the walk.
	 */
	ids?: ReadonlySet<string>;
	/**
	 * the rest of the index, when every contact has one entry in it: "has an e-mail" is counted as
	 * all contacts minus those without one (see `sizeOf`)
	 */
	complement?: KeyRangeSpec;
	/** the stored count that equals the filter's size (see db/contact-counts.ts) */
	facet?: FacetCount;
}

// the name of a filter given by its ids; no index has it, so it never narrows a sort's walk
const ID_SET = ':given-ids';

interface Plan {
	query: NormalizedQuery;
	/** the sort's index, or the compound one when it gives the same order over a smaller range */
	walk: IndexFilter;
	/** whether the walk range is narrower than the whole index (it is then a filter too) */
	walkIsFilter: boolean;
	direction: 'next' | 'prev';
	/** filters the walk does not apply */
	includes: IndexFilter[];
	/** filters whose matches are left out */
	excludes: IndexFilter[];
}

const equal = (key: IndexKey): KeyRangeSpec => ({ lower: key, upper: key });

function planOf(query: NormalizedQuery): Plan {
	const includes: IndexFilter[] = [];
	const excludes: IndexFilter[] = [];
	if (query.listId !== undefined) {
		// a contact's listIds hold no id twice (createContact and the repositories make sure), so one
		// list is one index entry per member and its index count is exact
		includes.push({
			index: 'listIds',
			range: equal(query.listId),
			multi: false,
			facet: { key: listFacet(query.listId), negate: false }
		});
	}
	const unsubscribed: IndexFilter = {
		index: 'keys.unsubscribed',
		range: equal(1),
		multi: false,
		facet: { key: UNSUBSCRIBED_FACET, negate: false }
	};
	if (query.subscription === 'unsubscribed') includes.push(unsubscribed);
	if (query.subscription === 'subscribed') excludes.push(unsubscribed);
	if (query.callingCode !== undefined) {
		includes.push({
			index: SORT_INDEXES.callingCode,
			range: { lower: [query.callingCode, Dexie.minKey], upper: [query.callingCode, [[]]] },
			multi: false,
			facet: { key: callingCodeFacet(query.callingCode), negate: false }
		});
	}
	if (query.hasPhone !== undefined) {
		includes.push(presence('keys.phone', query.hasPhone, PHONE_FACET));
	}
	if (query.hasEmail !== undefined) {
		includes.push(presence('keys.email', query.hasEmail, EMAIL_FACET));
	}
	const { createdFrom, createdTo } = query;
	if (createdFrom !== undefined && createdTo !== undefined && createdFrom > createdTo) {
		// "created between" with its dates the wrong way round matches no one (a key range whose
		// lower bound is above its upper one is an error in indexeddb)
		includes.push({ index: ID_SET, range: {}, multi: false, ids: new Set() });
	} else if (createdFrom !== undefined || createdTo !== undefined) {
		const range: KeyRangeSpec = {};
		if (createdFrom !== undefined) range.lower = createdFrom;
		if (createdTo !== undefined) range.upper = createdTo;
		includes.push({ index: 'createdAt', range, multi: false });
	}
	if (query.importIds !== undefined) {
		includes.push({ index: ID_SET, range: {}, multi: false, ids: query.importIds });
	}
	for (const token of query.tokens) {
		// tokens never hold U+FFFF (core removes it), so this upper bound is above all of them
		includes.push({
			index: 'keys.tokens',
			range: { lower: token, upper: token + MISSING_KEY },
			multi: true
		});
	}

	// a filter on the sort's own index narrows the walk instead of being checked separately; the
	// calling-code range of the compound index is ordered by name, so it serves a name sort too
	const sortIndex = SORT_INDEXES[query.sort];
	const narrowing =
		includes.find((filter) => filter.index === sortIndex) ??
		(query.sort === 'name'
			? includes.find((filter) => filter.index === SORT_INDEXES.callingCode)
			: undefined);
	return {
		query,
		walk: narrowing ?? { index: sortIndex, range: {}, multi: false },
		walkIsFilter: narrowing !== undefined,
		direction: query.direction === 'asc' ? 'next' : 'prev',
		includes: includes.filter((filter) => filter !== narrowing),
		excludes
	};
}

// U+FFFF is the key of a missing value (core/keys.ts), so every contact has one entry in these
function presence(index: string, present: boolean, facet: string): IndexFilter {
	const missing = equal(MISSING_KEY);
	const stored = { key: facet, negate: !present };
	if (!present) return { index, range: missing, multi: false, facet: stored };
	return {
		index,
		range: { lower: '', upper: MISSING_KEY, upperOpen: true },
		multi: false,
		complement: missing,
		facet: stored
	};
}

/** how many contacts the book holds */
function total(db: CarnetDatabase): Promise<number> {
	if (keepsCounts(db)) return storedCount(db, { key: ALL_FACET, negate: false });
	return db.contacts.count();
}

/** how many contacts the filter matches (exact unless the index is multi-entry) */
async function sizeOf(db: CarnetDatabase, filter: IndexFilter): Promise<number> {
	if (filter.ids) return filter.ids.size;
	if (filter.facet && keepsCounts(db)) return storedCount(db, filter.facet);
	// chromium checks each index entry against its record while counting, about ten times the cost
	// of counting the records themselves (100 k contacts: ~0.2 s; the 83 k with an e-mail: ~1.4 s).
	// most contacts have a phone or an e-mail, so "has one" is counted as all minus those without
	if (filter.complement) {
		const complement = filter.complement;
		// one transaction, so both counts see the same book
		const [all, rest] = await db.transaction('r', db.contacts, () =>
			Promise.all([db.contacts.count(), collection(db, { ...filter, range: complement }).count()])
		);
		return all - rest;
	}
	return collection(db, filter).count();
}

// an index count walks the whole range inside the database (0.3–0.7 s for 100 k entries in
// chromium), so deciding whether a filter is small reads at most cap + 1 of its keys instead
async function sizeUpTo(db: CarnetDatabase, filter: IndexFilter, cap: number): Promise<number> {
	if (filter.ids) return Math.min(filter.ids.size, cap + 1);
	if (filter.facet && keepsCounts(db))
		return Math.min(await storedCount(db, filter.facet), cap + 1);
	return (
		await collection(db, filter)
			.limit(cap + 1)
			.primaryKeys()
	).length;
}

/** a value computed on first use; a failure is not kept, so the next use tries again */
type Lazy<T> = () => Promise<T>;

function lazy<T>(make: () => Promise<T>): Lazy<T> {
	let value: Promise<T> | undefined;
	return () => {
		if (value === undefined) {
			const made = make();
			value = made;
			made.catch(() => {
				if (value === made) value = undefined;
			});
		}
		return value;
	};
}

const known =
	<T>(value: T): Lazy<T> =>
	() =>
		Promise.resolve(value);

/** the ids the filter matches, in its index's order (a given set in its own order) */
async function idsOf(db: CarnetDatabase, filter: IndexFilter): Promise<string[]> {
	return filter.ids ? [...filter.ids] : collection(db, filter).primaryKeys();
}

function collection(db: CarnetDatabase, filter: IndexFilter): Collection<Contact, string> {
	const { lower, upper, lowerOpen = false, upperOpen = false } = filter.range;
	if (lower === undefined && upper === undefined) return db.contacts.orderBy(filter.index);
	return db.contacts
		.where(filter.index)
		.between(lower ?? Dexie.minKey, upper ?? [[]], !lowerOpen, !upperOpen);
}

function inRange(key: IndexKey, range: KeyRangeSpec): boolean {
	if (range.lower !== undefined) {
		const order = compareKeys(key, range.lower);
		if (order < 0 || (order === 0 && range.lowerOpen)) return false;
	}
	if (range.upper !== undefined) {
		const order = compareKeys(key, range.upper);
		if (order > 0 || (order === 0 && range.upperOpen)) return false;
	}
	return true;
}

/** the key a contact has in one of the sort indexes */
function walkKeyOf(contact: Contact, index: string): IndexKey {
	switch (index) {
		case SORT_INDEXES.email:
			return contact.keys.email;
		case SORT_INDEXES.phone:
			return contact.keys.phone;
		case SORT_INDEXES.callingCode:
			return [contact.keys.callingCode, contact.keys.name];
		case SORT_INDEXES.createdAt:
			return contact.createdAt;
		default:
			return contact.keys.name;
	}
}

async function readByIds(db: CarnetDatabase, ids: readonly string[]): Promise<Contact[]> {
	const contacts: Contact[] = [];
	for (let start = 0; start < ids.length; start += READ_CHUNK) {
		const chunk = await db.contacts.bulkGet(ids.slice(start, start + READ_CHUNK));
		for (const contact of chunk) if (contact) contacts.push(contact);
	}
	return contacts;
}

// ---------------------------------------------------------------------------------------------
// resolved plans

/** the contacts left out of a walk, sorted in the walk's order, with a rank look-up */
class Skipped {
	readonly ids: Set<string>;
	private readonly entries: { key: IndexKey; id: string }[];

	constructor(
		entries: readonly { key: IndexKey; id: string }[],
		walk: IndexFilter,
		private readonly sign: 1 | -1
	) {
		this.entries = entries
			.filter((entry) => inRange(entry.key, walk.range))
			.sort((a, b) => this.compare(a.key, a.id, b.key, b.id));
		this.ids = new Set(this.entries.map((entry) => entry.id));
	}

	get size(): number {
		return this.entries.length;
	}

	/** how many skipped entries come before (key, id) in the walk */
	rank(key: IndexKey, id: string): number {
		let low = 0;
		let high = this.entries.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			const entry = this.entries[middle];
			if (entry && this.compare(entry.key, entry.id, key, id) < 0) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	private compare(aKey: IndexKey, aId: string, bKey: IndexKey, bId: string): number {
		return this.sign * (compareKeys(aKey, bKey) || compareKeys(aId, bId));
	}
}

type Ordered = { kind: 'rows'; rows: Contact[] } | { kind: 'ids'; ids: string[] };

type Resolved =
	| { kind: 'range'; count: Lazy<number>; walker: RangeWalker }
	| { kind: 'filtered'; list: FilteredList }
	| Ordered;

interface SizedFilter {
	filter: IndexFilter;
	/**
	 * its range's entries up to `rowsInMemory + 1`: exact when at most `rowsInMemory`, else only "more"
	 * (a multi-entry index may hold a contact twice, which only errs towards caution)
	 */
	size: number;
	/** the index count of its range: exact, or an upper bound for a multi-entry index */
	count: Lazy<number>;
}

// the first screen needs no count: how many contacts the walk holds, and how many each filter
// matches beyond "more than fit in memory", are computed when something asks (the match count, a
// jump far down, the choice of how to order a big result), not before the first page
async function resolve(db: CarnetDatabase, plan: Plan, tuning: ListTuning): Promise<Resolved> {
	const walkSize = lazy(() => (plan.walkIsFilter ? sizeOf(db, plan.walk) : total(db)));

	if (plan.includes.length === 0 && plan.excludes.length === 0) {
		const walker = new RangeWalker(db, plan, walkSize, undefined, tuning);
		return { kind: 'range', count: walkSize, walker };
	}

	const candidates = plan.walkIsFilter ? [...plan.includes, plan.walk] : plan.includes;
	const sized: SizedFilter[] = await Promise.all(
		candidates.map(async (filter) => {
			// a search word's range is read, not sized (below): sizing it costs as much per entry
			const size = isWord(filter)
				? tuning.rowsInMemory + 1
				: await sizeUpTo(db, filter, tuning.rowsInMemory);
			const count = size <= tuning.rowsInMemory ? known(size) : lazy(() => sizeOf(db, filter));
			return { filter, size, count };
		})
	);
	sized.sort((a, b) => a.size - b.size);
	const smallest = sized[0];
	if (smallest && smallest.size <= tuning.rowsInMemory) {
		return order(db, plan, tuning, await membership(db, plan, sized, tuning), walkSize);
	}
	// a name-sorted search: its first pages from the keys of the words index
	if (plan.query.sort === 'name' && plan.query.tokens.length > 0 && (await wordsComplete(db))) {
		return { kind: 'filtered', list: new FilteredList(db, plan, tuning, sized, walkSize, true) };
	}
	// one word that matches many shows its first pages sooner by checking contacts along the sort
	// (the scan below); several words rarely match many together, so reading the contacts of the
	// most selective one and checking the others on them is the quicker way to the first page
	const words = candidates.filter(isWord).length;
	const read = await byWord(db, plan, tuning, words > 1 ? tuning.wordReadMax : tuning.rowsInMemory);
	if (read) return read;
	return { kind: 'filtered', list: new FilteredList(db, plan, tuning, sized, walkSize) };
}

const isWord = (filter: IndexFilter): boolean => filter.index === 'keys.tokens';

/**
 * the whole result, from the contacts of the query's longest search word (the most selective, as a
 * rule: "anna" matches fewer than "m"), checked against the whole query on the records. undefined
 * when the query has no word or its range holds more than `cap` entries. at a million contacts an
 * index entry costs ~75–90 µs whether its contact is read or not, and ids intersected in memory
 * would need the ranges of every word, so this reads the fewest entries.
 */
async function byWord(
	db: CarnetDatabase,
	plan: Plan,
	tuning: ListTuning,
	cap: number
): Promise<Ordered | undefined> {
	let word: IndexFilter | undefined;
	let longest = -1;
	for (const filter of plan.includes) {
		const length = typeof filter.range.lower === 'string' ? filter.range.lower.length : 0;
		if (isWord(filter) && length > longest) {
			word = filter;
			longest = length;
		}
	}
	if (word === undefined) return undefined;
	const entries = await collection(db, word)
		.limit(cap + 1)
		.toArray();
	if (entries.length > cap) return undefined;
	const matches = compileQuery(plan.query);
	const seen = new Set<string>();
	// a contact with two words that start with it is in the range twice
	const found = entries.filter((contact) => !seen.has(contact.id) && seen.add(contact.id));
	const rows = found.filter(matches).sort(compareForSort(plan.query.sort, plan.query.direction));
	return rows.length <= tuning.rowsInMemory
		? { kind: 'rows', rows }
		: { kind: 'ids', ids: rows.map((contact) => contact.id) };
}

interface Membership {
	/** the ids every include filter matches; undefined when there is no include filter */
	members: Set<string> | undefined;
	/** false when the members are few and some filters are left to the contacts' own check */
	complete: boolean;
	/** the one filter the members come from, when there is one: its range can be read whole */
	source: IndexFilter | undefined;
	excluded: Set<string>;
}

// the filters' ids, intersected smallest first. ids are far cheaper than contacts, so once few are
// left the remaining filters are left to the contacts' own check (see `order`).
async function membership(
	db: CarnetDatabase,
	plan: Plan,
	sized: readonly SizedFilter[],
	tuning: ListTuning
): Promise<Membership> {
	let members: Set<string> | undefined;
	let complete = true;
	// smallest first, so that reading stops once few are left; sizes above `rowsInMemory` are only
	// "more", so then the filters are ordered by their counts
	const smallFirst = sized[0] !== undefined && sized[0].size <= tuning.rowsInMemory;
	const ordered = smallFirst ? sized : await byCount(sized);
	for (const { filter } of ordered) {
		if (members !== undefined && members.size <= tuning.rowsInMemory) {
			complete = false;
			break;
		}
		const ids = await idsOf(db, filter);
		members = members === undefined ? new Set(ids) : new Set(ids.filter((id) => members?.has(id)));
	}
	const source = sized.length === 1 ? sized[0]?.filter : undefined;
	return { members, complete, source, excluded: await unionOf(db, plan.excludes) };
}

async function byCount(sized: readonly SizedFilter[]): Promise<SizedFilter[]> {
	const counted = await Promise.all(
		sized.map(async (entry) => ({ entry, count: await entry.count() }))
	);
	return counted.sort((a, b) => a.count - b.count).map(({ entry }) => entry);
}

// the whole result in order: few contacts are read and sorted; more are read for their sort keys
// when that is cheaper than reading the sort index; otherwise the walk's ids are kept in order
async function order(
	db: CarnetDatabase,
	plan: Plan,
	tuning: ListTuning,
	{ members, excluded, source }: Membership,
	walkSize: Lazy<number>
): Promise<Ordered> {
	const left = members && [...members].filter((id) => !excluded.has(id));
	if (left !== undefined && left.length <= tuning.rowsInMemory) {
		return inMemory(plan, await readCandidates(db, left, source));
	}
	if (left !== undefined && left.length * tuning.recordCost < (await walkSize())) {
		return bySortKeys(db, plan, left, source);
	}
	const walked = await collection(db, plan.walk).primaryKeys();
	const ids = walked.filter(
		(id) => (members === undefined || members.has(id)) && !excluded.has(id)
	);
	// getAllKeys only walks forwards; reversing in memory is cheaper than a backwards cursor
	if (plan.direction === 'prev') ids.reverse();
	return { kind: 'ids', ids };
}

// reads the few candidates, keeps those that match the whole query, and sorts them
function inMemory(plan: Plan, candidates: readonly Contact[]): Ordered {
	const matches = compileQuery(plan.query);
	const order = compareForSort(plan.query.sort, plan.query.direction);
	return { kind: 'rows', rows: candidates.filter(matches).sort(order) };
}

// one getAll over an index range reads contacts two to three times faster than getting them one by
// one, so candidates that are (most of) a single filter's range are read that way
const RANGE_READ_MAX = 20_000;

async function readCandidates(
	db: CarnetDatabase,
	ids: readonly string[],
	source: IndexFilter | undefined
): Promise<Contact[]> {
	if (source === undefined || source.ids || ids.length > RANGE_READ_MAX) return readByIds(db, ids);
	const wanted = new Set(ids);
	const contacts = await collection(db, source).toArray();
	// a multi-entry range holds a contact once per matching token
	return contacts.filter((contact) => wanted.delete(contact.id));
}

// too many candidates to hold: reads them a chunk at a time and keeps the sort key and id of each
// match
async function bySortKeys(
	db: CarnetDatabase,
	plan: Plan,
	candidates: readonly string[],
	source: IndexFilter | undefined
): Promise<Ordered> {
	const matches = compileQuery(plan.query);
	const sign = plan.query.direction === 'asc' ? 1 : -1;
	const keyed: { key: IndexKey; id: string }[] = [];
	const whole = candidates.length <= RANGE_READ_MAX && source !== undefined;
	const chunkSize = whole ? candidates.length : READ_CHUNK;
	for (let start = 0; start < candidates.length; start += chunkSize) {
		const ids = candidates.slice(start, start + chunkSize);
		const chunk = await readCandidates(db, ids, whole ? source : undefined);
		for (const contact of chunk) {
			if (matches(contact))
				keyed.push({ key: sortKeyOf(contact, plan.query.sort), id: contact.id });
		}
	}
	keyed.sort((a, b) => sign * (compareKeys(a.key, b.key) || compareKeys(a.id, b.id)));
	return { kind: 'ids', ids: keyed.map((entry) => entry.id) };
}

// the key each contact has in the walk's index, read a chunk of contacts at a time
async function walkEntriesOf(
	db: CarnetDatabase,
	ids: readonly string[],
	walk: IndexFilter
): Promise<{ key: IndexKey; id: string }[]> {
	const entries: { key: IndexKey; id: string }[] = [];
	for (let start = 0; start < ids.length; start += READ_CHUNK) {
		for (const contact of await readByIds(db, ids.slice(start, start + READ_CHUNK))) {
			entries.push({ key: walkKeyOf(contact, walk.index), id: contact.id });
		}
	}
	return entries;
}

// the ids matching any of the filters
async function unionOf(db: CarnetDatabase, filters: readonly IndexFilter[]): Promise<Set<string>> {
	const ids = new Set<string>();
	for (const filter of filters) {
		for (const id of await idsOf(db, filter)) ids.add(id);
	}
	return ids;
}

// ---------------------------------------------------------------------------------------------
// a big filtered result

/**
 * a result too big to read whole on the first screen: its first pages come from reading the sort
 * index in order and checking each contact (a common filter fills a page after a few dozen), the
 * count from the filters' ids, and a page further down than the scan reached orders the whole result.
 */
class FilteredList {
	private readonly found: Contact[] = [];
	private scanned = 0;
	/** the last entry scanned, where the next scan resumes */
	private resume: { key: IDBValidKey; id: string } | undefined;
	private exhausted = false;
	private stopped = false;
	private queue: Promise<void> = Promise.resolve();
	private members: Promise<Membership> | undefined;
	private ordered: Promise<Ordered> | undefined;
	private skipping: Promise<RangeWalker | undefined> | undefined;
	private words: { need: number; result: Promise<WordMatches | undefined> } | undefined;

	constructor(
		private readonly db: CarnetDatabase,
		private readonly plan: Plan,
		private readonly tuning: ListTuning,
		private readonly sized: readonly SizedFilter[],
		private readonly walkSize: Lazy<number>,
		/** the first pages come from the words index (db/list-words.ts) rather than a scan */
		private readonly byWords = false
	) {}

	/**
	 * 'words' or 'scan' until a page further down needed the skipping walk or the whole result in
	 * order; 'scan' once the words index was over its budget
	 */
	async kind(): Promise<'scan' | 'words' | 'range-skipping' | Ordered['kind']> {
		if (this.ordered) return (await this.ordered).kind;
		// until a first page asked, the words index is what it will try
		if (this.byWords && (this.words === undefined || (await this.words.result))) return 'words';
		if (this.skipping && (await this.skipping)) return 'range-skipping';
		return 'scan';
	}

	async count(): Promise<number> {
		if (this.exhausted) return this.found.length;
		if (this.plan.includes.some(isWord)) {
			// the first screen goes first: the count of a search reads all of its contacts
			if (this.byWords) await this.fromWords(FIRST_SCREEN);
			else await this.enqueueScan(FIRST_SCREEN);
			if (this.exhausted) return this.found.length;
			const [only, ...others] = this.plan.includes;
			const wordsOnly =
				this.plan.includes.every(isWord) &&
				this.plan.excludes.length === 0 &&
				!this.plan.walkIsFilter;
			// words and nothing else: counted from the search words' keys when they are complete
			// (~30× cheaper than the tokens index's entries)
			if (wordsOnly && (await wordsComplete(this.db))) {
				const counted = await wordMatchCount(this.db, this.plan.query);
				if (counted !== undefined) return counted;
			}
			if (only && others.length === 0 && wordsOnly) {
				// one word and nothing else: its contacts are the ids in its range, each once (ids cost
				// a tenth of what contacts do)
				return new Set(await idsOf(this.db, only)).size;
			}
			const ordered = await this.order();
			return ordered.kind === 'rows' ? ordered.rows.length : ordered.ids.length;
		}
		const [only, ...others] = this.sized;
		// one filter on an ordinary index: its index count is the answer
		if (only && others.length === 0 && !only.filter.multi && this.plan.excludes.length === 0) {
			return only.count();
		}
		const { members, complete, excluded } = await this.membership();
		if (!complete) {
			const ordered = await this.order();
			return ordered.kind === 'rows' ? ordered.rows.length : ordered.ids.length;
		}
		if (members === undefined) return (await this.walkSize()) - excluded.size;
		let count = 0;
		for (const id of members) if (!excluded.has(id)) count += 1;
		return count;
	}

	async page(offset: number, limit: number): Promise<Contact[]> {
		const need = offset + limit;
		if (!this.ordered && this.byWords) {
			const first = await this.fromWords(need);
			if (first) return first.slice(offset, need);
		}
		// a search whose words index would take too long (a single letter starts thousands of
		// groups) checks contacts along the sort for its first pages, as without the words index
		if (!this.ordered && (!this.byWords || need <= this.tuning.scanBudget)) {
			await this.enqueueScan(need);
			if (this.found.length >= need || this.exhausted) return this.found.slice(offset, need);
			const walker = await this.skipWalker();
			if (walker) return walker.page(offset, limit);
		}
		const ordered = await this.order();
		if (ordered.kind === 'rows') return ordered.rows.slice(offset, need);
		const contacts = await this.db.contacts.bulkGet(ordered.ids.slice(offset, need));
		return contacts.filter((contact): contact is Contact => contact !== undefined);
	}

	async ids(): Promise<string[]> {
		if (this.exhausted) return this.found.map((contact) => contact.id);
		const ordered = await this.order();
		return ordered.kind === 'rows' ? ordered.rows.map((contact) => contact.id) : [...ordered.ids];
	}

	stop(): void {
		this.stopped = true;
		void this.skipping?.then((walker) => walker?.stop());
	}

	/** prepares jumps when the result is walked with skips (see RangeWalker.warm) */
	async warm(): Promise<void> {
		await (await this.skipWalker())?.warm();
	}

	// the first `need` matches from the words index (db/list-words.ts), or more; undefined when the
	// words index cannot give them cheaply (the whole result is then ordered, see `order`)
	private async fromWords(need: number): Promise<Contact[] | undefined> {
		const last = this.words;
		if (last) {
			const result = await last.result;
			// over its budget once, over it for more
			if (result === undefined) return undefined;
			if (result.complete || (last.need >= need && result.contacts.length >= need)) {
				return result.contacts;
			}
		}
		// a page further down reads more at once, so scrolling does not read the start again and again
		const more = Math.max(need, (last?.need ?? 0) * 2);
		if (more > this.tuning.scanBudget) return undefined;
		const result = firstMatchesByWords(
			this.db,
			this.plan.query,
			this.plan.direction,
			more,
			this.tuning.wordStepsMax
		);
		this.words = { need: more, result };
		const read = await result;
		if (read === undefined) return undefined;
		if (read.complete && !this.exhausted) {
			this.found.push(...read.contacts);
			this.exhausted = true;
		}
		return read.contacts;
	}

	// only "subscribed" (filters that exclude, none that include): the walk's range with the
	// excluded skipped, when reading the excluded (to know their places) is cheaper than ordering
	// the whole result by reading the walk
	private skipWalker(): Promise<RangeWalker | undefined> {
		this.skipping ??= (async () => {
			if (this.plan.includes.length > 0) return undefined;
			const excluded = await unionOf(this.db, this.plan.excludes);
			const walkSize = await this.walkSize();
			if (excluded.size * this.tuning.recordCost >= walkSize) return undefined;
			const entries = await walkEntriesOf(this.db, [...excluded], this.plan.walk);
			const sign = this.plan.direction === 'next' ? 1 : -1;
			const skipped = new Skipped(entries, this.plan.walk, sign);
			const count = walkSize - skipped.size;
			return new RangeWalker(this.db, this.plan, known(count), skipped, this.tuning);
		})();
		return this.skipping;
	}

	private membership(): Promise<Membership> {
		this.members ??= membership(this.db, this.plan, this.sized, this.tuning);
		return this.members;
	}

	private order(): Promise<Ordered> {
		this.ordered ??= (async () => {
			const read = await byWord(this.db, this.plan, this.tuning, this.tuning.wordReadMax);
			if (read) return read;
			return order(this.db, this.plan, this.tuning, await this.membership(), this.walkSize);
		})();
		return this.ordered;
	}

	private enqueueScan(need: number): Promise<void> {
		const scan = this.queue.then(() => this.scan(need));
		// a failed scan must not block the next one
		this.queue = scan.catch(() => undefined);
		return scan;
	}

	// reads on along the sort index until `need` matches are found, the budget is spent or the walk
	// ends; contacts are checked with core's predicate, so the order is the index's own
	private scan(need: number): Promise<void> {
		if (this.stopped || this.exhausted || this.found.length >= need) return Promise.resolve();
		if (this.scanned >= this.tuning.scanBudget) return Promise.resolve();
		const matches = compileQuery(this.plan.query);
		const range = idbRange(keyRangeConstructor(this.db), this.plan.walk.range);
		const resume = this.resume;
		return new Promise<void>((resolve, reject) => {
			const tx = this.db.backendDB().transaction('contacts', 'readonly');
			const request = tx
				.objectStore('contacts')
				.index(this.plan.walk.index)
				.openCursor(range, this.plan.direction);
			let phase: 'open' | 'skip' | 'scan' = resume ? 'open' : 'scan';
			request.onsuccess = () => {
				const cursor = request.result;
				if (!cursor) {
					this.exhausted = true;
					return;
				}
				if (phase === 'open' && resume) {
					phase = 'skip';
					// continuePrimaryKey must move forwards: already there when the last scan ended on
					// the first entry
					const there =
						cursor.primaryKey === resume.id &&
						compareKeys(cursor.key as IndexKey, resume.key as IndexKey) === 0;
					if (!there) {
						cursor.continuePrimaryKey(resume.key, resume.id);
						return;
					}
				}
				if (phase === 'skip') {
					// the entry the last scan ended on
					phase = 'scan';
					cursor.continue();
					return;
				}
				const contact = cursor.value as Contact;
				this.scanned += 1;
				this.resume = { key: cursor.key, id: contact.id };
				if (matches(contact)) this.found.push(contact);
				if (this.found.length >= need || this.scanned >= this.tuning.scanBudget) return;
				cursor.continue();
			};
			request.onerror = () => reject(request.error ?? new Error('cursor failed'));
			tx.oncomplete = () => resolve();
			tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
		});
	}
}

// ---------------------------------------------------------------------------------------------
// walking an index range with anchors

interface Anchor {
	/** position in the walk, counting every index entry (skipped ones too) */
	pos: number;
	key: IDBValidKey;
	id: string;
}

interface WalkResult {
	contacts: Contact[];
	/** false when the walk stopped early to let writers in; it resumes from the last anchor */
	finished: boolean;
}

type KeyRangeConstructor = typeof IDBKeyRange;

/** the rows of a range plan, read with cursors from the nearer end */
class RangeWalker {
	// anchors by bucket (pos / anchorStep), for each end of the range
	private readonly anchors = {
		forward: new Map<number, Anchor>(),
		backward: new Map<number, Anchor>()
	};
	// the stored anchors of the walk's index (db/list-anchors.ts), by position, for the end that
	// walks the index ascending (see `cost`)
	private stored: Anchor[] | undefined;
	private loading: Promise<void> | undefined;
	private warming: Promise<void> | undefined;
	private refreshing = false;
	private stopped = false;

	constructor(
		private readonly db: CarnetDatabase,
		private readonly plan: Plan,
		private readonly count: Lazy<number>,
		readonly skipped: Skipped | undefined,
		private readonly tuning: ListTuning
	) {}

	async page(offset: number, limit: number): Promise<Contact[]> {
		if (limit <= 0 || offset < 0) return [];
		// near the start (the first screen), or an anchor away, the walk from the start is short
		// whatever the size: it needs no count, which walks the whole range
		if (this.skipped === undefined && this.cost('forward', offset) <= this.tuning.anchorStep) {
			return this.read('forward', offset, limit);
		}
		await this.loadStored();
		const count = await this.count();
		const take = Math.min(limit, count - offset);
		if (take <= 0) return [];
		const endOffset = count - offset - take;
		// a far jump with no anchor near surveys the book (all sorts at once) rather than walk there
		const nearest = Math.min(this.cost('forward', offset), this.cost('backward', endOffset));
		if (this.surveys() && count >= this.tuning.surveyFrom && nearest > count * SURVEY_SHARE) {
			await this.survey();
		}
		if (this.cost('backward', endOffset) < this.cost('forward', offset)) {
			return (await this.read('backward', endOffset, take)).reverse();
		}
		return this.read('forward', offset, take);
	}

	/**
	 * prepares every later jump: reads the stored anchors, or surveys the book for them, or (a range
	 * no survey covers, or a small one) walks the whole range once, leaving anchors everywhere
	 */
	warm(): Promise<void> {
		this.warming ??= (async () => {
			await this.loadStored();
			if (this.stored) return;
			const count = await this.count();
			if (this.surveys() && count >= this.tuning.surveyFrom && (await this.survey())) return;
			// from the end the index's own order starts at (see `cost`); skips are tracked from the start
			const end = this.skipped === undefined ? this.ascendingEnd() : 'forward';
			await this.read(end, count - 1, 1);
		})();
		return this.warming;
	}

	// the end of the walk that reads the index in its ascending order
	private ascendingEnd(): 'forward' | 'backward' {
		return this.plan.direction === 'next' ? 'forward' : 'backward';
	}

	/**
	 * how many index entries a walk from this end steps over to reach row `target`. chromium seeks to
	 * an anchor (continuePrimaryKey) only on an ascending cursor: a descending one steps there entry by
	 * entry (measured at a million contacts: a jump from the end to 73 % took 28 s with an anchor a
	 * few rows away), so from that end an anchor saves nothing
	 */
	private cost(end: 'forward' | 'backward', target: number): number {
		if (end === 'backward' && this.skipped !== undefined) return Number.POSITIVE_INFINITY;
		if (end !== this.ascendingEnd()) return target;
		return target - this.nearest(end, target).pos;
	}

	// the walk is a whole sort index, whose anchors a survey stores
	private surveys(): boolean {
		return !this.plan.walkIsFilter && keepsAnchors(this.db);
	}

	private async survey(): Promise<boolean> {
		// another session may have surveyed since this one looked
		await this.loadStored();
		if (this.stored) return true;
		// a survey that failed (a worker that could not start) leaves the walk to do the work
		const stored = await surveyAnchors(this.db).catch((error: unknown) => {
			console.error(error);
			return false;
		});
		if (!stored) return false;
		await this.loadStored();
		return this.stored !== undefined;
	}

	// once per walk: the worker runs one refresh at a time and sessions come and go with every write
	private refresh(): void {
		if (this.refreshing) return;
		this.refreshing = true;
		surveyAnchors(this.db).catch((error: unknown) => console.error(error));
	}

	// none found is not kept: another session's survey (or another tab's) may store them meanwhile
	private loadStored(): Promise<void> {
		if (this.stored) return Promise.resolve();
		this.loading ??= (async () => {
			try {
				if (!this.surveys()) return;
				const size = await total(this.db);
				const { anchors: row, refresh } = await loadAnchors(this.db, this.plan.walk.index, size);
				// the anchors worker brings them up to date in the background (see loadAnchors)
				if (refresh) this.refresh();
				// skips are tracked from the start only, the descending end of a descending walk
				if (row && (this.skipped === undefined || this.plan.direction === 'next')) {
					this.stored = storedAnchors(row);
				}
			} finally {
				this.loading = undefined;
			}
		})();
		return this.loading;
	}

	/** ends walks in progress after their current transaction */
	stop(): void {
		this.stopped = true;
	}

	private async read(
		end: 'forward' | 'backward',
		target: number,
		take: number
	): Promise<Contact[]> {
		for (;;) {
			if (this.stopped) return [];
			const result = await this.walkOnce(end, target, take);
			if (result.finished) return result.contacts;
		}
	}

	// the anchor with the largest position whose row index (skipped rows not counted) is <= target
	private nearest(end: 'forward' | 'backward', target: number): Anchor | { pos: 0 } {
		const walked = this.nearestWalked(end, target);
		const stored = this.nearestStored(end, target);
		return stored && stored.pos > walked.pos ? stored : walked;
	}

	private nearestWalked(end: 'forward' | 'backward', target: number): Anchor | { pos: 0 } {
		const anchors = this.anchors[end];
		const extra = end === 'forward' ? (this.skipped?.size ?? 0) : 0;
		const step = this.tuning.anchorStep;
		for (let bucket = Math.floor((target + extra) / step); bucket > 0; bucket--) {
			const anchor = anchors.get(bucket);
			if (anchor && this.rowIndex(end, anchor.pos, anchor.key, anchor.id) <= target) return anchor;
		}
		return { pos: 0 };
	}

	// the row index grows with the position, so the stored anchors are searched by halves
	private nearestStored(end: 'forward' | 'backward', target: number): Anchor | undefined {
		const anchors = (end === this.ascendingEnd() ? this.stored : undefined) ?? [];
		let low = 0;
		let high = anchors.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			const anchor = anchors[middle];
			if (anchor && this.rowIndex(end, anchor.pos, anchor.key, anchor.id) <= target) {
				low = middle + 1;
			} else high = middle;
		}
		return anchors[low - 1];
	}

	private rowIndex(end: 'forward' | 'backward', pos: number, key: IDBValidKey, id: string): number {
		if (end === 'backward' || this.skipped === undefined) return pos;
		return pos - this.skipped.rank(key as IndexKey, id);
	}

	private walkOnce(end: 'forward' | 'backward', target: number, take: number): Promise<WalkResult> {
		const start = this.nearest(end, target);
		const anchors = this.anchors[end];
		const skipped = end === 'forward' ? this.skipped : undefined;
		const direction: IDBCursorDirection =
			(end === 'forward') === (this.plan.direction === 'next') ? 'next' : 'prev';
		const range = idbRange(keyRangeConstructor(this.db), this.plan.walk.range);
		const idb = this.db.backendDB();
		const { anchorStep, rowsPerTransaction } = this.tuning;

		return new Promise<WalkResult>((resolve, reject) => {
			const tx = idb.transaction('contacts', 'readonly');
			const store = tx.objectStore('contacts');
			const request = store.index(this.plan.walk.index).openKeyCursor(range, direction);
			const contacts: Contact[] = [];
			// the ids of the rows, read before any record: a record read in the same transaction would
			// drop what the cursor read ahead, and each entry would cost a round trip
			const ids: string[] = [];
			let finished = true;
			let pos = 0;
			let moved = 0;
			let phase: 'open' | 'seek' | 'collect' = 'open';

			// the records all at once, once the cursor is done
			const readRecords = (): void => {
				ids.forEach((id, slot) => {
					const get = store.get(id);
					get.onsuccess = () => {
						const contact = get.result as Contact | undefined;
						if (contact) contacts[slot] = contact;
					};
				});
			};

			request.onsuccess = () => {
				const cursor = request.result;
				if (!cursor) {
					readRecords();
					return;
				}
				if (phase === 'open') {
					phase = 'seek';
					if ('key' in start) {
						pos = start.pos;
						cursor.continuePrimaryKey(start.key, start.id);
						return;
					}
				}
				const id = cursor.primaryKey as string;
				const bucket = Math.floor(pos / anchorStep);
				if (bucket > 0 && !anchors.has(bucket)) anchors.set(bucket, { pos, key: cursor.key, id });
				if (phase === 'seek') {
					const need = target - (pos - (skipped?.rank(cursor.key as IndexKey, id) ?? 0));
					if (need > 0) {
						// every stop after the first step is on a bucket boundary, so an anchor for this
						// position was just recorded and the next transaction resumes from it
						if (moved >= rowsPerTransaction) {
							finished = false;
							return;
						}
						const step = Math.min(need, anchorStep - (pos % anchorStep));
						pos += step;
						moved += step;
						cursor.advance(step);
						return;
					}
					phase = 'collect';
				}
				if (!skipped?.ids.has(id)) ids.push(id);
				if (ids.length >= take) {
					readRecords();
					return;
				}
				pos += 1;
				cursor.continue();
			};
			request.onerror = () => reject(request.error ?? new Error('cursor failed'));
			tx.oncomplete = () => resolve({ contacts: contacts.filter(Boolean), finished });
			tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
		});
	}
}

// the stored anchors as the walk's anchors. one at position 0 is left out: a cursor cannot continue
// to the entry it opened on
function storedAnchors(row: StoredAnchors): Anchor[] {
	const anchors: Anchor[] = [];
	row.positions.forEach((pos, i) => {
		const key = row.keys[i];
		const id = row.ids[i];
		if (pos > 0 && key !== undefined && id !== undefined) {
			anchors.push({ pos, key: key as IDBValidKey, id });
		}
	});
	return anchors;
}

function keyRangeConstructor(db: CarnetDatabase): KeyRangeConstructor {
	// the implementation dexie was given (fake-indexeddb in tests), else the browser's own
	return (db._options.IDBKeyRange ?? globalThis.IDBKeyRange) as KeyRangeConstructor;
}

function idbRange(KeyRange: KeyRangeConstructor, range: KeyRangeSpec): IDBKeyRange | null {
	const { lower, upper, lowerOpen = false, upperOpen = false } = range;
	if (lower === undefined && upper === undefined) return null;
	if (lower === undefined) return KeyRange.upperBound(upper, upperOpen);
	if (upper === undefined) return KeyRange.lowerBound(lower, lowerOpen);
	return KeyRange.bound(lower, upper, lowerOpen, upperOpen);
}

// ---------------------------------------------------------------------------------------------
// sessions and the public functions

/**
 * one query over one database: the plan, its resolution and the walk's anchors, computed on first
 * use and kept until `invalidate` (called for every change to the contacts table, see `sessionFor`).
 */
export class ContactListSession {
	readonly query: NormalizedQuery;
	private planned: Promise<Plan> | undefined;
	private resolved: Promise<Resolved> | undefined;

	constructor(
		readonly db: CarnetDatabase,
		query: ContactQuery,
		readonly tuning: Readonly<ListTuning> = DEFAULT_TUNING
	) {
		this.query = normalizeQuery(query);
	}

	/** how many contacts match */
	async count(): Promise<number> {
		// no filter or one that a stored count answers: no plan, no walk
		const facet = queryFacet(this.query);
		if (facet && keepsCounts(this.db)) return storedCount(this.db, facet);
		const resolved = await this.resolve();
		switch (resolved.kind) {
			case 'range':
				return resolved.count();
			case 'filtered':
				return resolved.list.count();
			case 'rows':
				return resolved.rows.length;
			case 'ids':
				return resolved.ids.length;
		}
	}

	/** the matching contacts at [offset, offset + limit) in the query's order */
	async page(offset: number, limit: number): Promise<Contact[]> {
		const start = Math.max(0, Math.floor(offset));
		const size = Math.max(0, Math.floor(limit));
		const resolved = await this.resolve();
		switch (resolved.kind) {
			case 'rows':
				return resolved.rows.slice(start, start + size);
			case 'ids': {
				const contacts = await this.db.contacts.bulkGet(resolved.ids.slice(start, start + size));
				return contacts.filter((contact): contact is Contact => contact !== undefined);
			}
			case 'range':
				return resolved.walker.page(start, size);
			case 'filtered':
				return resolved.list.page(start, size);
		}
	}

	/** every matching id, in the query's order */
	async ids(): Promise<string[]> {
		const resolved = await this.resolve();
		switch (resolved.kind) {
			case 'rows':
				return resolved.rows.map((contact) => contact.id);
			case 'ids':
				return [...resolved.ids];
			case 'filtered':
				return resolved.list.ids();
			case 'range': {
				const skipped = resolved.walker.skipped;
				const plan = await this.plan();
				const walked = await collection(this.db, plan.walk).primaryKeys();
				const ids = skipped ? walked.filter((id) => !skipped.ids.has(id)) : walked;
				return plan.direction === 'next' ? ids : ids.reverse();
			}
		}
	}

	/**
	 * how the query is answered (see the top of this file): 'range', 'range-skipping', 'rows' (held in
	 * memory), 'scan' (first pages checked one by one), 'words' (first pages from the words index) or
	 * 'ids' (the whole result ordered, pages read by id). for tests, benchmarks and curious developers.
	 */
	async explain(): Promise<'range' | 'range-skipping' | 'scan' | 'words' | 'rows' | 'ids'> {
		const resolved = await this.resolve();
		if (resolved.kind === 'filtered') return resolved.list.kind();
		if (resolved.kind !== 'range') return resolved.kind;
		return resolved.walker.skipped ? 'range-skipping' : 'range';
	}

	/**
	 * walks a range plan's whole index once, in short transactions, leaving an anchor every
	 * `anchorStep` rows: after it, a jump anywhere advances at most that far. worth starting once the
	 * first screen is shown; other plans need nothing.
	 */
	async warm(): Promise<void> {
		const resolved = await this.resolve();
		if (resolved.kind === 'range') await resolved.walker.warm();
		if (resolved.kind === 'filtered') await resolved.list.warm();
	}

	/** forgets everything computed (and stops a warm-up); the next call starts over */
	invalidate(): void {
		const resolved = this.resolved;
		this.resolved = undefined;
		// an import's contacts can have been deleted since
		this.planned = undefined;
		void resolved?.then(
			(result) => {
				if (result.kind === 'range') result.walker.stop();
				if (result.kind === 'filtered') result.list.stop();
			},
			() => undefined
		);
	}

	// the plan, once the ids of an import filter are read (no index holds them)
	private plan(): Promise<Plan> {
		this.planned ??= (async () => {
			const { importId, importChange } = this.query;
			if (importId === undefined) return planOf(this.query);
			const importIds = await contactsOfImport(this.db, importId, importChange);
			return planOf({ ...this.query, importIds });
		})();
		return this.planned;
	}

	private resolve(): Promise<Resolved> {
		if (!this.resolved) {
			const resolved = this.plan().then((plan) => resolve(this.db, plan, this.tuning));
			this.resolved = resolved;
			// a failed resolution must not stay cached
			resolved.catch(() => {
				if (this.resolved === resolved) this.invalidate();
			});
		}
		return this.resolved;
	}
}

// what the list shows on its first screen (state/contact-list.svelte.ts pages by 50)
const FIRST_SCREEN = 50;

// a few queries per database: the list on screen, a list page, the one before a filter changed
const MAX_SESSIONS = 8;
const sessions = new Map<
	string,
	{ db: CarnetDatabase; byQuery: Map<string, ContactListSession> }
>();
let listening = false;

/** the cached session for the query, dropped when the contacts table changes */
export function sessionFor(db: CarnetDatabase, query: ContactQuery): ContactListSession {
	if (!listening) {
		listening = true;
		// fired after every committed write, in this context and (through BroadcastChannel) in others
		Dexie.on('storagemutated', (parts) => {
			for (const [name, entry] of sessions) {
				// the counts too: a walk's size comes from them, and a repair changes only them
				const prefixes = [`idb://${name}/contacts/`, `idb://${name}/${COUNTS_TABLE}/`];
				const changed = Object.keys(parts).some((part) =>
					prefixes.some((prefix) => part.startsWith(prefix))
				);
				if (!changed) continue;
				for (const session of entry.byQuery.values()) session.invalidate();
				entry.byQuery.clear();
			}
		});
	}
	let entry = sessions.get(db.name);
	if (entry?.db !== db) {
		entry = { db, byQuery: new Map() };
		sessions.set(db.name, entry);
	}
	const key = JSON.stringify(normalizeQuery(query));
	let session = entry.byQuery.get(key);
	if (session) {
		// most recently used last
		entry.byQuery.delete(key);
	} else {
		session = new ContactListSession(db, query);
		const oldest = entry.byQuery.keys().next();
		if (entry.byQuery.size >= MAX_SESSIONS && !oldest.done) entry.byQuery.delete(oldest.value);
	}
	entry.byQuery.set(key, session);
	return session;
}

/** drops the cached sessions of the database: for a change that dexie does not report */
export function forgetSessions(db: CarnetDatabase): void {
	const entry = sessions.get(db.name);
	if (!entry) return;
	for (const session of entry.byQuery.values()) session.invalidate();
	entry.byQuery.clear();
}

// a dexie read over the whole contacts table, so that a liveQuery calling us depends on every
// contact (our cached answers would otherwise read nothing it can watch). it also opens the
// database, which the cursor walks need, and lets pending change events run before the cache is
// consulted.
async function watchContacts(db: CarnetDatabase): Promise<void> {
	await db.contacts.limit(1).toArray();
}

/** how many contacts match the query; a liveQuery around it reruns after any contact change */
export async function countMatching(db: CarnetDatabase, query: ContactQuery): Promise<number> {
	await watchContacts(db);
	return sessionFor(db, query).count();
}

/** the matching contacts at [offset, offset + limit), in the query's order */
export async function pageAt(
	db: CarnetDatabase,
	query: ContactQuery,
	offset: number,
	limit: number
): Promise<Contact[]> {
	await watchContacts(db);
	return sessionFor(db, query).page(offset, limit);
}

/**
 * prepares fast jumps for a list shown with this query (see ContactListSession.warm); call it without
 * awaiting once the first screen is up. a change to the contacts stops it.
 */
export async function warmList(db: CarnetDatabase, query: ContactQuery): Promise<void> {
	await sessionFor(db, query).warm();
}

/** every matching id, in the query's order: what "select all N matching" acts on */
export async function idsMatching(db: CarnetDatabase, query: ContactQuery): Promise<string[]> {
	await watchContacts(db);
	return sessionFor(db, query).ids();
}
