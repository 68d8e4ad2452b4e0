// the contacts an export writes, a chunk at a time, so that the export worker never holds the whole
// book (DESIGN §7: reading a million contacts with toArray takes 300+ MB).
// - the whole book is read in primary-key order, which for v7 ids is the order the contacts were
//   added: each chunk is one getAll from just after the last id, the fastest read IndexedDB has
//   (a cursor along a sort index costs a step per contact, and ties in a sort key cannot be resumed
//   with getAll);
// - a filter, a search or a list is read in the list's order: the ids the list engine orders
//   (contact-list.ts), a chunk at a time;
// - a selection is read in the order it was made.

import type { Contact } from '../core/contact';
import { isFiltered, type ContactQuery } from '../core/contact-query';
import { sessionFor } from './contact-list';
import type { CarnetDatabase } from './database';

export type ExportSource =
	{ kind: 'query'; query: ContactQuery } | { kind: 'ids'; ids: readonly string[] };

/** how many contacts the source holds (a selection may name contacts deleted since) */
export async function countSource(db: CarnetDatabase, source: ExportSource): Promise<number> {
	if (source.kind === 'ids') {
		return (
			await db.contacts
				.where(':id')
				.anyOf([...source.ids])
				.primaryKeys()
		).length;
	}
	if (!isFiltered(source.query)) return db.contacts.count();
	return sessionFor(db, source.query).count();
}

/** the source's contacts in order, `chunkSize` at a time */
export async function* contactChunks(
	db: CarnetDatabase,
	source: ExportSource,
	chunkSize = 1_000
): AsyncGenerator<Contact[], void, undefined> {
	if (source.kind === 'query' && !isFiltered(source.query)) {
		const after = (last: string | undefined) =>
			last === undefined
				? db.contacts.orderBy(':id').limit(chunkSize).toArray()
				: db.contacts.where(':id').above(last).limit(chunkSize).toArray();
		// the next read is asked for before this chunk is handed on, so IndexedDB (in the browser's
		// own process) reads while the caller turns the chunk into text
		let next: Promise<Contact[]> | undefined = after(undefined);
		while (next) {
			const chunk: Contact[] = await next;
			const last = chunk[chunk.length - 1]?.id;
			next = chunk.length === chunkSize && last !== undefined ? after(last) : undefined;
			if (chunk.length > 0) yield chunk;
		}
		return;
	}
	const ids = source.kind === 'ids' ? [...source.ids] : await sessionFor(db, source.query).ids();
	for (let start = 0; start < ids.length; start += chunkSize) {
		const chunk = await db.contacts.bulkGet(ids.slice(start, start + chunkSize));
		const found = chunk.filter((contact): contact is Contact => contact !== undefined);
		if (found.length > 0) yield found;
	}
}
