// which contacts an import created or updated, for the contact list's import filter. kept apart
// from imports-repo so that the contact list (the first page) does not load the import's code.

import type { ImportChangeKind } from '../core/contact-query';
import type { CarnetDatabase } from './database';

/**
 * the contacts still in the book that the job created, or updated without creating them (a later
 * row of the same file may update a contact an earlier row created); both when `change` is absent.
 * the changes are read one batch at a time: their updated contacts hold whole previous values.
 */
export async function contactsOfImport(
	db: CarnetDatabase,
	jobId: string,
	change?: ImportChangeKind
): Promise<Set<string>> {
	const created = new Set<string>();
	const updated = new Set<string>();
	await db.importChanges
		.where('jobId')
		.equals(jobId)
		.each((batch) => {
			for (const id of batch.created) created.add(id);
			for (const contact of batch.updated) updated.add(contact.id);
		});
	const ids = change === 'updated' ? [] : [...created];
	if (change !== 'created') for (const id of updated) if (!created.has(id)) ids.push(id);
	// contacts deleted or merged away since the import are not part of it any more
	return new Set(await db.contacts.where(':id').anyOf(ids).primaryKeys());
}
