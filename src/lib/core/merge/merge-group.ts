// merging three or more contacts in one go is recorded as successive pairwise merges into one
// survivor, so that each absorbed contact can be unmerged on its own later.

import type { Contact } from '../contact';
import { differingFields, isEmptyField } from './differing-fields';
import type { MergePlan, MergeRecord, MergeSide } from './merge-types';
import { planMerge } from './plan-merge';

/** per differing field, the id of the contact whose value wins */
export type GroupChoices = Readonly<Record<string, string>>;

export interface PlanMergeGroupOptions {
	/** ms since epoch of the first merge; the n-th is recorded at now + n, so their order is clear */
	now?: number;
	/** per absorbed contact id, the ids of its timeline events */
	absorbedEventIds?: Readonly<Record<string, readonly string[]>>;
}

export interface GroupMergePlan {
	merged: Contact;
	/** one per absorbed contact, in the order given */
	records: MergeRecord[];
}

/**
 * for every field on which the contacts do not all agree, the contact whose value the merge screen
 * proposes: the most recently updated one that has a value (the first of the list on a tie)
 */
export function defaultGroupChoices(contacts: readonly Contact[]): Record<string, string> {
	const [first, ...rest] = contacts;
	if (first === undefined) return {};
	const fields = new Set(rest.flatMap((contact) => differingFields(first, contact)));
	const newestFirst = [...contacts].sort((a, b) => b.updatedAt - a.updatedAt);
	const choices: Record<string, string> = {};
	for (const field of fields) {
		choices[field] = (newestFirst.find((contact) => !isEmptyField(contact, field)) ?? first).id;
	}
	return choices;
}

export function planMergeGroup(
	survivor: Contact,
	absorbed: readonly Contact[],
	choices: GroupChoices = {},
	opts: PlanMergeGroupOptions = {}
): GroupMergePlan {
	const group = [survivor, ...absorbed];
	const ids = new Set(group.map((contact) => contact.id));
	const resolved = defaultGroupChoices(group);
	for (const [field, id] of Object.entries(choices)) {
		if (Object.hasOwn(resolved, field) && ids.has(id)) resolved[field] = id;
	}
	const now = opts.now ?? Date.now();
	let merged = survivor;
	const records: MergeRecord[] = [];
	absorbed.forEach((contact, index) => {
		// the winner's value comes in at its own step and every later step keeps the survivor's
		const pairChoices: Record<string, MergeSide> = {};
		for (const [field, id] of Object.entries(resolved)) {
			pairChoices[field] = id === contact.id ? 'absorbed' : 'survivor';
		}
		const plan: MergePlan = planMerge(merged, contact, pairChoices, {
			now: now + index,
			absorbedEventIds: opts.absorbedEventIds?.[contact.id]
		});
		merged = plan.merged;
		records.push(plan.record);
	});
	return { merged, records };
}

/**
 * the survivor of a pair by one rule for a whole batch ("merge all exact duplicates"): the older or
 * the newer by creation, the smaller id on a tie so the rule never depends on the pair's order
 */
export function pickSurvivor(
	a: Contact,
	b: Contact,
	keep: 'older' | 'newer'
): { survivor: Contact; absorbed: Contact } {
	const aFirst = a.createdAt !== b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
	const older = aFirst ? a : b;
	const newer = aFirst ? b : a;
	return keep === 'older'
		? { survivor: older, absorbed: newer }
		: { survivor: newer, absorbed: older };
}
