// a generated book (the bench's generator, with its planted duplicates), built the way the app builds
// contacts: for tests that need thousands of realistic contacts

import { generatePeople } from '../../../../bench/generate/index';
import { draftMapper } from '../../../../bench/page/people-to-draft';
import type { Contact } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';

export function generatedBook(count: number, seed = 7): Contact[] {
	const toDraft = draftMapper();
	const contacts: Contact[] = [];
	let n = 0;
	for (const person of generatePeople({ seed, count })) {
		const draft = toDraft(person.values);
		// ids in a stable order, so that the pairs' `a` and `b` do not depend on the clock
		const options = { defaultCountry: 'DE', now: 0, id: `g${String(n++).padStart(6, '0')}` };
		let result = createContact(draft.full, options);
		if (!result.ok) result = createContact(draft.without(result.errors), options);
		if (result.ok) contacts.push(result.contact);
	}
	return contacts;
}

/** the contacts in chunks, as the database hands them out */
export function* inChunks<T>(items: readonly T[], size: number): Generator<T[]> {
	for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
