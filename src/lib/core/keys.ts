// derived keys are plain strings so that IndexedDB can sort and range-scan them; IndexedDB compares
// code units, so everything that should sort together has to be folded to the same letters here.

import type { Contact, ContactKeys } from './contact';
import { emailKey } from './email';
import { foldText } from './fold';
import { MISSING_KEY } from './missing-key';
import { callingCodeOf } from './phone';
import { searchTokens } from './search';

export { foldText } from './fold';
export { MISSING_KEY, keyText } from './missing-key';

/** the fields the keys are derived from */
export type KeyedFields = Pick<
	Contact,
	'firstName' | 'lastName' | 'alias' | 'organization' | 'emails' | 'phones' | 'subscription'
>;

/**
 * the sort name is the folded "last first"; a contact without a name sorts by what the list shows
 * instead of it: the alias, then the organization, then the primary e-mail, then the primary phone.
 * so an organization-only contact sits among people under its own name rather than at the top.
 */
export function sortName(contact: Omit<KeyedFields, 'subscription'>): string {
	const candidates = [
		`${contact.lastName} ${contact.firstName}`,
		contact.alias,
		contact.organization,
		contact.emails[0]?.value ?? '',
		contact.phones[0]?.value ?? ''
	];
	for (const candidate of candidates) {
		const folded = foldText(candidate);
		if (folded !== '') return folded;
	}
	return '';
}

export function contactKeys(contact: KeyedFields): ContactKeys {
	const phone = contact.phones[0]?.value ?? '';
	const email = contact.emails[0]?.value ?? '';
	const name = sortName(contact) || MISSING_KEY;
	const tokens = searchTokens(contact);
	const keys: ContactKeys = {
		name,
		email: email === '' ? MISSING_KEY : emailKey(email),
		phone: phone || MISSING_KEY,
		callingCode: (phone && callingCodeOf(phone)) || MISSING_KEY,
		tokens
	};
	// present only when unsubscribed, so the index holds the few unsubscribed contacts and nothing
	// for the many subscribed ones
	if (contact.subscription === 'unsubscribed') keys.unsubscribed = 1;
	return keys;
}
