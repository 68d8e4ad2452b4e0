// what the merge screen proposes before the user touches anything: the value of the contact that
// was updated last, unless it has none. a tie goes to the survivor, so the default is stable.

import type { Contact } from '../contact';
import { differingFields, isEmptyField } from './differing-fields';
import type { MergeChoices, MergeSide } from './merge-types';

export function defaultMergeChoices(
	survivor: Contact,
	absorbed: Contact
): Record<string, MergeSide> {
	const newer: MergeSide = absorbed.updatedAt > survivor.updatedAt ? 'absorbed' : 'survivor';
	const older: MergeSide = newer === 'absorbed' ? 'survivor' : 'absorbed';
	const newerContact = newer === 'absorbed' ? absorbed : survivor;
	const choices: Record<string, MergeSide> = {};
	for (const field of differingFields(survivor, absorbed)) {
		choices[field] = isEmptyField(newerContact, field) ? older : newer;
	}
	return choices;
}

/**
 * the choice of every differing field: the user's where given, the default otherwise. choices for
 * fields that do not differ are dropped, so the record says only what the user actually decided.
 */
export function resolveChoices(
	survivor: Contact,
	absorbed: Contact,
	choices: MergeChoices = {}
): Record<string, MergeSide> {
	const resolved = defaultMergeChoices(survivor, absorbed);
	for (const field of Object.keys(resolved)) {
		const chosen = Object.hasOwn(choices, field) ? choices[field] : undefined;
		if (chosen === 'survivor' || chosen === 'absorbed') resolved[field] = chosen;
	}
	return resolved;
}
