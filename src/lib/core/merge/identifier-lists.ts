// phones, e-mails and list memberships: a merge keeps every one of both contacts, an unmerge takes
// away those that only the absorbed contact brought. entries are matched by key (E.164, emailKey,
// list id); the entry itself may differ in what the key leaves out (a phone's kind, an address's
// spelling).

import type { Email, Phone } from '../contact';
import { emailKey } from '../email';

export interface EntryRules<T> {
	key: (entry: T) => string;
	/** the same entry in every detail */
	same: (a: T, b: T) => boolean;
}

export const PHONE_RULES: EntryRules<Phone> = {
	key: (phone) => phone.value,
	same: (a, b) => a.value === b.value && a.kind === b.kind
};

export const EMAIL_RULES: EntryRules<Email> = {
	key: (email) => emailKey(email.value),
	same: (a, b) => a.value === b.value
};

/** list ids, and anything else that is its own key (a note's paragraphs) */
export const LIST_RULES: EntryRules<string> = {
	key: (id) => id,
	same: (a, b) => a === b
};

/** every entry once, in order; of two entries with one key the first is kept */
export function uniteEntries<T>(entries: readonly T[], rules: EntryRules<T>): T[] {
	const seen = new Set<string>();
	const result: T[] = [];
	for (const entry of entries) {
		const key = rules.key(entry);
		if (seen.has(key)) continue;
		seen.add(key);
		result.push(entry);
	}
	return result;
}

export interface UnmergeEntriesInput<T> {
	/** the entries now */
	current: readonly T[];
	/** the entries the merge produced */
	merged: readonly T[];
	/** the survivor's entries before the merge */
	before: readonly T[];
	/** the entries of contacts merged in after it, which stay whatever the absorbed one had */
	others: readonly (readonly T[])[];
	/** whether the first entry is the primary one (phones, e-mails) */
	primary: boolean;
}

/**
 * the survivor's entries after an unmerge: the changes made since the merge, replayed on the
 * survivor's own entries. so the survivor's entries come back in their order and detail, an entry
 * removed since the merge stays removed, one added since stays, and an entry that only the
 * absorbed contact brought leaves. a primary chosen after the merge stays primary.
 */
export function unmergeEntries<T>(input: UnmergeEntriesInput<T>, rules: EntryRules<T>): T[] {
	const { key, same } = rules;
	const currentByKey = new Map(input.current.map((entry) => [key(entry), entry]));
	const mergedByKey = new Map(input.merged.map((entry) => [key(entry), entry]));
	const beforeKeys = new Set(input.before.map(key));
	const otherEntries = input.others.flat();

	const result: T[] = [];
	for (const entry of input.before) {
		const now = currentByKey.get(key(entry));
		if (now === undefined) continue;
		const atMerge = mergedByKey.get(key(entry));
		const changedSince = atMerge === undefined || !same(now, atMerge);
		const broughtLater = otherEntries.some((other) => same(other, now));
		result.push(changedSince || broughtLater ? now : entry);
	}
	for (const entry of input.current) {
		const entryKey = key(entry);
		if (beforeKeys.has(entryKey)) continue;
		const atMerge = mergedByKey.get(entryKey);
		if (atMerge === undefined) {
			result.push(entry);
			continue;
		}
		// the absorbed contact brought it; it stays only when a contact merged in later has it too,
		// and then in that contact's version unless it was changed since the merge
		const later = otherEntries.find((other) => key(other) === entryKey);
		if (later === undefined) continue;
		const unchanged = same(entry, atMerge) && !otherEntries.some((other) => same(other, entry));
		result.push(unchanged ? later : entry);
	}

	const first = input.current[0];
	const mergedFirst = input.merged[0];
	if (input.primary && first !== undefined) {
		const primaryKey = key(first);
		const index = result.findIndex((entry) => key(entry) === primaryKey);
		const changedSince = mergedFirst === undefined || key(mergedFirst) !== primaryKey;
		if (changedSince && index > 0) result.unshift(...result.splice(index, 1));
	}
	return result;
}
