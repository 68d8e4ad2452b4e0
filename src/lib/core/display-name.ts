import type { Contact } from './contact';

/** the name a person would call this contact by, falling back to what identifies it */
export function displayName(
	contact: Pick<Contact, 'firstName' | 'lastName' | 'alias' | 'organization' | 'emails' | 'phones'>
): string {
	const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ').trim();
	return (
		name ||
		contact.alias ||
		contact.organization ||
		contact.emails[0]?.value ||
		contact.phones[0]?.value ||
		''
	);
}
