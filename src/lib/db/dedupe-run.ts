// the full duplicate scan over the database, as the dedupe worker runs it: contacts are read in
// primary-key chunks and only what duplicate detection compares is kept of each (names, phones,
// e-mails, birth date, address, unique custom values; no note, lists, keys or other custom values),
// then core's scanDuplicates blocks and scores them and the pairs become suggestions.
//
// memory: core's scanDuplicates takes contacts and blocks them in memory (a block may span the
// whole book), so the compact contacts and their profiles are held while it runs, never the full
// contacts. that is linear in the book (the bytes per contact are not measured yet); walking a
// stored index of blocking keys instead (core/duplicates/blocking.ts) is what would keep a million
// contacts out of memory, at the price of an index written on every save and import.

import { scanDuplicates, type ScanStats } from '../core/duplicates/find-duplicates';
import type { DuplicatePair } from '../core/duplicates/types';
import type { Contact } from '../core/contact';
import type { CarnetDatabase } from './database';
import { pairKey } from './schema';
import { dropOpenSuggestionsExcept, upsertSuggestions } from './suggestions-repo';

export type DedupePhase = 'reading' | 'comparing' | 'saving';

export interface DedupeProgress {
	phase: DedupePhase;
	/** contacts read so far */
	done: number;
	total: number;
}

export interface DedupeRunOptions {
	/** only pairs with at least one of these contacts are kept (new and changed after an import) */
	onlyIds?: readonly string[];
	threshold?: number;
	onProgress?: (progress: DedupeProgress) => void;
	shouldStop?: () => boolean;
	/** contacts read per request */
	chunkSize?: number;
}

export interface DedupeResult {
	/** false when the scan was stopped before it compared anything */
	completed: boolean;
	/** pairs found at or above the threshold */
	found: number;
	/** of those, the ones that are open suggestions now (not dismissed or merged before) */
	open: number;
	stats: ScanStats | null;
}

const CHUNK = 2_000;

/** the fields duplicate detection reads; the rest of a contact is left behind */
export function compactContact(contact: Contact, uniqueFields: readonly string[]): Contact {
	const custom: Contact['custom'] = {};
	for (const field of uniqueFields) {
		const value = contact.custom[field];
		if (value !== undefined) custom[field] = value;
	}
	return {
		id: contact.id,
		firstName: contact.firstName,
		lastName: contact.lastName,
		alias: '',
		organization: contact.organization,
		phones: contact.phones,
		emails: contact.emails,
		subscription: contact.subscription,
		birthDate: contact.birthDate,
		street: contact.street,
		postalCode: contact.postalCode,
		city: contact.city,
		region: contact.region,
		country: contact.country,
		note: '',
		listIds: [],
		custom,
		createdAt: 0,
		updatedAt: 0,
		keys: EMPTY_KEYS
	};
}

const EMPTY_KEYS = {} as Contact['keys'];

/** the ids of the custom fields marked "unique identifier" */
export async function uniqueFieldIds(db: CarnetDatabase): Promise<string[]> {
	const fields = await db.fields.toArray();
	return fields.filter((field) => field.unique).map((field) => field.id);
}

export async function runDedupe(
	db: CarnetDatabase,
	opts: DedupeRunOptions = {}
): Promise<DedupeResult> {
	const chunkSize = opts.chunkSize ?? CHUNK;
	const uniqueFields = await uniqueFieldIds(db);
	const total = await db.contacts.count();
	const compact: Contact[] = [];
	opts.onProgress?.({ phase: 'reading', done: 0, total });
	let last: string | undefined;
	for (;;) {
		if (opts.shouldStop?.()) return { completed: false, found: 0, open: 0, stats: null };
		const query =
			last === undefined ? db.contacts.orderBy('id') : db.contacts.where('id').above(last);
		const chunk = await query.limit(chunkSize).toArray();
		if (chunk.length === 0) break;
		for (const contact of chunk) compact.push(compactContact(contact, uniqueFields));
		last = chunk[chunk.length - 1]?.id;
		opts.onProgress?.({ phase: 'reading', done: compact.length, total });
		if (chunk.length < chunkSize) break;
	}
	opts.onProgress?.({ phase: 'comparing', done: compact.length, total });
	const scan = scanDuplicates(compact, {
		uniqueFields,
		...(opts.threshold !== undefined ? { threshold: opts.threshold } : {})
	});
	compact.length = 0;
	if (opts.shouldStop?.()) return { completed: false, found: 0, open: 0, stats: scan.stats };
	let pairs: DuplicatePair[] = scan.pairs;
	if (opts.onlyIds) {
		const only = new Set(opts.onlyIds);
		pairs = pairs.filter((pair) => only.has(pair.a) || only.has(pair.b));
	}
	opts.onProgress?.({ phase: 'saving', done: total, total });
	const open = await upsertSuggestions(db, pairs);
	// a complete scan of everything also forgets the open pairs it no longer finds
	if (!opts.onlyIds) {
		await dropOpenSuggestionsExcept(db, new Set(pairs.map((pair) => pairKey(pair.a, pair.b))));
	}
	return { completed: true, found: pairs.length, open, stats: scan.stats };
}
