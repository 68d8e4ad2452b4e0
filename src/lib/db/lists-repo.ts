// lists group contacts ("choir", "newsletter"). a contact names its lists in `listIds`; deleting a
// list takes it out of every member and leaves the contacts alone.

import { listFacet } from '../core/contact-facets';
import { foldText } from '../core/fold';
import { cleanLine, isTooLong } from '../core/text';
import { keepsCounts, storedCount } from './contact-counts';
import type { CarnetDatabase } from './database';
import { newId } from './ids';
import type { List } from './schema';

export const LIST_ERRORS = [
	'list.name_empty',
	'list.name_taken',
	'list.not_found',
	'field.too_long'
] as const;
export type ListError = (typeof LIST_ERRORS)[number];
export type ListResult = { ok: true; list: List } | { ok: false; error: ListError };

/** every list, sorted by name as people of `locale` sort (accents, case and numbers understood) */
export async function listLists(db: CarnetDatabase, locale?: string): Promise<List[]> {
	const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
	const lists = await db.lists.toArray();
	return lists.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

export async function getList(db: CarnetDatabase, id: string): Promise<List | undefined> {
	return db.lists.get(id);
}

/** creates a list; a name that another list has (ignoring case and accents) is refused */
export async function createList(
	db: CarnetDatabase,
	name: string,
	now: number = Date.now()
): Promise<ListResult> {
	const cleaned = cleanLine(name);
	return db.transaction('rw', db.lists, async () => {
		const invalid = await checkName(db, cleaned, undefined);
		if (invalid) return invalid;
		const list: List = { id: newId(), name: cleaned, createdAt: now, updatedAt: now };
		await db.lists.add(list);
		return { ok: true, list } as const;
	});
}

export async function renameList(
	db: CarnetDatabase,
	id: string,
	name: string,
	now: number = Date.now()
): Promise<ListResult> {
	const cleaned = cleanLine(name);
	return db.transaction('rw', db.lists, async () => {
		const list = await db.lists.get(id);
		if (!list) return { ok: false, error: 'list.not_found' } as const;
		const invalid = await checkName(db, cleaned, id);
		if (invalid) return invalid;
		const renamed: List = { ...list, name: cleaned, updatedAt: Math.max(now, list.updatedAt) };
		await db.lists.put(renamed);
		return { ok: true, list: renamed } as const;
	});
}

/**
 * deletes the list and takes it out of every member, in one transaction; the contacts stay. resolves
 * to how many contacts were in it. members get no timeline event: nobody removed them one by one.
 */
export async function deleteList(
	db: CarnetDatabase,
	id: string,
	now: number = Date.now()
): Promise<number> {
	return db.transaction('rw', [db.lists, db.contacts], async () => {
		const members = await db.contacts
			.where('listIds')
			.equals(id)
			.modify((contact) => {
				contact.listIds = contact.listIds.filter((listId) => listId !== id);
				contact.updatedAt = Math.max(now, contact.updatedAt + 1);
			});
		await db.lists.delete(id);
		return members;
	});
}

/** how many contacts are in the list: the stored count (an index count walks every member) */
export async function countMembers(db: CarnetDatabase, id: string): Promise<number> {
	if (keepsCounts(db)) return storedCount(db, { key: listFacet(id), negate: false });
	return db.contacts.where('listIds').equals(id).count();
}

async function checkName(
	db: CarnetDatabase,
	name: string,
	ownId: string | undefined
): Promise<{ ok: false; error: ListError } | undefined> {
	if (name === '') return { ok: false, error: 'list.name_empty' };
	if (isTooLong(name)) return { ok: false, error: 'field.too_long' };
	const folded = foldText(name);
	const lists = await db.lists.toArray();
	const taken = lists.some((list) => list.id !== ownId && foldText(list.name) === folded);
	return taken ? { ok: false, error: 'list.name_taken' } : undefined;
}
