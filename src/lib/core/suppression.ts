// subscription memory (DESIGN §6): a phone or e-mail that was unsubscribed stays unsubscribed, on
// whatever contact it turns up again. the rules are here; db keeps the suppressions table.

import type { Contact } from './contact';
import { emailKey } from './email';

export type SuppressionKind = 'phone' | 'email';

/** one identifier of a contact, as the suppressions table keys it */
export interface SuppressionKey {
	/** E.164 for a phone, `emailKey` for an e-mail */
	key: string;
	kind: SuppressionKind;
	/** the value as the contact holds it, for messages */
	value: string;
}

/** what applying needs of a stored suppression */
export interface SuppressionEntry {
	key: string;
	kind: SuppressionKind;
	/** when the identifier was unsubscribed, ms since epoch */
	at: number;
}

/** why a contact is unsubscribed: "+49 151 … unsubscribed on 3 May 2026" */
export interface SuppressionReason {
	value: string;
	kind: SuppressionKind;
	at: number;
}

export interface AppliedSuppressions {
	contact: Contact;
	/** one per suppressed identifier of the contact, in the contact's order; empty when none */
	reasons: SuppressionReason[];
}

/** every phone and e-mail of the contact, deduplicated by key, phones first */
export function suppressionKeysOf(contact: Pick<Contact, 'phones' | 'emails'>): SuppressionKey[] {
	const seen = new Set<string>();
	const keys: SuppressionKey[] = [];
	const add = (key: string, kind: SuppressionKind, value: string): void => {
		if (key === '' || seen.has(`${kind}:${key}`)) return;
		seen.add(`${kind}:${key}`);
		keys.push({ key, kind, value });
	};
	for (const phone of contact.phones) add(phone.value, 'phone', phone.value);
	for (const email of contact.emails) add(emailKey(email.value), 'email', email.value);
	return keys;
}

/**
 * makes the contact unsubscribed when any of its identifiers is among `found` (the suppressions
 * looked up for its keys; entries for other keys are ignored). a contact without a match comes back
 * as the same object. the file or the form saying "subscribed" never wins over a suppression.
 */
export function applySuppressions(
	contact: Contact,
	found: readonly SuppressionEntry[]
): AppliedSuppressions {
	const byKey = new Map(found.map((entry) => [`${entry.kind}:${entry.key}`, entry]));
	const reasons: SuppressionReason[] = [];
	for (const identifier of suppressionKeysOf(contact)) {
		const entry = byKey.get(`${identifier.kind}:${identifier.key}`);
		if (entry) reasons.push({ value: identifier.value, kind: identifier.kind, at: entry.at });
	}
	if (reasons.length === 0 || contact.subscription === 'unsubscribed') {
		return { contact, reasons };
	}
	return {
		contact: {
			...contact,
			subscription: 'unsubscribed',
			keys: { ...contact.keys, unsubscribed: 1 }
		},
		reasons
	};
}
