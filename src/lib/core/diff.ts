// the human side of a change, for the timeline: which field went from what to what. values are
// rendered as plain strings so the timeline can show them without knowing the model, and so an
// event keeps its meaning after the model grows.

import type { Contact, CustomValue } from './contact';

export interface FieldChange {
	/** a contact field ('firstName', 'phones' …) or `custom.<fieldId>` */
	field: string;
	/** '' when there was no value */
	from: string;
	/** '' when there is no value any more */
	to: string;
}

// in the order of the form, so the timeline reads top to bottom like the contact
const SIMPLE_FIELDS = [
	'firstName',
	'lastName',
	'alias',
	'organization',
	'phones',
	'emails',
	'subscription',
	'birthDate',
	'street',
	'postalCode',
	'city',
	'region',
	'country',
	'note',
	'listIds'
] as const satisfies readonly (keyof Contact)[];

type DiffedFields = Pick<Contact, (typeof SIMPLE_FIELDS)[number] | 'custom'>;

/** the fields that differ; ids, timestamps and derived keys are not changes a person made */
export function diffContacts(before: DiffedFields, after: DiffedFields): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of SIMPLE_FIELDS) {
		const from = render(before, field);
		const to = render(after, field);
		if (from !== to) changes.push({ field, from, to });
	}
	const customIds = [...new Set([...Object.keys(before.custom), ...Object.keys(after.custom)])];
	for (const id of customIds.sort()) {
		const from = renderCustom(before.custom[id]);
		const to = renderCustom(after.custom[id]);
		if (from !== to) changes.push({ field: `custom.${id}`, from, to });
	}
	return changes;
}

function render(contact: DiffedFields, field: (typeof SIMPLE_FIELDS)[number]): string {
	switch (field) {
		case 'phones':
			// the order matters: the first is the primary phone
			return contact.phones.map((phone) => `${phone.value} (${phone.kind})`).join(', ');
		case 'emails':
			return contact.emails.map((email) => email.value).join(', ');
		case 'listIds':
			// membership, not order, is what a person changed
			return [...contact.listIds].sort().join(', ');
		default:
			return contact[field];
	}
}

/** a custom value as text: numbers as written by javascript, booleans as 'true'/'false', null as '' */
export function renderCustom(value: CustomValue | undefined): string {
	if (value === null || value === undefined) return '';
	return String(value);
}
