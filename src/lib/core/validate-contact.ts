// the "needs a way to reach them" policy lives apart from `createContact`, because it is a setting:
// the form and the import both ask it, with the user's choice.

import type { Contact, FieldError } from './contact';

export interface ValidateContactSettings {
	/** every contact must have a phone (e.g. for a messaging list); otherwise a phone or an e-mail */
	requirePhone: boolean;
}

export const CONTACT_ERRORS = ['contact.needs_phone_or_email', 'contact.needs_phone'] as const;

export function validateContact(
	contact: Pick<Contact, 'phones' | 'emails'>,
	settings: ValidateContactSettings
): FieldError[] {
	if (contact.phones.length > 0) return [];
	if (settings.requirePhone) return [{ field: 'phones', value: '', error: 'contact.needs_phone' }];
	if (contact.emails.length > 0) return [];
	return [{ field: 'phones', value: '', error: 'contact.needs_phone_or_email' }];
}
