// the pure half of the contact list: what a query means for one contact, and the order of a sort.
// the db layer narrows candidates with indexes and then relies on exactly these functions, so the
// index path and the in-memory path cannot drift apart. the sort order is the order IndexedDB gives
// the sort index: by the index key, then by id (ties in an index are ordered by primary key), and
// reversed as a whole for 'desc'.

import type { Contact, Subscription } from './contact';
import { MISSING_KEY } from './missing-key';
import { matchesSearch, searchQueryTokens } from './search-query';

export type ContactSort = 'name' | 'email' | 'callingCode' | 'phone' | 'createdAt';
export type SortDirection = 'asc' | 'desc';

export interface ContactQuery {
	sort: ContactSort;
	direction: SortDirection;
	/** text search on name, e-mail and phone (see search.ts) */
	search?: string;
	listId?: string;
	subscription?: Subscription;
	/** of the primary phone, with or without '+': '49', '+49' */
	callingCode?: string;
	hasPhone?: boolean;
	hasEmail?: boolean;
	/** createdAt at or after, ms since epoch */
	createdFrom?: number;
	/** createdAt at or before, ms since epoch */
	createdTo?: number;
	/** only the contacts this import job created or updated (see importChange) */
	importId?: string;
	/** with importId: only those it created, or only those it updated; both when absent */
	importChange?: ImportChangeKind;
}

export type ImportChangeKind = 'created' | 'updated';

/** a query with blanks removed and the search cut into tokens: what the list engine works with */
export interface NormalizedQuery {
	sort: ContactSort;
	direction: SortDirection;
	tokens: string[];
	listId?: string;
	subscription?: Subscription;
	callingCode?: string;
	hasPhone?: boolean;
	hasEmail?: boolean;
	createdFrom?: number;
	createdTo?: number;
	importId?: string;
	importChange?: ImportChangeKind;
	/**
	 * the ids of the contacts an import filter stands for. a contact does not record which imports
	 * updated it, so the db layer reads them from the job's changes and puts them here; until then an
	 * import filter matches nothing
	 */
	importIds?: ReadonlySet<string>;
}

export const CONTACT_SORTS: readonly ContactSort[] = [
	'name',
	'email',
	'callingCode',
	'phone',
	'createdAt'
];

export function normalizeQuery(query: ContactQuery): NormalizedQuery {
	const normalized: NormalizedQuery = {
		sort: query.sort,
		direction: query.direction,
		tokens: searchQueryTokens(query.search ?? '')
	};
	if (query.listId) normalized.listId = query.listId;
	if (query.subscription) normalized.subscription = query.subscription;
	const callingCode = (query.callingCode ?? '').replace(/^\s*\+/, '').trim();
	if (callingCode !== '') normalized.callingCode = callingCode;
	if (query.hasPhone !== undefined) normalized.hasPhone = query.hasPhone;
	if (query.hasEmail !== undefined) normalized.hasEmail = query.hasEmail;
	if (Number.isFinite(query.createdFrom)) normalized.createdFrom = query.createdFrom;
	if (Number.isFinite(query.createdTo)) normalized.createdTo = query.createdTo;
	if (query.importId) {
		normalized.importId = query.importId;
		if (query.importChange) normalized.importChange = query.importChange;
	}
	return normalized;
}

/** true when the query narrows the list at all (search or any filter) */
export function isFiltered(query: ContactQuery | NormalizedQuery): boolean {
	const normalized = 'tokens' in query ? query : normalizeQuery(query);
	return (
		normalized.tokens.length > 0 ||
		normalized.listId !== undefined ||
		normalized.subscription !== undefined ||
		normalized.callingCode !== undefined ||
		normalized.hasPhone !== undefined ||
		normalized.hasEmail !== undefined ||
		normalized.createdFrom !== undefined ||
		normalized.createdTo !== undefined ||
		normalized.importId !== undefined
	);
}

/** the predicate of a query, with its search tokens computed once for many contacts */
export function compileQuery(query: ContactQuery | NormalizedQuery): (contact: Contact) => boolean {
	const q = 'tokens' in query ? query : normalizeQuery(query);
	return (contact) =>
		(q.listId === undefined || contact.listIds.includes(q.listId)) &&
		(q.subscription === undefined || contact.subscription === q.subscription) &&
		(q.callingCode === undefined || contact.keys.callingCode === q.callingCode) &&
		(q.hasPhone === undefined || (contact.keys.phone !== MISSING_KEY) === q.hasPhone) &&
		(q.hasEmail === undefined || (contact.keys.email !== MISSING_KEY) === q.hasEmail) &&
		(q.createdFrom === undefined || contact.createdAt >= q.createdFrom) &&
		(q.createdTo === undefined || contact.createdAt <= q.createdTo) &&
		(q.importId === undefined || q.importIds?.has(contact.id) === true) &&
		matchesSearch(contact.keys.tokens, q.tokens);
}

/** whether the contact is in the query's result (the sort is ignored) */
export function matchesQuery(contact: Contact, query: ContactQuery | NormalizedQuery): boolean {
	return compileQuery(query)(contact);
}

/** a key as IndexedDB orders it: the types the contact indexes use */
export type IndexKey = string | number | readonly IndexKey[];

/** the key the sort's index holds for the contact */
export function sortKeyOf(contact: Contact, sort: ContactSort): IndexKey {
	switch (sort) {
		case 'name':
			return contact.keys.name;
		case 'email':
			return contact.keys.email;
		case 'phone':
			return contact.keys.phone;
		// by name within a calling code: the compound index gives that order for free
		case 'callingCode':
			return [contact.keys.callingCode, contact.keys.name];
		case 'createdAt':
			return contact.createdAt;
	}
}

/** the order of the list: the sort's key, then the id, all reversed for 'desc' */
export function compareForSort(
	sort: ContactSort,
	direction: SortDirection
): (a: Contact, b: Contact) => number {
	const sign = direction === 'desc' ? -1 : 1;
	return (a, b) =>
		sign * (compareKeys(sortKeyOf(a, sort), sortKeyOf(b, sort)) || compareKeys(a.id, b.id));
}

/**
 * IndexedDB's order (https://w3c.github.io/IndexedDB/#compare-two-keys) for the key types carnet
 * indexes: numbers before strings before arrays, strings by UTF-16 code unit (which is what `<` does
 * on javascript strings), arrays element by element.
 */
export function compareKeys(a: IndexKey, b: IndexKey): number {
	const rankA = rank(a);
	const rankB = rank(b);
	if (rankA !== rankB) return rankA - rankB;
	if (typeof a === 'object' && typeof b === 'object') {
		for (let i = 0; i < Math.min(a.length, b.length); i++) {
			const order = compareKeys(a[i] ?? '', b[i] ?? '');
			if (order !== 0) return order;
		}
		return a.length - b.length;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

function rank(key: IndexKey): number {
	return typeof key === 'number' ? 0 : typeof key === 'string' ? 1 : 2;
}
