// the filters of the contact list that a stored count can answer alone: every contact, has a phone,
// has an e-mail, each calling code, unsubscribed, each list. the db layer keeps one number per facet
// up to date on every write (db/contact-counts.ts), because counting an index range at a million
// contacts takes seconds. each facet is defined exactly as the list engine's index for that filter
// (core's compileQuery agrees with it for every contact that core's contactKeys made), so a stored
// count equals the count the engine would walk.

import type { ContactKeys } from './contact';
import type { NormalizedQuery } from './contact-query';
import { MISSING_KEY } from './missing-key';

/** the key of every contact's facet: the size of the whole book */
export const ALL_FACET = 'all';
export const PHONE_FACET = 'has:phone';
export const EMAIL_FACET = 'has:email';
export const UNSUBSCRIBED_FACET = 'unsubscribed';

export const callingCodeFacet = (callingCode: string): string => `code:${callingCode}`;
export const listFacet = (listId: string): string => `list:${listId}`;

/** what a contact's facets are read from; loose, because a stored record is not checked on write */
export interface FacetSource {
	keys?: Partial<Pick<ContactKeys, 'phone' | 'email' | 'callingCode' | 'unsubscribed'>>;
	listIds?: readonly string[];
}

/** the facets a contact counts towards, each once */
export function contactFacets(contact: FacetSource): string[] {
	const facets = [ALL_FACET];
	const keys = contact.keys;
	if (keys) {
		// the "has one" filters are the index range below U+FFFF (see the list engine's `presence`)
		if (typeof keys.phone === 'string' && keys.phone < MISSING_KEY) facets.push(PHONE_FACET);
		if (typeof keys.email === 'string' && keys.email < MISSING_KEY) facets.push(EMAIL_FACET);
		if (keys.unsubscribed === 1) facets.push(UNSUBSCRIBED_FACET);
		if (typeof keys.callingCode === 'string') facets.push(callingCodeFacet(keys.callingCode));
	}
	// a contact is a member once, however often a list id were repeated
	for (const listId of new Set(contact.listIds ?? [])) facets.push(listFacet(listId));
	return facets;
}

/** a stored count, or everything but it ("has no e-mail" is all contacts minus those with one) */
export interface FacetCount {
	key: string;
	negate: boolean;
}

/**
 * the stored count that answers the query's match count: no filter at all, or exactly one facet
 * filter. undefined when the query searches, filters by creation date or import, or combines filters
 */
export function queryFacet(query: NormalizedQuery): FacetCount | undefined {
	const { tokens, createdFrom, createdTo, importId } = query;
	if (tokens.length > 0 || createdFrom !== undefined || createdTo !== undefined) return undefined;
	if (importId !== undefined) return undefined;
	const facets: FacetCount[] = [];
	if (query.listId !== undefined) facets.push({ key: listFacet(query.listId), negate: false });
	if (query.subscription !== undefined) {
		facets.push({ key: UNSUBSCRIBED_FACET, negate: query.subscription === 'subscribed' });
	}
	if (query.callingCode !== undefined) {
		facets.push({ key: callingCodeFacet(query.callingCode), negate: false });
	}
	if (query.hasPhone !== undefined) facets.push({ key: PHONE_FACET, negate: !query.hasPhone });
	if (query.hasEmail !== undefined) facets.push({ key: EMAIL_FACET, negate: !query.hasEmail });
	if (facets.length === 0) return { key: ALL_FACET, negate: false };
	return facets.length === 1 ? facets[0] : undefined;
}
