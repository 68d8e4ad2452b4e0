// automatic import sources: the records, their sync log (the import jobs a source ran) and what is
// kept per row between syncs. deleting a source keeps every contact it brought.

import Dexie from 'dexie';
import { clampInterval, DEFAULT_INTERVAL_MINUTES } from '../core/sources/schedule';
import type { SourceFailure } from '../core/sources/failure';
import type { ColumnMapping } from '../core/import/types';
import type { CarnetDatabase } from './database';
import { createImportJob, setImportStatus } from './imports-repo';
import { newId } from './ids';
import type { ImportJob, ImportOptions, Source } from './schema';

export interface NewSource {
	name: string;
	kind: Source['kind'];
	location: string;
	header: string[];
	mapping: ColumnMapping;
	options: ImportOptions;
	intervalMinutes?: number;
	handle?: FileSystemFileHandle | null;
}

export async function createSource(
	db: CarnetDatabase,
	init: NewSource,
	now: number = Date.now()
): Promise<Source> {
	const source: Source = {
		id: newId(),
		name: init.name.trim() || init.location,
		kind: init.kind,
		location: init.location,
		header: init.header,
		mapping: init.mapping,
		options: init.options,
		enabled: true,
		intervalMinutes: clampInterval(init.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES),
		handle: init.handle ?? null,
		lastRunAt: null,
		lastJobId: null,
		pending: false,
		lastError: null,
		lastErrorDetail: '',
		createdAt: now,
		updatedAt: now
	};
	await db.sources.add(source);
	return source;
}

/** every source, oldest first (v7 ids are time-ordered) */
export async function listSources(db: CarnetDatabase): Promise<Source[]> {
	return db.sources.toArray();
}

export async function getSource(db: CarnetDatabase, id: string): Promise<Source | undefined> {
	return db.sources.get(id);
}

export type SourceChanges = Partial<
	Pick<
		Source,
		| 'name'
		| 'location'
		| 'header'
		| 'mapping'
		| 'options'
		| 'enabled'
		| 'intervalMinutes'
		| 'handle'
		| 'pending'
		| 'lastRunAt'
		| 'lastJobId'
		| 'lastError'
		| 'lastErrorDetail'
	>
>;

/**
 * changes a source. a new mapping, location, file, lists or default country makes the rows
 * remembered from the last sync meaningless, so they are forgotten: the next sync reads every row
 * once as new (matching contacts are filled in and join the lists, as by an import; nothing they
 * hold is overwritten, and the unsubscribed stay so).
 */
export async function updateSource(
	db: CarnetDatabase,
	id: string,
	changes: SourceChanges,
	now: number = Date.now()
): Promise<Source | undefined> {
	return db.transaction('rw', db.sources, db.sourceRows, async () => {
		const source = await db.sources.get(id);
		if (!source) return undefined;
		const next: Source = { ...source, ...changes, updatedAt: now };
		if (changes.intervalMinutes !== undefined) {
			next.intervalMinutes = clampInterval(changes.intervalMinutes);
		}
		// new lists or another default country change what each row makes too: a user who adds
		// a list expects all of the source's contacts in it, not only the next new ones
		const shaping = (options: ImportOptions) =>
			JSON.stringify([[...options.listIds].sort(), options.defaultCountry]);
		const reread =
			(changes.mapping !== undefined &&
				JSON.stringify(changes.mapping) !== JSON.stringify(source.mapping)) ||
			(changes.options !== undefined && shaping(changes.options) !== shaping(source.options)) ||
			(changes.location !== undefined && changes.location !== source.location) ||
			(changes.handle !== undefined && changes.handle !== source.handle);
		if (reread) await db.sourceRows.where('sourceId').equals(id).delete();
		await db.sources.put(next);
		return next;
	});
}

/** deletes the source, its log and what it remembered; its contacts stay */
export async function deleteSource(db: CarnetDatabase, id: string): Promise<void> {
	await db.transaction(
		'rw',
		[db.sources, db.sourceRows, db.imports, db.importIssues, db.importChanges],
		async () => {
			const jobIds = (await db.imports.where('sourceId').equals(id).primaryKeys()) as string[];
			await deleteJobs(db, jobIds);
			await db.sourceRows.where('sourceId').equals(id).delete();
			await db.sources.delete(id);
		}
	);
}

async function deleteJobs(db: CarnetDatabase, jobIds: readonly string[]): Promise<void> {
	for (const jobId of jobIds) {
		await db.importIssues
			.where('[jobId+row]')
			.between([jobId, Dexie.minKey], [jobId, Dexie.maxKey])
			.delete();
		await db.importChanges.where('jobId').equals(jobId).delete();
	}
	await db.imports.bulkDelete([...jobIds]);
}

/** the source's syncs, newest first */
export async function listSourceJobs(
	db: CarnetDatabase,
	sourceId: string,
	limit = 50
): Promise<ImportJob[]> {
	const jobs = await db.imports.where('sourceId').equals(sourceId).toArray();
	return jobs.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, limit);
}

/** how many syncs a source's log keeps; older ones go with their failed rows */
export const SYNC_LOG_LENGTH = 50;

/** drops the source's syncs beyond the newest `keep` */
export async function pruneSourceLog(
	db: CarnetDatabase,
	sourceId: string,
	keep: number = SYNC_LOG_LENGTH
): Promise<void> {
	const ids = ((await db.imports.where('sourceId').equals(sourceId).primaryKeys()) as string[])
		.sort()
		.reverse();
	if (ids.length <= keep) return;
	await db.transaction('rw', [db.imports, db.importIssues, db.importChanges], () =>
		deleteJobs(db, ids.slice(keep))
	);
}

/** the source is waiting for the network: it syncs as soon as the device is back online */
export async function markSourcePending(db: CarnetDatabase, id: string): Promise<void> {
	await db.sources.update(id, { pending: true, updatedAt: Date.now() });
}

/**
 * a sync that could not read its source: the log gets a failed entry with the reason, and the
 * source waits for its next turn (or, offline, for the network, without a log entry)
 */
export async function recordSourceFailure(
	db: CarnetDatabase,
	id: string,
	failure: SourceFailure,
	now: number = Date.now()
): Promise<ImportJob | null> {
	const source = await db.sources.get(id);
	if (!source) return null;
	if (failure.retryWhenOnline) {
		await db.sources.update(id, { pending: true, updatedAt: now });
		return null;
	}
	const job = await createImportJob(
		db,
		{
			file: { name: source.name, size: 0, type: '', lastModified: now },
			header: source.header,
			mapping: source.mapping,
			options: source.options,
			totalRows: 0,
			sourceId: id
		},
		now
	);
	const failed = await setImportStatus(db, job.id, 'failed', { error: failure.code }, now);
	const stored: ImportJob = { ...(failed ?? job), errorDetail: failure.detail };
	await db.imports.put(stored);
	await db.sources.update(id, {
		lastRunAt: now,
		lastJobId: job.id,
		pending: false,
		lastError: failure.code,
		lastErrorDetail: failure.detail,
		updatedAt: now
	});
	await pruneSourceLog(db, id);
	return stored;
}
