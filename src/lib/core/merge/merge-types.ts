// the shapes of a merge and of its undo. a record is plain data (structured clone, json) and holds
// everything an unmerge needs, so that undoing a merge never has to read anything else but the
// contact as it is now and the records of the merges that came after it.

import type { Contact } from '../contact';

/** which of the two contacts of a merge: the one that stays, or the one that goes into it */
export type MergeSide = 'survivor' | 'absorbed';

/** the fields whose primary value the user picks when the two contacts differ, in form order */
export const CHOICE_FIELDS = [
	'firstName',
	'lastName',
	'alias',
	'organization',
	'phones',
	'emails',
	'birthDate',
	'street',
	'postalCode',
	'city',
	'region',
	'country'
] as const satisfies readonly (keyof Contact)[];

export type ChoiceField = (typeof CHOICE_FIELDS)[number];

/** the one-line text fields among them: the whole value is either one side's or the other's */
export type TextChoiceField = Exclude<ChoiceField, 'phones' | 'emails'>;

export const TEXT_CHOICE_FIELDS = CHOICE_FIELDS.filter(
	(field): field is TextChoiceField => field !== 'phones' && field !== 'emails'
);

/**
 * a field the merge screen asks about: a choice field or `custom.<fieldId>`. for 'phones' and
 * 'emails' the choice is the primary one; every other phone and e-mail is kept anyway.
 */
export type MergeField = ChoiceField | `custom.${string}`;

/**
 * per differing field, the side whose value wins. keys are MergeField strings; a differing field
 * that is missing takes its default (see defaultMergeChoices), a field that does not differ is
 * ignored.
 */
export type MergeChoices = Readonly<Record<string, MergeSide>>;

/** everything an unmerge needs; the db stores it with an id and an undoneAt */
export interface MergeRecord {
	survivorId: string;
	absorbedId: string;
	/** the survivor as it was just before the merge */
	survivorBefore: Contact;
	/** the absorbed contact as it was just before the merge: what an unmerge restores */
	absorbedBefore: Contact;
	/**
	 * the result as the merge produced it: a value of the contact that differs from it later was
	 * changed after the merge (by the user or by a later merge), and that change outlives an unmerge
	 */
	merged: Contact;
	/** the side that won, for every field that differed (defaults filled in) */
	choices: Record<string, MergeSide>;
	/**
	 * which contact each value of the result was taken from, for the merge history screen: keys are
	 * a field ('firstName', 'createdAt', 'subscription', 'note'), `custom.<fieldId>`,
	 * `phones.<E.164>`, `emails.<emailKey>` or `listIds.<listId>`; values are contact ids. a value
	 * both sides had is credited to the side whose entry was kept; a note made of both notes and
	 * empty values have no entry.
	 */
	provenance: Record<string, string>;
	/** the timeline events of the absorbed contact that now belong to the survivor */
	movedEventIds: string[];
	/** ms since epoch; records of one chain must be made in increasing `at` (see unmergeScope) */
	at: number;
}

export interface PlanMergeOptions {
	/** ms since epoch for the record and the result's updatedAt; Date.now() when absent */
	now?: number;
	/** the ids of the absorbed contact's timeline events, which move to the survivor */
	absorbedEventIds?: readonly string[];
}

export interface MergePlan {
	merged: Contact;
	record: MergeRecord;
}

export interface PlanUnmergeOptions<R extends MergeRecord> {
	/** ms since epoch for the survivor's updatedAt; Date.now() when absent */
	now?: number;
	/**
	 * the active (not undone) merge records that may have come after this one, in the order they
	 * were made. only those on the record's path (later merges into the survivor, or the merge that
	 * absorbed it, and so on) are used; passing more is harmless.
	 */
	later?: readonly R[];
}

export interface UnmergePlan<R extends MergeRecord> {
	/** the contact that held the merge, without what came only from the absorbed contact */
	survivor: Contact;
	/** the absorbed contact with its own id and its values as they were before the merge */
	restored: Contact;
	/**
	 * the later records of the path, rewritten as if this merge had never happened; they replace
	 * the stored ones, so that undoing them later restores contacts without the absorbed one's values
	 */
	rebased: R[];
}
