import { liveQuery } from 'dexie';
import type { Contact } from '$lib/core/contact';
import { displayName } from '$lib/core/display-name';
import {
	deleteContacts,
	getContact,
	resubscribeContact,
	restoreContacts,
	unsubscribeContacts
} from '$lib/db/contacts-repo';
import { getDatabase } from '$lib/db/database';
import { addNote, deleteNote, listTimeline, updateNote } from '$lib/db/events-repo';
import { mergeHistory, unmergeContact, type UnmergeResult } from '$lib/db/merges-repo';
import type { MergeRecordRow, TimelineEvent } from '$lib/db/schema';

// one contact's page: the contact and its timeline, kept current while it is open (an edit in
// another tab shows up here), and the actions a person takes on it
export class ContactPageState {
	status = $state<'loading' | 'found' | 'missing'>('loading');
	contact = $state.raw<Contact | undefined>(undefined);
	events = $state.raw<TimelineEvent[]>([]);
	/** the merges this contact holds, newest first: each can be unmerged */
	merges = $state.raw<MergeRecordRow[]>([]);
	displayName = $derived(this.contact ? displayName(this.contact) : '');

	/** reads the contact once, as stored now (the edit form starts from this) */
	async load(id: string): Promise<void> {
		this.status = 'loading';
		const found = id ? await getContact(getDatabase(), id) : undefined;
		this.contact = found;
		this.status = found ? 'found' : 'missing';
	}

	watch(id: string): () => void {
		this.status = 'loading';
		const db = getDatabase();
		const contact = liveQuery(() => getContact(db, id)).subscribe({
			next: (found) => {
				this.contact = found;
				this.status = found ? 'found' : 'missing';
			},
			error: (error: unknown) => console.error(error)
		});
		const events = liveQuery(() => listTimeline(db, id)).subscribe({
			next: (list) => (this.events = list),
			error: (error: unknown) => console.error(error)
		});
		const merges = liveQuery(() => mergeHistory(db, id)).subscribe({
			next: (list) => (this.merges = list),
			error: (error: unknown) => console.error(error)
		});
		return () => {
			contact.unsubscribe();
			events.unsubscribe();
			merges.unsubscribe();
		};
	}

	async unsubscribe(): Promise<void> {
		if (this.contact) await unsubscribeContacts(getDatabase(), [this.contact.id], Date.now());
	}

	async resubscribe(): Promise<void> {
		if (this.contact) await resubscribeContact(getDatabase(), this.contact.id, Date.now());
	}

	/** deletes the contact and returns the function that undoes it */
	async delete(): Promise<() => Promise<void>> {
		const db = getDatabase();
		const undo = this.contact ? await deleteContacts(db, [this.contact.id]) : undefined;
		return async () => {
			if (undo) await restoreContacts(db, undo);
		};
	}

	/** undoes one merge this contact holds: the absorbed contact comes back */
	async unmerge(mergeId: string): Promise<UnmergeResult> {
		return unmergeContact(getDatabase(), mergeId, Date.now());
	}

	async addNote(text: string): Promise<void> {
		if (this.contact && text.trim())
			await addNote(getDatabase(), this.contact.id, text, Date.now());
	}

	async updateNote(eventId: string, text: string): Promise<void> {
		await updateNote(getDatabase(), eventId, text, Date.now());
	}

	async deleteNote(eventId: string): Promise<void> {
		await deleteNote(getDatabase(), eventId);
	}
}
