// one sync of an automatic import source over the content it has now: the content is read like an
// import's file (sniffFile, readRows) and written through the import's batch path (runImport,
// commitImportBatch: one transaction per batch, suppressions honoured), as an import job that is the
// sync's log entry. what makes it a sync is the row filter below: a row the source had last time
// with the same fingerprint is not written, a changed row is written by the conflict rule, and rows
// the source no longer has are forgotten, their contacts kept.

import { sniffFile } from '../core/import/sniff';
import { FileReadError, type FileInfo } from '../core/import/types';
import type { BatchRow } from '../core/import/plan-batch';
import { decideRow, goneKeys } from '../core/sources/decide';
import { notContacts, type SourceFailure } from '../core/sources/failure';
import { fieldHashes } from '../core/sources/field-hashes';
import { rowFingerprint } from '../core/sources/fingerprint';
import { RowKeys } from '../core/sources/row-key';
import { alignMapping, detectSourceMapping } from '../core/sources/source-mapping';
import type { CarnetDatabase } from './database';
import { listFields } from './fields-repo';
import { runImport, type RunOptions, type SyncFilter } from './import-run';
import { createImportJob, type SyncBatch } from './imports-repo';
import type { ImportJob } from './schema';
import { pruneSourceLog, recordSourceFailure } from './sources-repo';

export type SyncOutcome =
	| { ok: true; job: ImportJob }
	/** the content could not be used; `job` is the failed log entry */
	| { ok: false; failure: SourceFailure; job: ImportJob | null };

/** decides, batch by batch, which rows of the source are written, and remembers what it saw */
class SourceRowFilter implements SyncFilter {
	readonly keys = new RowKeys();

	constructor(
		private readonly db: CarnetDatabase,
		private readonly sourceId: string
	) {}

	async filter(
		rows: readonly BatchRow[],
		values: readonly string[][],
		header: readonly string[]
	): Promise<{ rows: BatchRow[]; sync: SyncBatch }> {
		const seen = rows.map((row, index) => {
			const fingerprint = rowFingerprint(header, values[index] ?? []);
			return { fingerprint, key: this.keys.next(row.contact, fingerprint) };
		});
		const remembered = await this.db.sourceRows.bulkGet(
			seen.map(({ key }) => `${this.sourceId}|${key}`)
		);
		const sync: SyncBatch = { sourceId: this.sourceId, rows: new Map(), unchanged: 0 };
		const written: BatchRow[] = [];
		rows.forEach((row, index) => {
			const { key, fingerprint } = seen[index] as { key: string; fingerprint: string };
			const decision = decideRow(remembered[index], fingerprint);
			if (decision.kind === 'unchanged') {
				sync.unchanged += 1;
				return;
			}
			sync.rows.set(row.row, { key, fingerprint, fields: fieldHashes(row.contact) });
			written.push(decision.kind === 'changed' ? { ...row, previous: decision.previous } : row);
		});
		return { rows: written, sync };
	}
}

/**
 * syncs the source over `file` (what the url returned, or the local file as it is now). the caller
 * holds the source's lock, so that two tabs never sync one source at once.
 */
export interface SyncOptions extends Omit<RunOptions, 'sync'> {
	/**
	 * runs the job's work while holding what marks it alive (the worker's import lock, so that a page
	 * does not take a running sync for an interrupted one)
	 */
	hold?: <T>(jobId: string, work: () => Promise<T>) => Promise<T>;
}

export async function runSourceSync(
	db: CarnetDatabase,
	sourceId: string,
	file: Blob & { name?: string },
	options: SyncOptions = {},
	now: number = Date.now()
): Promise<SyncOutcome> {
	const source = await db.sources.get(sourceId);
	if (!source) throw new Error(`no source ${sourceId}`);
	const fail = async (failure: SourceFailure): Promise<SyncOutcome> => ({
		ok: false,
		failure,
		job: await recordSourceFailure(db, sourceId, failure, now)
	});

	let info: FileInfo;
	try {
		// the format is detected again each time: the owner may switch a sheet from csv to xlsx
		info = await sniffFile(file, source.options.sheet ? { sheet: source.options.sheet } : {});
	} catch (error) {
		if (error instanceof FileReadError) return fail(notContacts(error.code));
		throw error;
	}
	if (info.header.length === 0) return fail(notContacts('file.empty'));

	const fields = (await listFields(db)).map((field) => ({ id: field.id, label: field.label }));
	const suggestOptions = { fields, defaultCountry: source.options.defaultCountry };
	const aligned =
		source.header.length === 0
			? {
					ok: true as const,
					mapping: detectSourceMapping(info.header, info.sample, suggestOptions)
				}
			: alignMapping(source.header, source.mapping, info.header, info.sample, suggestOptions);
	if (!aligned.ok) return fail(notContacts('source.no_contact_columns'));

	const job = await createImportJob(
		db,
		{
			file: { name: source.name, size: file.size, type: file.type, lastModified: now },
			header: info.header,
			mapping: aligned.mapping,
			options: {
				...source.options,
				format: info.format,
				encoding: info.encoding,
				delimiter: info.delimiter,
				sheet: info.sheet
			},
			totalRows: info.estimatedRows,
			sourceId
		},
		now
	);
	const filter = new SourceRowFilter(db, sourceId);
	const { hold, ...runOptions } = options;
	const run = () => runImport(db, job.id, file, { ...runOptions, sync: filter });
	let finished = await (hold ? hold(job.id, run) : run());

	if (finished.status === 'committed') {
		const gone = await forgetGone(db, sourceId, filter.keys);
		finished = { ...finished, gone };
		await db.imports.put(finished);
	}
	const failed = finished.status === 'failed';
	await db.sources.update(sourceId, {
		// the new fields the job created are in its mapping now, so the next sync uses them
		header: info.header,
		mapping: finished.mapping,
		lastRunAt: now,
		lastJobId: job.id,
		pending: false,
		lastError: failed ? 'source.not_contacts' : null,
		lastErrorDetail: failed ? (finished.error ?? '') : '',
		updatedAt: Date.now()
	});
	await pruneSourceLog(db, sourceId);
	if (failed) {
		return {
			ok: false,
			failure: notContacts(finished.error ?? ''),
			job: finished
		};
	}
	return { ok: true, job: finished };
}

// rows the source had and no longer has: forgotten, so that a row coming back counts as new. their
// contacts stay in the book
async function forgetGone(db: CarnetDatabase, sourceId: string, seen: RowKeys): Promise<number> {
	const prefix = `${sourceId}|`;
	const ids = (await db.sourceRows.where('sourceId').equals(sourceId).primaryKeys()) as string[];
	const gone = goneKeys(
		ids.map((id) => id.slice(prefix.length)),
		seen
	);
	await db.sourceRows.bulkDelete(gone.map((key) => prefix + key));
	return gone.length;
}
