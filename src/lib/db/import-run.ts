// running and undoing an import job: the file is read in batches (core's readRows), each row is
// mapped and checked (core's prepareRow), and each batch is committed in one transaction
// (commitImportBatch). the import worker is a thin shell around these two functions; tests run them
// in node against fake-indexeddb.

import type { CustomFieldSpec } from '../core/custom-fields';
import { foldText } from '../core/fold';
import { prepareRow, type PrepareRowOptions } from '../core/import/prepare-row';
import { rowNumberAt } from '../core/import/rows';
import { readRows } from '../core/import/read-rows';
import {
	FileReadError,
	type ColumnMapping,
	type ReadOptions,
	type RowBatch
} from '../core/import/types';
import type { CarnetDatabase } from './database';
import { createField, listFields } from './fields-repo';
import {
	commitImportBatch,
	countImportChanges,
	setImportStatus,
	undoLastImportBatch,
	type ImportTimings,
	type RowIssueInput,
	type SyncBatch
} from './imports-repo';
import { BookIdentifiers } from './import-lookups';
import { ImportLists } from './import-lists';
import type { ImportCounts, ImportJob } from './schema';
import { getSetting } from './settings-repo';
import type { BatchRow } from '../core/import/plan-batch';
import { nextTask } from './next-task';
import { foldAfterWrites } from './list-fold';

export interface ImportProgress {
	jobId: string;
	phase: 'import' | 'undo';
	/** rows read so far (import) or contacts undone (undo) */
	done: number;
	/** the rows (or contacts) expected in all, an estimate for big text files */
	total: number;
	/** 0..1, from the bytes read for an import (exact even when the row count is estimated) */
	fraction: number;
	/** rows (or contacts) per second so far */
	rate: number;
	/** seconds left at that rate, null until it can be told */
	secondsLeft: number | null;
	counts: ImportCounts;
}

export interface RunOptions {
	onProgress?: (progress: ImportProgress) => void;
	/** asked between batches; true stops the job (committed batches stay) */
	shouldStop?: () => boolean;
	/** rows per batch and transaction */
	batchSize?: number;
	/** filled with the time per phase when given */
	timings?: ImportTimings;
	/** set when an automatic source runs the job: it decides which rows are written */
	sync?: SyncFilter;
}

/** an automatic import's say over each batch (db/source-sync.ts) */
export interface SyncFilter {
	/**
	 * the rows of a batch to commit, out of the rows that passed prepareRow (`values` are their
	 * cells, in the same order), and what the commit remembers for the source
	 */
	filter(
		rows: readonly BatchRow[],
		values: readonly string[][],
		header: readonly string[]
	): Promise<{ rows: BatchRow[]; sync: SyncBatch }>;
}

// the ui needs no more than this, and every message crosses the worker boundary
const PROGRESS_INTERVAL_MS = 100;
// rows per transaction: the bare-write baseline's size (DESIGN §7: 1,000–2,000), since each
// transaction costs a few round trips of look-ups and a commit whatever its size
const DEFAULT_BATCH = 2_000;

/**
 * runs (or resumes) the job over `file`: rows up to the job's last committed row are skipped, so an
 * interrupted job continues where it stopped. resolves to the job as stored at the end.
 */
export async function runImport(
	db: CarnetDatabase,
	jobId: string,
	file: Blob & { name?: string },
	options: RunOptions = {}
): Promise<ImportJob> {
	try {
		return await importFile(db, jobId, file, options);
	} finally {
		// the batches logged how they moved contacts in the list's sorts (db/list-edits.ts)
		await foldAfterWrites(db);
	}
}

