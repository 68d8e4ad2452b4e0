// exact suggestions when a contact is saved: the contacts that already hold one of its phones or
// e-mails come from the token index (findContactsUsing), so this costs a few index look-ups, never
// a scan. unique custom values have no index; the full scan finds those.

import type { Contact } from '../core/contact';
import { comparePair } from '../core/duplicates/score';
import type { DuplicatePair } from '../core/duplicates/types';
import { findContactsUsing } from './contacts-repo';
import type { CarnetDatabase } from './database';
import { uniqueFieldIds } from './dedupe-run';
import { upsertSuggestions } from './suggestions-repo';

/** records an open suggestion for each contact that shares a phone or e-mail with `contact` */
export async function suggestExactDuplicates(
	db: CarnetDatabase,
	contact: Contact,
	now: number = Date.now()
): Promise<DuplicatePair[]> {
	const holders = await findContactsUsing(
		db,
		{
			phones: contact.phones.map((phone) => phone.value),
			emails: contact.emails.map((email) => email.value)
		},
		contact.id
	);
	if (holders.length === 0) return [];
	const uniqueFields = await uniqueFieldIds(db);
	const pairs = holders.map((other): DuplicatePair => {
		const [a, b] = contact.id < other.id ? [contact, other] : [other, contact];
		return { a: a.id, b: b.id, ...comparePair(a, b, { uniqueFields }) };
	});
	await upsertSuggestions(db, pairs, now);
	return pairs;
}
