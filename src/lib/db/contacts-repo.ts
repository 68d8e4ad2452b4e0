// contacts and everything a change to them drags along: suppressions (subscription memory), timeline
// events, duplicate suggestions. each function is one transaction, so a change is all or nothing.

import type { Contact } from '../core/contact';
import { diffContacts } from '../core/diff';
import { emailKey } from '../core/email';
import { contactKeys } from '../core/keys';
import { emailToken, phoneToken } from '../core/search';
import {
	applySuppressions,
	suppressionKeysOf,
	type SuppressionKey,
	type SuppressionReason
} from '../core/suppression';
import { MAX_FIELD_LENGTH, cleanMultiline, excerpt } from '../core/text';
import type { CarnetDatabase } from './database';
import { makeEvent } from './events-repo';
import type { Suggestion, Suppression, TimelineEvent } from './schema';

export type { SuppressionReason } from '../core/suppression';

// bulk actions read and write in chunks, so "all 300,000 matching" never holds them all at once
const CHUNK = 1_000;

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

export interface SaveContactOptions {
	/**
	 * the updatedAt of the stored contact the edit started from; undefined for a new contact. when the
	 * stored one differs (saved in another tab meanwhile), nothing is written.
	 */
	expectedUpdatedAt?: number;
	/** the save time, ms since epoch; Date.now() when absent */
	now?: number;
}

export type SaveContactResult =
	| {
			ok: true;
			/** as stored: keys recomputed, createdAt kept, updatedAt moved, subscription enforced */
			contact: Contact;
			/** the suppressed identifiers that turned a subscribed contact unsubscribed; usually empty */
			suppressedBy: SuppressionReason[];
	  }
	| {
			ok: false;
			/**
			 * the newer stored version, or undefined when the contact was deleted meanwhile. saving again
			 * with `expectedUpdatedAt: conflict?.updatedAt` overwrites it (or brings it back).
			 */
			conflict: Contact | undefined;
	  };

/**
 * creates or updates a contact in one transaction: checks that nobody saved it in between, applies
 * the subscription memory (a suppressed phone or e-mail makes it unsubscribed; an unsubscribed
 * contact has all its identifiers suppressed), writes it, and records what changed on its timeline.
 */
export async function saveContact(
	db: CarnetDatabase,
	contact: Contact,
	options: SaveContactOptions = {}
): Promise<SaveContactResult> {
	const now = options.now ?? Date.now();
	const result = await db.transaction('rw', [db.contacts, db.suppressions, db.events], async () => {
		const stored = await db.contacts.get(contact.id);
		if (stored?.updatedAt !== options.expectedUpdatedAt) {
			return { ok: false, conflict: stored } as const;
		}

		const draft: Contact = {
			...contact,
			// one entry per list in the *listIds index, which the list engine counts on
			listIds: [...new Set(contact.listIds)],
			createdAt: stored?.createdAt ?? contact.createdAt,
			// strictly later than the stored version, so a concurrent editor notices even within a
			// millisecond or with a clock that went backwards
			updatedAt: stored ? Math.max(now, stored.updatedAt + 1) : now
		};
		// the keys are the indexes' truth: never trust ones that came with the contact
		draft.keys = contactKeys(draft);
		const identifiers = suppressionKeysOf(draft);
		const found = await suppressionsFor(db, identifiers);
		const applied = applySuppressions(draft, found);
		const saved = applied.contact;
		if (saved.subscription === 'unsubscribed') {
			await suppress(db, identifiers, found, saved.id, now);
		}
		await db.contacts.put(saved);
		await db.events.bulkAdd(timelineOf(stored, saved, applied.reasons, now));
		const suppressedBy = draft.subscription === 'subscribed' ? applied.reasons : [];
		return { ok: true, contact: saved, suppressedBy } as const;
	});
	if (result.ok) {
		// loaded on the first save, so that duplicate detection stays out of the first page's script;
		// after the save's transaction, since awaiting a module load would end it. awaited (index
		// look-ups, a few ms): a page that navigates right after the save would otherwise unload
		// before the suggestion is written, and it would never appear
		const suggesting = import('./exact-duplicates')
			.then(({ suggestExactDuplicates }) => suggestExactDuplicates(db, result.contact, now))
			.catch((error: unknown) => console.error(error));
		pendingSuggestions = Promise.all([pendingSuggestions, suggesting]).then(() => undefined);
		await suggesting;
	}
	return result;
}

let pendingSuggestions: Promise<void> = Promise.resolve();

/** resolves when the duplicate suggestions of every save so far are written */
export function suggestionsSettled(): Promise<void> {
	return pendingSuggestions;
}

