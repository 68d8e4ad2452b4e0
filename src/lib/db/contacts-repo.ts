import type { Contact } from '../core/contact';
import type { CarnetDatabase } from './database';
import { newId } from './ids';
import type { TimelineEvent } from './schema';

/** adds a contact built by core's createContact; fails if its id already exists */
export async function addContact(db: CarnetDatabase, contact: Contact): Promise<string> {
	return db.contacts.add(contact);
}

export async function getContact(db: CarnetDatabase, id: string): Promise<Contact | undefined> {
	return db.contacts.get(id);
}

/** stores the contact as given: core has already set updatedAt and the derived keys */
export async function putContact(db: CarnetDatabase, contact: Contact): Promise<string> {
	return db.contacts.put(contact);
}

export async function countContacts(db: CarnetDatabase): Promise<number> {
	return db.contacts.count();
}

/**
 * deletes a contact and records the deletion on its timeline, in one transaction. suppressions are
 * left alone on purpose: a deleted person who unsubscribed must stay unsubscribed if they come back.
 * duplicate suggestions that name the contact go too, since they can no longer be reviewed.
 * resolves to false, writing nothing, when there is no such contact.
 */
export async function deleteContact(
	db: CarnetDatabase,
	id: string,
	now: number = Date.now()
): Promise<boolean> {
	return db.transaction('rw', [db.contacts, db.events, db.suggestions], async () => {
		const contact = await db.contacts.get(id);
		if (!contact) return false;
		const event: TimelineEvent = {
			id: newId(),
			contactId: id,
			at: now,
			type: 'deleted',
			// the snapshot is what an undo of the deletion needs
			data: { snapshot: contact },
			note: '',
			createdAt: now,
			updatedAt: now
		};
		await db.contacts.delete(id);
		await db.events.add(event);
		await db.suggestions.where('a').equals(id).delete();
		await db.suggestions.where('b').equals(id).delete();
		return true;
	});
}
