import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';

export const T0 = Date.UTC(2026, 0, 1);
export const NOW = Date.UTC(2026, 5, 1);
let counter = 0;

export function contact(draft: ContactDraft, createdAt = T0): Contact {
	counter += 1;
	const id = `01900000-0000-7000-8000-${String(counter).padStart(12, '0')}`;
	const result = createContact(draft, { defaultCountry: 'DE', now: createdAt, id });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}
