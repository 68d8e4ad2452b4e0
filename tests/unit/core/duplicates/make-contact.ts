// contacts for the duplicate tests, built the way the app builds them (createContact), so that
// phones are E.164 and text is cleaned exactly as in real use.

import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';

export function makeContact(id: string, draft: ContactDraft, defaultCountry = 'DE'): Contact {
	const result = createContact(draft, { defaultCountry, id, now: 0 });
	if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
	return result.contact;
}