// the events a save adds: created or changed, list membership, subscription
function timelineOf(
	before: Contact | undefined,
	after: Contact,
	reasons: SuppressionReason[],
	at: number
): TimelineEvent[] {
	const events: TimelineEvent[] = [];
	if (before === undefined) {
		events.push(makeEvent(after.id, 'created', at, {}));
	} else {
		// lists and subscription have events of their own
		const changes = diffContacts(before, after).filter(
			(change) => change.field !== 'listIds' && change.field !== 'subscription'
		);
		if (changes.length > 0) events.push(makeEvent(after.id, 'changed', at, { changes }));
		const was = new Set(before.listIds);
		const is = new Set(after.listIds);
		for (const listId of after.listIds) {
			if (!was.has(listId)) events.push(makeEvent(after.id, 'list-added', at, { listId }));
		}
		for (const listId of before.listIds) {
			if (!is.has(listId)) events.push(makeEvent(after.id, 'list-removed', at, { listId }));
		}
	}
	const wasSubscribed = before === undefined || before.subscription === 'subscribed';
	if (wasSubscribed && after.subscription === 'unsubscribed') {
		events.push(makeEvent(after.id, 'unsubscribed', at, { reasons }));
	}
	if (before?.subscription === 'unsubscribed' && after.subscription === 'subscribed') {
		events.push(makeEvent(after.id, 'resubscribed', at, { lifted: [] }));
	}
	return events;
}

async function suppressionsFor(
	db: CarnetDatabase,
	identifiers: readonly SuppressionKey[]
): Promise<Suppression[]> {
	const rows = await db.suppressions.bulkGet(identifiers.map((identifier) => identifier.key));
	return rows.filter((row): row is Suppression => row !== undefined);
}

// records the identifiers that are not suppressed yet; an existing suppression keeps its date, which
// is when the person first asked
async function suppress(
	db: CarnetDatabase,
	identifiers: readonly SuppressionKey[],
	existing: readonly Suppression[],
	contactId: string,
	now: number
): Promise<void> {
	const known = new Set(existing.map((row) => row.key));
	const rows: Suppression[] = identifiers
		.filter((identifier) => !known.has(identifier.key))
		.map((identifier) => ({
			key: identifier.key,
			kind: identifier.kind,
			at: now,
			reason: 'manual',
			contactId,
			createdAt: now,
			updatedAt: now
		}));
	if (rows.length > 0) await db.suppressions.bulkAdd(rows);
}

/** why the contact's identifiers are suppressed, for "+49 151 … unsubscribed on 3 May 2026" */
export async function suppressionReasons(
	db: CarnetDatabase,
	contact: Pick<Contact, 'phones' | 'emails'>
): Promise<SuppressionReason[]> {
	const identifiers = suppressionKeysOf(contact);
	const found = new Map((await suppressionsFor(db, identifiers)).map((row) => [row.key, row]));
	return identifiers.flatMap((identifier) => {
		const row = found.get(identifier.key);
		return row ? [{ value: identifier.value, kind: identifier.kind, at: row.at }] : [];
	});
}

// a phone or an address is so specific that more holders than this are not worth listing
const MAX_HOLDERS = 20;

/**
 * the contacts (other than `excludeId`) that already hold any of these phones (E.164) or e-mails, for
 * "Already used by <name>", ordered by name. a phone's digits and an address are search tokens, so
 * the token index answers this; a prefix look-up finds the holders even where a longer token of the
 * same contact replaced the exact one, and every candidate is checked against its real values.
 */
export async function findContactsUsing(
	db: CarnetDatabase,
	identifiers: { phones?: readonly string[]; emails?: readonly string[] },
	excludeId?: string
): Promise<Contact[]> {
	const phones = new Set(identifiers.phones ?? []);
	const emails = new Set((identifiers.emails ?? []).map(emailKey));
	const tokens = [
		...[...phones].map(phoneToken),
		...(identifiers.emails ?? []).map(emailToken)
	].filter((token) => token !== '');
	if (tokens.length === 0) return [];
	return db.transaction('r', db.contacts, async () => {
		const ids = new Set<string>();
		for (const token of new Set(tokens)) {
			const found = await db.contacts
				.where('keys.tokens')
				.startsWith(token)
				.limit(MAX_HOLDERS * 4)
				.primaryKeys();
			for (const id of found) if (id !== excludeId) ids.add(id);
		}
		const candidates = await db.contacts.bulkGet([...ids]);
		return candidates
			.filter(
				(contact): contact is Contact =>
					contact !== undefined &&
					(contact.phones.some((phone) => phones.has(phone.value)) ||
						contact.emails.some((email) => emails.has(emailKey(email.value))))
			)
			.sort((a, b) => (a.keys.name < b.keys.name ? -1 : a.keys.name > b.keys.name ? 1 : 0))
			.slice(0, MAX_HOLDERS);
	});
}

