// undoing a merge. the absorbed contact comes back from its snapshot; the survivor gets the changes
// made since the merge replayed on its own snapshot, so whatever only the absorbed contact brought
// leaves and every later edit stays. "later edits" include later merges: a value that a contact
// merged in afterwards also had is not the absorbed contact's alone, and stays.
//
// merges form chains (A+B, then +C; or A+B, then A absorbed into D). undoing one in the middle
// also rewrites the later records of its path (`rebased`), as if it had never happened, so that
// undoing those later restores their contacts without the absorbed one's values.
//
// lists: a membership only the absorbed contact brought leaves with it, even when the user left the
// list and joined it again after the merge: the contact looks the same either way, and the restored
// contact keeps the membership, so the person does not drop out of the list.
//
// subscription: the restored contact gets its own subscription back and the survivor its own,
// unless the subscription changed after the merge. suppressions live in the db and outlive all of
// this: an unsubscribe of the merged contact recorded the absorbed contact's identifiers too, so the
// caller runs applySuppressions on both results, as on any write (DESIGN §6).

import type { Contact, CustomValue } from '../contact';
import { contactKeys } from '../keys';
import { CUSTOM_PREFIX, customIds, customValue, isEmptyCustom } from './custom-values';
import { EMAIL_RULES, LIST_RULES, PHONE_RULES, unmergeEntries } from './identifier-lists';
import { unmergeNote } from './merge-notes';
import {
	TEXT_CHOICE_FIELDS,
	type MergeRecord,
	type MergeSide,
	type PlanUnmergeOptions,
	type TextChoiceField,
	type UnmergePlan
} from './merge-types';
import { provenanceOf } from './provenance';
import { copyContact, sameContact } from './same-data';
import { pathAfter, type PathStep } from './unmerge-scope';

/**
 * undoes `record` on `current`, the contact that holds its result now (its survivor, or whoever
 * absorbed that later: see unmergeScope). pure and deterministic (give `now` for that). with no
 * edit since the merge, the survivor comes back exactly as it was, updatedAt included.
 */
export function planUnmerge<R extends MergeRecord = MergeRecord>(
	current: Contact,
	record: MergeRecord,
	opts: PlanUnmergeOptions<R> = {}
): UnmergePlan<R> {
	const steps = pathAfter(record, opts.later ?? []);
	const holderId = steps.at(-1)?.record.survivorId ?? record.survivorId;
	// editing another contact than the one holding the merge would strip values from the wrong
	// person: that is a caller's mistake, not data
	if (current.id !== holderId) {
		throw new RangeError(`planUnmerge: the merge is held by ${holderId}, not by ${current.id}`);
	}
	const survivor = unmergeContact(current, record, steps.map(laterMerge), opts.now ?? Date.now());
	return {
		survivor: copyContact(survivor),
		restored: copyContact(record.absorbedBefore),
		rebased: steps.map((step, index) => rebase(step, record, steps.slice(0, index)))
	};
}

/** a later merge on the path */
interface LaterMerge {
	/** its input that held the earlier merge's result */
	held: Contact;
	/** its other input */
	other: Contact;
	/** its result */
	merged: Contact;
	/** its choice per field, and the side `other` was on */
	choices: Readonly<Record<string, MergeSide>>;
	otherSide: MergeSide;
}

/**
 * `contact` without what `record` brought into it. `later` are the later merges on the path; `now`
 * is the updatedAt of a changed result. a result equal to the survivor's snapshot is that
 * snapshot, with its own updatedAt.
 */
function unmergeContact(
	contact: Contact,
	record: MergeRecord,
	later: readonly LaterMerge[],
	now: number
): Contact {
	const { merged, survivorBefore: before } = record;
	const others = later.map((step) => step.other);
	const texts = {} as Record<TextChoiceField, string>;
	for (const field of TEXT_CHOICE_FIELDS) {
		texts[field] = unmergeValue(
			contact[field],
			merged[field],
			before[field],
			later.map((step) => ({
				value: step.other[field],
				chosen: tookOther(step, field, (snapshot) => snapshot[field])
			})),
			(value) => value === ''
		);
	}
	const fields = {
		...texts,
		phones: unmergeEntries(
			{
				current: contact.phones,
				merged: merged.phones,
				before: before.phones,
				others: others.map((other) => other.phones),
				primary: true
			},
			PHONE_RULES
		),
		emails: unmergeEntries(
			{
				current: contact.emails,
				merged: merged.emails,
				before: before.emails,
				others: others.map((other) => other.emails),
				primary: true
			},
			EMAIL_RULES
		),
		subscription: unmergeValue(
			contact.subscription,
			merged.subscription,
			before.subscription,
			later.map((step) => ({ value: step.other.subscription, chosen: false })),
			(value) => value === 'subscribed'
		)
	};
	const result: Contact = {
		id: contact.id,
		...fields,
		note: unmergeNote(
			contact.note,
			merged.note,
			before.note,
			others.map((other) => other.note)
		),
		listIds: unmergeEntries(
			{
				current: contact.listIds,
				merged: merged.listIds,
				before: before.listIds,
				others: others.map((other) => other.listIds),
				primary: false
			},
			LIST_RULES
		),
		custom: unmergeCustom(contact, record, later),
		// the earliest creation among the contacts that remain
		createdAt:
			contact.createdAt === merged.createdAt
				? Math.min(before.createdAt, ...others.map((other) => other.createdAt))
				: contact.createdAt,
		updatedAt: now,
		keys: contactKeys(fields)
	};
	return sameContact(result, before) ? before : result;
}

