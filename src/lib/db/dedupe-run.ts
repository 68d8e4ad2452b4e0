// the duplicate scan over the database, as the dedupe worker runs it: contacts are read in
// primary-key chunks (one short transaction each, so that saves and imports are not held up) and
// core's scanDuplicatesInBlocks blocks and compares them without keeping them (a compact profile
// and a few numbers per contact, the full profiles of one group of blocks at a time); the pairs
// become suggestions group by group.
//
// after an import (`onlyIds`), only the keys of the new and changed contacts are blocked and only
// their pairs compared: the book is still read once, because the size of each block and the
// namesakes of each name are the book's, but what is held and compared follows the import's size.
// an import of more than MAX_FOCUS contacts gets the full scan instead.

import { scanDuplicatesInBlocks, type BlockScanResult } from '../core/duplicates/block-scan';
import type { DuplicatePair } from '../core/duplicates/types';
import type { Contact } from '../core/contact';
import type { CarnetDatabase } from './database';
import { dropOpenSuggestionsExcept, upsertSuggestions } from './suggestions-repo';
import { nextTask } from './next-task';

export type DedupePhase = 'reading' | 'comparing' | 'saving';

export interface DedupeProgress {
	phase: DedupePhase;
	/** contacts read so far */
	done: number;
	/** contacts in the book */
	total: number;
}

export interface DedupeRunOptions {
	/**
	 * only pairs with at least one of these contacts are looked for (new and changed after an
	 * import); more than MAX_FOCUS of them get the full scan
	 */
	onlyIds?: readonly string[];
	threshold?: number;
	onProgress?: (progress: DedupeProgress) => void;
	shouldStop?: () => boolean;
	/** contacts read per request */
	chunkSize?: number;
	/** the most `onlyIds` scanned on their own (MAX_FOCUS) */
	maxFocus?: number;
	/** profiles the comparing holds at once (see scanDuplicatesInBlocks) */
	profileBudget?: number;
}

export interface DedupeResult {
	/** false when the scan was stopped before it finished */
	completed: boolean;
	/** pairs found at or above the threshold */
	found: number;
	/** of those, the ones that are open suggestions now (not dismissed or merged before) */
	open: number;
	stats: BlockScanResult['stats'] | null;
	/** milliseconds spent writing the suggestions, for the benchmarks */
	savingMs: number;
}

// contacts read a request. small chunks die young: a chunk lives while it is profiled, and at 2,000
// contacts (some 8 MB of garbage with their profiles and keys) it outlived two young-generation
// collections, so that every contact of the book was moved to the old generation before it died
// (a million contacts in Node: the used heap peaked at 462 MB while reading, 355 MB with 500)
const CHUNK = 500;
// the most contacts whose keys a scan after an import holds (a few MB of hashes and ids)
const MAX_FOCUS = 50_000;

/** the ids of the custom fields marked "unique identifier" */
export async function uniqueFieldIds(db: CarnetDatabase): Promise<string[]> {
	const fields = await db.fields.toArray();
	return fields.filter((field) => field.unique).map((field) => field.id);
}

export async function runDedupe(
	db: CarnetDatabase,
	opts: DedupeRunOptions = {}
): Promise<DedupeResult> {
	const uniqueFields = await uniqueFieldIds(db);
	const total = await db.contacts.count();
	// a big import puts a contact of its own in most blocks: comparing its blocks is about comparing
	// the book, and holding its keys would cost more memory than the full scan does
	const onlyIds =
		opts.onlyIds && opts.onlyIds.length <= (opts.maxFocus ?? MAX_FOCUS) ? opts.onlyIds : null;
	if (onlyIds?.length === 0) {
		return { completed: true, found: 0, open: 0, stats: null, savingMs: 0 };
	}
	const focus = onlyIds ? contactsOf(db, onlyIds) : undefined;
	opts.onProgress?.({ phase: 'reading', done: 0, total });
	// the ids of the open suggestions the scan wrote: the others are dropped after a full scan
	const written = new Set<string>();
	let open = 0;
	let savingMs = 0;
	// a group's pairs are saved while the next group is compared, one save at a time: writing them
	// waits mostly on IndexedDB, comparing on the cpu. the comparing pauses now and then meanwhile,
	// since the saving needs the worker's turns to go from its look-ups to its writes
	let saving: Promise<void> = Promise.resolve();
	let savePending = false;
	const save = async (pairs: DuplicatePair[]): Promise<void> => {
		const start = performance.now();
		try {
			open += await upsertSuggestions(db, pairs, Date.now(), focus ? undefined : written);
		} finally {
			savingMs += performance.now() - start;
			savePending = false;
		}
	};
	const result = await scanDuplicatesInBlocks(readInChunks(db, opts.chunkSize ?? CHUNK), {
		uniqueFields,
		total,
		...(focus ? { focus } : {}),
		...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
		...(opts.profileBudget !== undefined ? { profileBudget: opts.profileBudget } : {}),
		...(opts.shouldStop ? { shouldStop: opts.shouldStop } : {}),
		onProgress: (progress) => {
			// the comparing counts block members; the page shows the book it compares
			if (progress.phase === 'reading') opts.onProgress?.(progress);
			else opts.onProgress?.({ phase: 'comparing', done: total, total });
		},
		onPairs: async (pairs: DuplicatePair[]) => {
			await saving;
			if (pairs.length === 0) return;
			opts.onProgress?.({ phase: 'saving', done: total, total });
			savePending = true;
			saving = save(pairs);
			// a failed save is thrown where it is awaited: by the next group, or below
			saving.catch(() => undefined);
		},
		pause: () => (savePending ? nextTask() : undefined)
	});
	await saving;
	if (!result.completed) {
		return { completed: false, found: 0, open, stats: result.stats, savingMs };
	}
	opts.onProgress?.({ phase: 'saving', done: total, total });
	// a complete scan of everything also forgets the open pairs it no longer finds
	const start = performance.now();
	if (!focus) await dropOpenSuggestionsExcept(db, written);
	savingMs += performance.now() - start;
	return { completed: true, found: result.found, open, stats: result.stats, savingMs };
}

// the book in primary-key order, the next chunk already asked for while this one is worked on
async function* readInChunks(db: CarnetDatabase, chunkSize: number): AsyncGenerator<Contact[]> {
	const read = (after: string | undefined): Promise<Contact[]> =>
		(after === undefined ? db.contacts.orderBy('id') : db.contacts.where('id').above(after))
			.limit(chunkSize)
			.toArray();
	let next = read(undefined);
	try {
		for (;;) {
			const chunk = await next;
			if (chunk.length === 0) return;
			const last = chunk[chunk.length - 1]?.id;
			next = chunk.length < chunkSize ? Promise.resolve([]) : read(last);
			yield chunk;
		}
	} finally {
		// a scan stopped early leaves the read ahead unawaited: its failure is nobody's concern
		next.catch(() => undefined);
	}
}

async function* contactsOf(db: CarnetDatabase, ids: readonly string[]): AsyncGenerator<Contact[]> {
	for (let start = 0; start < ids.length; start += CHUNK) {
		const chunk = await db.contacts.bulkGet(ids.slice(start, start + CHUNK));
		yield chunk.filter((contact): contact is Contact => contact !== undefined);
	}
}