async function importFile(
	db: CarnetDatabase,
	jobId: string,
	file: Blob & { name?: string },
	options: RunOptions
): Promise<ImportJob> {
	let job = await mustGet(db, jobId);
	const mapping = await createNewFields(db, job.mapping);
	job = (await setImportStatus(db, jobId, 'running', { mapping, error: null })) ?? job;

	const fields: Record<string, CustomFieldSpec> = {};
	for (const field of await listFields(db)) {
		fields[field.id] = field.options
			? { type: field.type, options: field.options }
			: { type: field.type };
	}
	const requirePhone = (await getSetting(db, 'requirePhone')) ?? false;
	const readOptions: ReadOptions = {
		format: job.options.format,
		batchSize: options.batchSize ?? DEFAULT_BATCH
	};
	if (job.options.encoding) readOptions.encoding = job.options.encoding;
	if (job.options.delimiter) readOptions.delimiter = job.options.delimiter;
	if (job.options.sheet) readOptions.sheet = job.options.sheet;

	const started = performance.now();
	const rowsAtStart = job.counts.rows;
	let lastReport = 0;
	const report = (bytesRead: number, totalBytes: number, final = false): void => {
		const now = performance.now();
		if (!options.onProgress || (!final && now - lastReport < PROGRESS_INTERVAL_MS)) return;
		lastReport = now;
		const fraction = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 1;
		const doneNow = job.counts.rows - rowsAtStart;
		const seconds = (now - started) / 1000;
		const rate = seconds > 0 ? doneNow / seconds : 0;
		const total = Math.max(job.totalRows, job.counts.rows);
		const secondsLeft =
			fraction > 0.01 && fraction < 1 ? (seconds / fraction) * (1 - fraction) : null;
		options.onProgress({
			jobId,
			phase: 'import',
			done: job.counts.rows,
			total: final ? job.counts.rows : total,
			fraction: final ? 1 : fraction,
			rate,
			secondsLeft: final ? 0 : secondsLeft,
			counts: job.counts
		});
	};

	// rows up to here were committed before an interruption: they are in the book already
	const resumeAfter = job.lastCommittedRow;
	const lists = mapping.some((target) => target?.kind === 'lists')
		? await ImportLists.load(db)
		: undefined;
	const prepareOptions = {
		defaultCountry: job.options.defaultCountry,
		fields,
		listIds: job.options.listIds,
		unsubscribeAll: job.options.unsubscribeAll,
		requirePhone,
		// only delimited text carries a csv export's formula guard (see core/import/read-cell.ts)
		unguardFormulas: job.options.format === 'csv',
		...(lists === undefined ? {} : { listIdOf: lists.idOf })
	};
	// the next batch is read and prepared while the previous one commits: the commit waits on
	// IndexedDB, not on this thread. transactions run in the order they start, so a batch's look-ups
	// still see every earlier batch.
	const known = await BookIdentifiers.load(db, Math.max(job.totalRows - job.counts.rows, 0));
	let committing: Promise<void> = Promise.resolve();
	let stopRequested = false;
	try {
		for await (const batch of readRows(file, readOptions)) {
			const now = Date.now();
			const prepareStarted = performance.now();
			const { values, ...prepared } = await prepareBatch(batch, resumeAfter, mapping, {
				...prepareOptions,
				now
			});
			if (options.timings) options.timings.prepareMs += performance.now() - prepareStarted;
			await committing;
			if (stopRequested) break;
			if (prepared.rowsRead === 0) continue;
			const filtered = options.sync
				? await options.sync.filter(prepared.rows, values, batch.header)
				: undefined;
			const newLists = lists?.takeNew(now) ?? [];
			const input = {
				jobId,
				...prepared,
				...filtered,
				now,
				known,
				...(newLists.length > 0 ? { lists: newLists } : {}),
				...(options.timings ? { timings: options.timings } : {})
			};
			committing = commitImportBatch(db, input).then((committed) => {
				job = committed.job;
				report(batch.bytesRead, batch.totalBytes);
				stopRequested = options.shouldStop?.() ?? false;
			});
			// its failure is handled where it is awaited, not reported as unhandled in between
			committing.catch(() => undefined);
		}
		await committing;
		if (stopRequested) {
			job = (await setImportStatus(db, jobId, 'cancelled')) ?? job;
			report(1, 1, true);
			return job;
		}
	} catch (error) {
		if (!(error instanceof FileReadError)) {
			await setImportStatus(db, jobId, 'failed', { error: 'import.failed' });
			throw error;
		}
		job = (await setImportStatus(db, jobId, 'failed', { error: error.code })) ?? job;
		return job;
	}
	job = (await setImportStatus(db, jobId, 'committed', { totalRows: job.counts.rows })) ?? job;
	report(1, 1, true);
	return job;
}

/**
 * undoes every committed batch of the job, newest first, each in its own transaction (a long undo
 * keeps the book usable and can be stopped and taken up again). resolves to the job as stored.
 */