// a value changed since the merge stays, and so does a value a later merge took from its other
// input (by choice, or because that input had the same value); any other value goes back to the
// survivor's own. "no value" that merely agreed is not credited to a later contact: the survivor's
// own value fills the field again.
function unmergeValue<V>(
	current: V,
	merged: V,
	before: V,
	later: readonly { value: V; chosen: boolean }[],
	isEmpty: (value: V) => boolean
): V {
	if (current !== merged) return current;
	for (const step of later) {
		if (step.chosen || (step.value === current && !isEmpty(current))) return current;
	}
	return before;
}

function unmergeCustom(
	contact: Contact,
	record: MergeRecord,
	later: readonly LaterMerge[]
): Record<string, CustomValue> {
	const { merged, survivorBefore: before } = record;
	const custom: Record<string, CustomValue> = {};
	for (const id of customIds(before.custom, contact.custom, merged.custom)) {
		const value = unmergeValue<CustomValue | undefined>(
			customValue(contact.custom, id),
			customValue(merged.custom, id),
			customValue(before.custom, id),
			later.map((step) => ({
				value: customValue(step.other.custom, id),
				chosen: tookOther(step, `${CUSTOM_PREFIX}${id}`, (snapshot) =>
					customValue(snapshot.custom, id)
				)
			})),
			isEmptyCustom
		);
		if (value !== undefined) custom[id] = value;
	}
	return custom;
}

// whether the later merge's value of a field came from its other input. read from the values
// rather than the choice alone: once a record is rebased, the side it chose may no longer hold the
// value (it came from the contact that was unmerged). the choice settles a value both sides had.
function tookOther<V>(step: LaterMerge, field: string, pick: (contact: Contact) => V): boolean {
	const value = pick(step.merged);
	if (value !== pick(step.other)) return false;
	return value !== pick(step.held) || step.choices[field] === step.otherSide;
}

function laterMerge(step: PathStep<MergeRecord>): LaterMerge {
	const { record, side } = step;
	return {
		held: side === 'survivor' ? record.survivorBefore : record.absorbedBefore,
		other: side === 'survivor' ? record.absorbedBefore : record.survivorBefore,
		merged: record.merged,
		choices: record.choices,
		otherSide: side === 'survivor' ? 'absorbed' : 'survivor'
	};
}

// the later record as if `undone` had never happened: the input that held its result, and the
// result, lose what only the absorbed contact brought, and its events no longer move with it.
// snapshots keep their own updatedAt: they describe a past moment.
function rebase<R extends MergeRecord>(
	step: PathStep<R>,
	undone: MergeRecord,
	between: readonly PathStep<R>[]
): R {
	const { record } = step;
	const earlier = between.map(laterMerge);
	const survivorBefore =
		step.side === 'survivor'
			? unmergeContact(record.survivorBefore, undone, earlier, record.survivorBefore.updatedAt)
			: record.survivorBefore;
	const absorbedBefore =
		step.side === 'absorbed'
			? unmergeContact(record.absorbedBefore, undone, earlier, record.absorbedBefore.updatedAt)
			: record.absorbedBefore;
	const merged = unmergeContact(
		record.merged,
		undone,
		[...earlier, laterMerge(step)],
		record.merged.updatedAt
	);
	const moved = new Set(undone.movedEventIds);
	return {
		...record,
		survivorBefore: copyContact(survivorBefore),
		absorbedBefore: copyContact(absorbedBefore),
		merged: copyContact(merged),
		choices: { ...record.choices },
		provenance: provenanceOf(merged, survivorBefore, absorbedBefore, record.choices),
		movedEventIds: record.movedEventIds.filter((id) => !moved.has(id))
	};
}
