// a merge of two contacts into one, as data: the result and the record that undoes it. nothing of
// either contact is lost: every phone, e-mail and list of both is kept, and every value that did not
// win is in the record's snapshots.

import type { Contact, CustomValue } from '../contact';
import { contactKeys } from '../keys';
import { CUSTOM_PREFIX, customIds, customValue } from './custom-values';
import { resolveChoices } from './default-choices';
import { EMAIL_RULES, LIST_RULES, PHONE_RULES, uniteEntries } from './identifier-lists';
import { combineNotes } from './merge-notes';
import {
	TEXT_CHOICE_FIELDS,
	type MergeChoices,
	type MergePlan,
	type MergeSide,
	type PlanMergeOptions,
	type TextChoiceField
} from './merge-types';
import { provenanceOf } from './provenance';
import { copyContact } from './same-data';

/**
 * merges `absorbed` into `survivor`. the result keeps the survivor's id; pure and deterministic
 * (give `now` for that). a contact cannot absorb itself: that is a caller's mistake, not data.
 */
export function planMerge(
	survivor: Contact,
	absorbed: Contact,
	choices: MergeChoices = {},
	opts: PlanMergeOptions = {}
): MergePlan {
	if (survivor.id === absorbed.id)
		throw new RangeError('planMerge: a contact cannot absorb itself');
	const now = opts.now ?? Date.now();
	const resolved = resolveChoices(survivor, absorbed, choices);
	const side = (field: string): Contact => (resolved[field] === 'absorbed' ? absorbed : survivor);
	const otherSide = (field: string): Contact =>
		resolved[field] === 'absorbed' ? survivor : absorbed;

	const texts = {} as Record<TextChoiceField, string>;
	for (const field of TEXT_CHOICE_FIELDS) texts[field] = side(field)[field];

	// the older note first, so the combined note reads in the order it was written
	const [olderNote, newerNote] =
		absorbed.updatedAt < survivor.updatedAt
			? [absorbed.note, survivor.note]
			: [survivor.note, absorbed.note];

	const fields = {
		...texts,
		phones: uniteEntries([...side('phones').phones, ...otherSide('phones').phones], PHONE_RULES),
		emails: uniteEntries([...side('emails').emails, ...otherSide('emails').emails], EMAIL_RULES),
		// either side being unsubscribed is a rule, not a choice: consent given on one record does not
		// cancel a refusal given on the other (DESIGN §6)
		subscription:
			survivor.subscription === 'unsubscribed' || absorbed.subscription === 'unsubscribed'
				? ('unsubscribed' as const)
				: ('subscribed' as const)
	};
	const merged: Contact = {
		id: survivor.id,
		...fields,
		note: combineNotes(olderNote, newerNote),
		listIds: uniteEntries([...survivor.listIds, ...absorbed.listIds], LIST_RULES),
		custom: mergeCustom(survivor, absorbed, resolved),
		createdAt: Math.min(survivor.createdAt, absorbed.createdAt),
		updatedAt: now,
		keys: contactKeys(fields)
	};
	const record = {
		survivorId: survivor.id,
		absorbedId: absorbed.id,
		survivorBefore: copyContact(survivor),
		absorbedBefore: copyContact(absorbed),
		merged: copyContact(merged),
		choices: resolved,
		provenance: provenanceOf(merged, survivor, absorbed, resolved),
		movedEventIds: [...(opts.absorbedEventIds ?? [])],
		at: now
	};
	return { merged, record };
}

// a differing value comes from the chosen side, and is left out when that side has none; a value
// that does not differ is the survivor's, or the absorbed one's when only it has the field
function mergeCustom(
	survivor: Contact,
	absorbed: Contact,
	resolved: Readonly<Record<string, MergeSide>>
): Record<string, CustomValue> {
	const custom: Record<string, CustomValue> = {};
	for (const id of customIds(survivor.custom, absorbed.custom)) {
		const choice = resolved[`${CUSTOM_PREFIX}${id}`];
		const from =
			choice === 'absorbed' || (choice === undefined && !Object.hasOwn(survivor.custom, id))
				? absorbed
				: survivor;
		const value = customValue(from.custom, id);
		if (value !== undefined) custom[id] = value;
	}
	return custom;
}
