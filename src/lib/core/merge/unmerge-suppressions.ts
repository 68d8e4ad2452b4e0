// subscription memory on an unmerge (DESIGN §6). a merge whose result is unsubscribed suppresses
// every phone and e-mail of that result; the suppressions it added itself exist only because the
// two contacts were one. the rule settled for issue 7:
//
// - undoing the merge lifts the suppressions it added, on both sides, so a contact that never
//   unsubscribed does not come back unsubscribed;
// - when the contact that holds the merge comes back subscribed, the suppressions that later merges
//   on its path added are lifted too: they were added only because this merge had made the chain
//   unsubscribed (A+B where B unsubscribed, then +C: unmerging B frees C's identifiers as well);
// - a key a result that stays unsubscribed still carries is kept: that contact needs it. when the
//   holder keeps a key this merge added, the latest later merge on the path takes it over, so that
//   undoing that one lifts it in turn;
// - only suppressions that are still the merges' own are lifted (the db checks the reason and the
//   date): one the person asked for (unsubscribe, import) is never lifted by an unmerge;
// - afterwards both results go through subscription memory as on any write: a key that is still
//   suppressed, whoever asked for it, makes its contact unsubscribed.

import type { Contact } from '../contact';
import { suppressionKeysOf } from '../suppression';

export interface UnmergeSuppressionInput {
	/** the keys the undone merge added */
	added: readonly string[];
	/** the keys each later merge on the path added, in the order of the path */
	later: readonly (readonly string[])[];
	/** the holder as the unmerge leaves it (planUnmerge's survivor) */
	survivor: Pick<Contact, 'phones' | 'emails' | 'subscription'>;
	/** the contact the unmerge brings back */
	restored: Pick<Contact, 'phones' | 'emails' | 'subscription'>;
}

export interface UnmergeSuppressionPlan {
	/** keys to lift, if their suppression is still the adding merge's own */
	lift: string[];
	/** keys the undone merge added that the holder still needs: the last later merge takes them */
	handOver: string[];
}

export function unmergeSuppressions(input: UnmergeSuppressionInput): UnmergeSuppressionPlan {
	const holderKeys = keysOf(input.survivor);
	const needed = new Set<string>();
	if (input.survivor.subscription === 'unsubscribed') for (const key of holderKeys) needed.add(key);
	if (input.restored.subscription === 'unsubscribed') {
		for (const key of keysOf(input.restored)) needed.add(key);
	}
	const candidates = new Set(input.added);
	if (input.survivor.subscription === 'subscribed') {
		for (const keys of input.later) for (const key of keys) candidates.add(key);
	}
	const held = new Set(holderKeys);
	return {
		lift: [...candidates].filter((key) => !needed.has(key)),
		handOver:
			input.later.length === 0 ? [] : input.added.filter((key) => needed.has(key) && held.has(key))
	};
}

function keysOf(contact: Pick<Contact, 'phones' | 'emails'>): string[] {
	return suppressionKeysOf(contact).map((identifier) => identifier.key);
}
