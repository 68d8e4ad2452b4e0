// what an import does to a contact that already has the row's phone or e-mail.
//
// decisions:
// - 'fill' fills only the contact's empty fields; 'overwrite' puts every non-empty value of the row
//   over the contact's. a blank cell erases nothing, in either mode (but see the address).
// - phones, e-mails and lists are united: the contact's first (its primary stays primary), then the
//   row's new ones; a phone the contact has keeps its kind.
// - the address is one thing: street, postcode, city, region and country of two different addresses
//   must not mix. when the row's address agrees with the contact's wherever both have a value, the
//   parts are filled (or overwritten) one by one; when they disagree, 'fill' keeps the contact's
//   address whole and 'overwrite' takes the row's address whole, blanks included: a new street
//   with the old postcode would be an address nobody lives at.
// - an import never re-subscribes (DESIGN §6): the row can make a contact unsubscribed, never the
//   other way.
// - nothing changed is null, so the worker counts the row as unchanged and writes nothing.

import type { Contact, CustomValue } from '../contact';
import { emailKey } from '../email';
import { foldText } from '../fold';
import { contactKeys } from '../keys';

export type UpdateMode = 'fill' | 'overwrite';

/** the fields of a contact a row can bring; a whole Contact (as createContact makes it) fits */
export type IncomingContact = Pick<
	Contact,
	| 'firstName'
	| 'lastName'
	| 'alias'
	| 'organization'
	| 'phones'
	| 'emails'
	| 'subscription'
	| 'birthDate'
	| 'street'
	| 'postalCode'
	| 'city'
	| 'region'
	| 'country'
	| 'note'
	| 'listIds'
	| 'custom'
>;

const PLAIN_FIELDS = [
	'firstName',
	'lastName',
	'alias',
	'organization',
	'birthDate',
	'note'
] as const;
const ADDRESS_FIELDS = ['street', 'postalCode', 'city', 'region', 'country'] as const;

export function updateContactFromRow(
	existing: Contact,
	incoming: IncomingContact,
	mode: UpdateMode,
	now: number
): Contact | null {
	const next: Contact = { ...existing };
	let changed = false;
	const take = (
		field: (typeof PLAIN_FIELDS)[number] | (typeof ADDRESS_FIELDS)[number],
		value: string
	): void => {
		if (next[field] === value) return;
		next[field] = value;
		changed = true;
	};

	for (const field of PLAIN_FIELDS) {
		const value = incoming[field];
		if (value !== '' && (mode === 'overwrite' || existing[field] === '')) take(field, value);
	}

	const conflict = ADDRESS_FIELDS.some(
		(field) =>
			existing[field] !== '' &&
			incoming[field] !== '' &&
			foldText(existing[field]) !== foldText(incoming[field])
	);
	const incomingHasAddress = ADDRESS_FIELDS.some((field) => incoming[field] !== '');
	if (incomingHasAddress && conflict && mode === 'overwrite') {
		for (const field of ADDRESS_FIELDS) take(field, incoming[field]);
	} else if (incomingHasAddress && !conflict) {
		for (const field of ADDRESS_FIELDS) {
			const value = incoming[field];
			if (value !== '' && (mode === 'overwrite' || existing[field] === '')) take(field, value);
		}
	}

	const phoneValues = new Set(existing.phones.map((phone) => phone.value));
	const newPhones = incoming.phones.filter((phone) => {
		if (phoneValues.has(phone.value)) return false;
		phoneValues.add(phone.value);
		return true;
	});
	if (newPhones.length > 0) {
		next.phones = [...existing.phones, ...newPhones.map((phone) => ({ ...phone }))];
		changed = true;
	}

	const emailKeys = new Set(existing.emails.map((email) => emailKey(email.value)));
	const newEmails = incoming.emails.filter((email) => {
		const key = emailKey(email.value);
		if (emailKeys.has(key)) return false;
		emailKeys.add(key);
		return true;
	});
	if (newEmails.length > 0) {
		next.emails = [...existing.emails, ...newEmails.map((email) => ({ ...email }))];
		changed = true;
	}

	const lists = new Set(existing.listIds);
	const newLists = incoming.listIds.filter((id) => {
		if (lists.has(id)) return false;
		lists.add(id);
		return true;
	});
	if (newLists.length > 0) {
		next.listIds = [...existing.listIds, ...newLists];
		changed = true;
	}

	let custom: Record<string, CustomValue> | undefined;
	for (const [id, value] of Object.entries(incoming.custom)) {
		if (isBlank(value)) continue;
		const current = existing.custom[id];
		if (current === value || (mode === 'fill' && !isBlank(current))) continue;
		custom ??= { ...existing.custom };
		custom[id] = value;
	}
	if (custom !== undefined) {
		next.custom = custom;
		changed = true;
	}

	if (incoming.subscription === 'unsubscribed' && existing.subscription !== 'unsubscribed') {
		next.subscription = 'unsubscribed';
		changed = true;
	}

	if (!changed) return null;
	next.updatedAt = now;
	next.keys = contactKeys(next);
	return next;
}

function isBlank(value: CustomValue | undefined): boolean {
	return value === undefined || value === null || value === '';
}