/**
 * unsubscribes the contacts: records all their phones and e-mails as suppressed (also for contacts
 * that already were unsubscribed) and notes it on each timeline. resolves to how many changed.
 */
export async function unsubscribeContacts(
	db: CarnetDatabase,
	ids: readonly string[],
	now: number = Date.now()
): Promise<number> {
	return db.transaction('rw', [db.contacts, db.suppressions, db.events], async () => {
		let changed = 0;
		for (let start = 0; start < ids.length; start += CHUNK) {
			const contacts = await existing(db, ids.slice(start, start + CHUNK));
			const identifiers = uniqueKeys(contacts.flatMap((contact) => suppressionKeysOf(contact)));
			const found = await suppressionsFor(db, identifiers);
			const known = new Set(found.map((row) => row.key));
			const rows: Suppression[] = [];
			for (const contact of contacts) {
				for (const identifier of suppressionKeysOf(contact)) {
					if (known.has(identifier.key)) continue;
					known.add(identifier.key);
					rows.push({
						key: identifier.key,
						kind: identifier.kind,
						at: now,
						reason: 'manual',
						contactId: contact.id,
						createdAt: now,
						updatedAt: now
					});
				}
			}
			await db.suppressions.bulkAdd(rows);
			const updated = contacts
				.filter((contact) => contact.subscription !== 'unsubscribed')
				.map((contact): Contact => ({
					...contact,
					subscription: 'unsubscribed',
					keys: { ...contact.keys, unsubscribed: 1 },
					updatedAt: Math.max(now, contact.updatedAt + 1)
				}));
			await db.contacts.bulkPut(updated);
			await db.events.bulkAdd(
				updated.map((contact) => makeEvent(contact.id, 'unsubscribed', now, { reasons: [] }))
			);
			changed += updated.length;
		}
		return changed;
	});
}

/**
 * the deliberate way back after the person consented again: lifts the suppression of every phone and
 * e-mail of the contact, makes it subscribed and records the consent on its timeline. suppressions
 * recorded from other contacts for other identifiers stay. resolves to the contact as stored, or
 * undefined when there is no such contact.
 */
export async function resubscribeContact(
	db: CarnetDatabase,
	id: string,
	now: number = Date.now(),
	consent = ''
): Promise<Contact | undefined> {
	return db.transaction('rw', [db.contacts, db.suppressions, db.events], async () => {
		const contact = await db.contacts.get(id);
		if (!contact) return undefined;
		const identifiers = suppressionKeysOf(contact);
		const lifted = (await suppressionsFor(db, identifiers)).map((row) => row.key);
		await db.suppressions.bulkDelete(lifted);
		const derived = { ...contact.keys };
		delete derived.unsubscribed;
		const updated: Contact = {
			...contact,
			subscription: 'subscribed',
			keys: derived,
			updatedAt: Math.max(now, contact.updatedAt + 1)
		};
		await db.contacts.put(updated);
		await db.events.add(
			makeEvent(
				id,
				'resubscribed',
				now,
				{ lifted },
				excerpt(cleanMultiline(consent), MAX_FIELD_LENGTH)
			)
		);
		return updated;
	});
}

/** what `restoreContacts` needs to undo a deletion; the snapshots themselves live in the events */
export interface DeletedContacts {
	/** how many contacts were deleted */
	count: number;
	/** the 'deleted' events, each holding its contact's snapshot */
	eventIds: string[];
	/** the duplicate suggestions that named a deleted contact */
	suggestions: Suggestion[];
}

/**
 * deletes the contacts, recording each deletion (with a snapshot) on its timeline, in one
 * transaction. suppressions stay on purpose: a deleted person who unsubscribed must stay unsubscribed
 * if they come back. duplicate suggestions that name a contact go too, since they can no longer be
 * reviewed. ids that do not exist are ignored.
 */
export async function deleteContacts(
	db: CarnetDatabase,
	ids: readonly string[],
	now: number = Date.now()
): Promise<DeletedContacts> {
	return db.transaction('rw', [db.contacts, db.events, db.suggestions], async () => {
		const deleted: DeletedContacts = { count: 0, eventIds: [], suggestions: [] };
		for (let start = 0; start < ids.length; start += CHUNK) {
			const contacts = await existing(db, ids.slice(start, start + CHUNK));
			const gone = contacts.map((contact) => contact.id);
			const events = contacts.map((contact) =>
				makeEvent(contact.id, 'deleted', now, { snapshot: contact })
			);
			await db.contacts.bulkDelete(gone);
			await db.events.bulkAdd(events);
			const named = [
				...(await db.suggestions.where('a').anyOf(gone).toArray()),
				...(await db.suggestions.where('b').anyOf(gone).toArray())
			];
			const unique = [...new Map(named.map((suggestion) => [suggestion.id, suggestion])).values()];
			await db.suggestions.bulkDelete(unique.map((suggestion) => suggestion.id));
			deleted.count += contacts.length;
			deleted.eventIds.push(...events.map((event) => event.id));
			deleted.suggestions.push(...unique);
		}
		return deleted;
	});
}