export async function undoImport(
	db: CarnetDatabase,
	jobId: string,
	options: RunOptions = {}
): Promise<ImportJob> {
	try {
		return await undoBatches(db, jobId, options);
	} finally {
		await foldAfterWrites(db);
	}
}

async function undoBatches(
	db: CarnetDatabase,
	jobId: string,
	options: RunOptions
): Promise<ImportJob> {
	let job = await mustGet(db, jobId);
	const previous = job.status;
	job = (await setImportStatus(db, jobId, 'undoing')) ?? job;
	const total = await countImportChanges(db, jobId);
	const started = performance.now();
	let done = 0;
	let lastReport = 0;
	for (;;) {
		const undone = await undoLastImportBatch(db, jobId);
		if (undone === null) break;
		done += undone;
		const now = performance.now();
		if (options.onProgress && now - lastReport >= PROGRESS_INTERVAL_MS) {
			lastReport = now;
			const seconds = (now - started) / 1000;
			const rate = seconds > 0 ? done / seconds : 0;
			options.onProgress({
				jobId,
				phase: 'undo',
				done,
				total,
				fraction: total > 0 ? done / total : 1,
				rate,
				secondsLeft: rate > 0 ? (total - done) / rate : null,
				counts: job.counts
			});
		}
		if (options.shouldStop?.()) {
			return (await setImportStatus(db, jobId, previous)) ?? job;
		}
	}
	return (await setImportStatus(db, jobId, 'undone')) ?? job;
}

interface PreparedBatch {
	rows: BatchRow[];
	/** the cells of each row in `rows` */
	values: string[][];
	issues: RowIssueInput[];
	rowsRead: number;
	lastRow: number;
}

async function prepareBatch(
	batch: RowBatch,
	resumeAfter: number,
	mapping: ColumnMapping,
	options: PrepareRowOptions
): Promise<PreparedBatch> {
	const prepared: PreparedBatch = {
		rows: [],
		values: [],
		issues: [],
		rowsRead: 0,
		lastRow: resumeAfter
	};
	let lastYield = performance.now();
	for (let i = 0; i < batch.rows.length; i += 1) {
		// the previous batch's transaction runs on this thread too: let its callbacks in now and
		// then, or it would wait for the whole batch to be prepared. each of its round trips waits
		// for the end of a slice, so slices are short and by time (a row's cost varies ten-fold)
		if (performance.now() - lastYield >= YIELD_AFTER_MS) {
			await nextTask();
			lastYield = performance.now();
		}
		const values = batch.rows[i] as string[];
		const row = rowNumberAt(batch, i);
		if (row <= resumeAfter) continue;
		prepared.rowsRead += 1;
		prepared.lastRow = row;
		const result = prepareRow(values, mapping, options);
		if (result.ok) {
			prepared.rows.push({ row, contact: result.contact });
			prepared.values.push(values);
			if (result.warnings.length > 0) {
				prepared.issues.push({ row, values, reasons: result.warnings, failed: false });
			}
		} else {
			const reasons = [...result.errors, ...result.warnings];
			prepared.issues.push({ row, values, reasons, failed: true });
		}
	}
	return prepared;
}

// the longest slice of preparing between two yields
const YIELD_AFTER_MS = 3;

async function mustGet(db: CarnetDatabase, jobId: string): Promise<ImportJob> {
	const job = await db.imports.get(jobId);
	if (!job) throw new Error(`no import job ${jobId}`);
	return job;
}

// "new field named <header>" becomes a real custom field before the first row, so that every row and
// a resumed job use the same one. a field with that label already there (made by an earlier try) is
// reused.
async function createNewFields(db: CarnetDatabase, mapping: ColumnMapping): Promise<ColumnMapping> {
	if (!mapping.some((target) => target?.kind === 'newCustom')) return mapping;
	const result: ColumnMapping = [];
	for (const target of mapping) {
		if (target?.kind !== 'newCustom') {
			result.push(target);
			continue;
		}
		const created = await createField(db, { label: target.label, type: 'text' });
		if (created.ok) {
			result.push({ kind: 'custom', fieldId: created.field.id });
			continue;
		}
		const label = foldText(target.label);
		const existing = (await listFields(db)).find((field) => foldText(field.label) === label);
		result.push(existing ? { kind: 'custom', fieldId: existing.id } : null);
	}
	return result;
}
