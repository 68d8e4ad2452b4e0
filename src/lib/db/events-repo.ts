// the timeline of a contact: what happened to it, in order, and the notes people write on it. events
// outlive their contact: the timeline is where a deleted contact's history (and its snapshot) stays.

import Dexie from 'dexie';
import { cleanMultiline, isTooLong } from '../core/text';
import type { CarnetDatabase } from './database';
import { newId } from './ids';
import type { TimelineEvent, TimelineEventData, TimelineEventType } from './schema';

export const NOTE_ERRORS = ['note.empty', 'note.not_found', 'field.too_long'] as const;
export type NoteError = (typeof NOTE_ERRORS)[number];
export type NoteResult = { ok: true; event: TimelineEvent } | { ok: false; error: NoteError };

/** a new event record; callers write it in the transaction of the change it describes */
export function makeEvent<T extends TimelineEventType>(
	contactId: string,
	type: T,
	at: number,
	data: TimelineEventData[T],
	note = ''
): TimelineEvent {
	return { id: newId(), contactId, at, type, data, note, createdAt: at, updatedAt: at };
}

/** the event's data, typed by its type; undefined when the event is of another type */
export function eventData<T extends TimelineEventType>(
	event: TimelineEvent,
	type: T
): TimelineEventData[T] | undefined {
	// events are written only through makeEvent, which ties the data to the type
	return event.type === type ? (event.data as TimelineEventData[T]) : undefined;
}

/** the contact's timeline, oldest first; events of the same millisecond in the order they were made */
export async function listEvents(db: CarnetDatabase, contactId: string): Promise<TimelineEvent[]> {
	// [contactId+at] orders by time, and ties by primary key: v7 ids grow with creation
	return db.events
		.where('[contactId+at]')
		.between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
		.toArray();
}

/** adds a free-text note to the timeline of an existing contact */
export async function addNote(
	db: CarnetDatabase,
	contactId: string,
	text: string,
	now: number = Date.now()
): Promise<NoteResult> {
	const note = cleanMultiline(text);
	const invalid = checkNote(note);
	if (invalid) return invalid;
	return db.transaction('rw', [db.contacts, db.events], async () => {
		if ((await db.contacts.get(contactId)) === undefined) {
			return { ok: false, error: 'note.not_found' } as const;
		}
		const event = makeEvent(contactId, 'note', now, {}, note);
		await db.events.add(event);
		return { ok: true, event } as const;
	});
}

/** replaces the text of a note; other events cannot be edited */
export async function updateNote(
	db: CarnetDatabase,
	eventId: string,
	text: string,
	now: number = Date.now()
): Promise<NoteResult> {
	const note = cleanMultiline(text);
	const invalid = checkNote(note);
	if (invalid) return invalid;
	return db.transaction('rw', db.events, async () => {
		const event = await db.events.get(eventId);
		if (event?.type !== 'note') return { ok: false, error: 'note.not_found' } as const;
		// `at` stays: a note keeps its place in the timeline when it is corrected
		const updated: TimelineEvent = { ...event, note, updatedAt: Math.max(now, event.updatedAt) };
		await db.events.put(updated);
		return { ok: true, event: updated } as const;
	});
}

/** deletes a note; resolves to false when there is no such note (other events stay) */
export async function deleteNote(db: CarnetDatabase, eventId: string): Promise<boolean> {
	return db.transaction('rw', db.events, async () => {
		const event = await db.events.get(eventId);
		if (event?.type !== 'note') return false;
		await db.events.delete(eventId);
		return true;
	});
}

function checkNote(note: string): { ok: false; error: NoteError } | undefined {
	if (note === '') return { ok: false, error: 'note.empty' };
	if (isTooLong(note)) return { ok: false, error: 'field.too_long' };
	return undefined;
}

/**
 * the contact's timeline, oldest first: its events, and "Imported from …" at its creation when an
 * import created it (that entry is not stored as an event, see Contact.importId)
 */
export async function listTimeline(
	db: CarnetDatabase,
	contactId: string
): Promise<TimelineEvent[]> {
	const [events, contact] = await Promise.all([
		listEvents(db, contactId),
		db.contacts.get(contactId)
	]);
	if (!contact?.importId) return events;
	const job = await db.imports.get(contact.importId);
	const at = contact.createdAt;
	const entry: TimelineEvent = {
		id: `import-${contact.importId}`,
		contactId,
		at,
		type: 'imported',
		data: { jobId: contact.importId, fileName: job?.file.name ?? '' },
		note: '',
		createdAt: at,
		updatedAt: at
	};
	return [entry, ...events];
}
