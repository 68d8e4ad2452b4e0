// the open suggestions as the duplicates page shows them: pairs tied into groups, best first.

import type { Contact } from '$lib/core/contact';
import { groupPairs } from '$lib/core/duplicates/group';
import { EXACT_REASON_CODES } from '$lib/core/duplicates/types';
import type { CarnetDatabase } from '$lib/db/database';
import { pairKey, type Suggestion } from '$lib/db/schema';
import { listOpenSuggestions } from '$lib/db/suggestions-repo';

const EXACT = new Set<string>(EXACT_REASON_CODES);

export function isExactSuggestion(suggestion: Pick<Suggestion, 'reasons'>): boolean {
	return suggestion.reasons.some((reason) => EXACT.has(reason.code));
}

/** what the page shows: one pair, or a group of three or more contacts with the pairs that tie them */
export interface SuggestionGroup {
	/** the contacts, in the order of the best pair first */
	ids: string[];
	suggestions: Suggestion[];
	score: number;
	exact: boolean;
}

/** the open suggestions as groups (a pair is a group of two), highest score first */
export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroup[] {
	const byPair = new Map(suggestions.map((row) => [row.pair, row]));
	const groups = groupPairs(suggestions.map(({ a, b, score }) => ({ a, b, score, reasons: [] })));
	return groups
		.map((group): SuggestionGroup => {
			const rows = group.pairs
				.map((pair) => byPair.get(pairKey(pair.a, pair.b)))
				.filter((row): row is Suggestion => row !== undefined);
			const first = rows[0];
			const ids = first
				? [first.a, first.b, ...group.ids.filter((id) => id !== first.a && id !== first.b)]
				: group.ids;
			return { ids, suggestions: rows, score: group.score, exact: rows.some(isExactSuggestion) };
		})
		.sort((x, y) => y.score - x.score || (x.ids[0] ?? '').localeCompare(y.ids[0] ?? ''));
}

/** the best `limit` open suggestions and the contacts they name */
export async function loadReview(
	db: CarnetDatabase,
	limit: number
): Promise<{ open: Suggestion[]; contacts: Map<string, Contact> }> {
	const open = await listOpenSuggestions(db, { limit });
	const ids = [...new Set(open.flatMap((row) => [row.a, row.b]))];
	const found = await db.contacts.bulkGet(ids);
	const contacts = new Map<string, Contact>();
	for (const contact of found) if (contact) contacts.set(contact.id, contact);
	return { open, contacts };
}
