// where each value of a merged contact came from, for the merge history ("e-mail from Anna M.,
// merged 3 May"). unmerge does not need it: it works from the snapshots, which also cover values
// that were equal on both sides.

import type { Contact } from '../contact';
import { CUSTOM_PREFIX, customIds, customValue, isEmptyCustom } from './custom-values';
import { EMAIL_RULES, LIST_RULES, PHONE_RULES, type EntryRules } from './identifier-lists';
import { CHOICE_FIELDS, type MergeSide } from './merge-types';

export function provenanceOf(
	merged: Contact,
	survivor: Contact,
	absorbed: Contact,
	choices: Readonly<Record<string, MergeSide>>
): Record<string, string> {
	const provenance: Record<string, string> = {};
	// the chosen side is credited first: when both had the value, its entry is the one kept
	const credit = (
		field: string,
		fromSurvivor: boolean,
		fromAbsorbed: boolean,
		choice = choices[field]
	): void => {
		if (choice === 'absorbed' && fromAbsorbed) provenance[field] = absorbed.id;
		else if (fromSurvivor) provenance[field] = survivor.id;
		else if (fromAbsorbed) provenance[field] = absorbed.id;
	};

	for (const field of CHOICE_FIELDS) {
		if (field === 'phones' || field === 'emails' || merged[field] === '') continue;
		credit(field, merged[field] === survivor[field], merged[field] === absorbed[field]);
	}
	creditEntries('phones', merged.phones, survivor.phones, absorbed.phones, PHONE_RULES, (f, s, a) =>
		credit(f, s, a, choices['phones'])
	);
	creditEntries('emails', merged.emails, survivor.emails, absorbed.emails, EMAIL_RULES, (f, s, a) =>
		credit(f, s, a, choices['emails'])
	);
	creditEntries('listIds', merged.listIds, survivor.listIds, absorbed.listIds, LIST_RULES, credit);
	for (const id of customIds(merged.custom)) {
		const value = customValue(merged.custom, id);
		if (isEmptyCustom(value)) continue;
		credit(
			`${CUSTOM_PREFIX}${id}`,
			value === customValue(survivor.custom, id),
			value === customValue(absorbed.custom, id)
		);
	}
	if (merged.note !== '') {
		credit('note', merged.note === survivor.note, merged.note === absorbed.note);
	}
	credit(
		'createdAt',
		merged.createdAt === survivor.createdAt,
		merged.createdAt === absorbed.createdAt
	);
	credit(
		'subscription',
		merged.subscription === survivor.subscription,
		merged.subscription === absorbed.subscription
	);
	return provenance;
}

function creditEntries<T>(
	field: string,
	merged: readonly T[],
	survivor: readonly T[],
	absorbed: readonly T[],
	rules: EntryRules<T>,
	credit: (field: string, fromSurvivor: boolean, fromAbsorbed: boolean) => void
): void {
	const survivorKeys = new Set(survivor.map(rules.key));
	const absorbedKeys = new Set(absorbed.map(rules.key));
	for (const entry of merged) {
		const key = rules.key(entry);
		credit(`${field}.${key}`, survivorKeys.has(key), absorbedKeys.has(key));
	}
}