/**
 * deletes one contact (see deleteContacts); resolves to false, writing nothing, when there is no such
 * contact
 */
export async function deleteContact(
	db: CarnetDatabase,
	id: string,
	now: number = Date.now()
): Promise<boolean> {
	return (await deleteContacts(db, [id], now)).count > 0;
}

/**
 * undoes `deleteContacts`: puts the snapshots back, removes the 'deleted' events (the deletion did
 * not stick, so the timeline does not show it) and the suggestions whose two contacts exist again.
 * a contact whose id is in use again (restored twice, or re-created) is left alone. resolves to how
 * many contacts came back.
 */
export async function restoreContacts(
	db: CarnetDatabase,
	deleted: Pick<DeletedContacts, 'eventIds' | 'suggestions'>
): Promise<number> {
	return db.transaction('rw', [db.contacts, db.events, db.suggestions], async () => {
		let restored = 0;
		for (let start = 0; start < deleted.eventIds.length; start += CHUNK) {
			const events = await db.events.bulkGet(deleted.eventIds.slice(start, start + CHUNK));
			const snapshots = new Map<string, { eventId: string; contact: Contact }>();
			for (const event of events) {
				const snapshot = event?.type === 'deleted' ? event.data['snapshot'] : undefined;
				if (event && isContact(snapshot)) {
					snapshots.set(snapshot.id, { eventId: event.id, contact: snapshot });
				}
			}
			const present = await db.contacts.bulkGet([...snapshots.keys()]);
			const back = [...snapshots.values()].filter((_entry, i) => present[i] === undefined);
			await db.contacts.bulkAdd(back.map((entry) => entry.contact));
			await db.events.bulkDelete(back.map((entry) => entry.eventId));
			restored += back.length;
		}
		for (const suggestion of deleted.suggestions) {
			const both = await db.contacts.bulkGet([suggestion.a, suggestion.b]);
			const taken = await db.suggestions.where('pair').equals(suggestion.pair).count();
			if (both.every(Boolean) && taken === 0) await db.suggestions.put(suggestion);
		}
		return restored;
	});
}

// a snapshot was written by deleteContacts, so an object with an id is one of ours
function isContact(value: unknown): value is Contact {
	return typeof value === 'object' && value !== null && 'id' in value && 'keys' in value;
}

/**
 * adds the contacts to the list (those already in it are left alone) and notes it on each timeline.
 * resolves to how many were added; 0 when the list does not exist.
 */
export async function addToList(
	db: CarnetDatabase,
	ids: readonly string[],
	listId: string,
	now: number = Date.now()
): Promise<number> {
	return changeMembership(db, ids, listId, now, 'list-added');
}

/** removes the contacts from the list and notes it on each timeline; resolves to how many left it */
export async function removeFromList(
	db: CarnetDatabase,
	ids: readonly string[],
	listId: string,
	now: number = Date.now()
): Promise<number> {
	return changeMembership(db, ids, listId, now, 'list-removed');
}

async function changeMembership(
	db: CarnetDatabase,
	ids: readonly string[],
	listId: string,
	now: number,
	type: 'list-added' | 'list-removed'
): Promise<number> {
	return db.transaction('rw', [db.contacts, db.lists, db.events], async () => {
		if (type === 'list-added' && (await db.lists.get(listId)) === undefined) return 0;
		let changed = 0;
		for (let start = 0; start < ids.length; start += CHUNK) {
			const contacts = await existing(db, ids.slice(start, start + CHUNK));
			const updated = contacts
				.filter((contact) => contact.listIds.includes(listId) === (type === 'list-removed'))
				.map((contact): Contact => ({
					...contact,
					listIds:
						type === 'list-added'
							? [...contact.listIds, listId]
							: contact.listIds.filter((id) => id !== listId),
					updatedAt: Math.max(now, contact.updatedAt + 1)
				}));
			await db.contacts.bulkPut(updated);
			await db.events.bulkAdd(
				updated.map((contact) => makeEvent(contact.id, type, now, { listId }))
			);
			changed += updated.length;
		}
		return changed;
	});
}

async function existing(db: CarnetDatabase, ids: readonly string[]): Promise<Contact[]> {
	const contacts = await db.contacts.bulkGet([...new Set(ids)]);
	return contacts.filter((contact): contact is Contact => contact !== undefined);
}

function uniqueKeys(identifiers: readonly SuppressionKey[]): SuppressionKey[] {
	return [...new Map(identifiers.map((identifier) => [identifier.key, identifier])).values()];
}
