// equality of plain contact data (strings, numbers, booleans, null, arrays, plain objects). key
// order does not matter, array order does: the first phone is the primary one.

import type { Contact } from '../contact';

export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, index) => sameData(item, b[index]));
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = Object.keys(left);
	if (keys.length !== Object.keys(right).length) return false;
	return keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

/** the same contact, updatedAt and the derived keys aside: nothing a person could tell apart */
export function sameContact(a: Contact, b: Contact): boolean {
	const fields = Object.keys(a) as (keyof Contact)[];
	return (
		fields.length === Object.keys(b).length &&
		fields.every(
			(field) => field === 'updatedAt' || field === 'keys' || sameData(a[field], b[field])
		)
	);
}

/**
 * a deep copy of a contact, so that a record never shares an array with a contact someone may edit.
 * written out rather than structuredClone, which costs several times more on a contact this small.
 */
export function copyContact(contact: Contact): Contact {
	return {
		...contact,
		phones: contact.phones.map((phone) => ({ ...phone })),
		emails: contact.emails.map((email) => ({ ...email })),
		listIds: [...contact.listIds],
		custom: { ...contact.custom },
		keys: { ...contact.keys, tokens: [...contact.keys.tokens] }
	};
}
