// the typed boundary between the main thread and workers/import.worker.ts (and sniff.worker.ts). plain data and functions
// wrapped with Comlink.proxy only.

import type { FileErrorCode, FileInfo, ReadOptions } from '$lib/core/import/types';
import type { ImportProgress } from '$lib/db/import-run';
import type { ImportJob } from '$lib/db/schema';
import type { SourceFailure } from '$lib/core/sources/failure';

export type { ImportProgress };

export type SniffResult =
	| { ok: true; info: FileInfo }
	| { ok: false; error: FileErrorCode | 'import.failed'; detail: string };

export type JobResult = { ok: true; job: ImportJob } | { ok: false; error: string };

/** what fetching a url source for the set-up form found */
export type ProbeResult =
	{ ok: true; info: FileInfo; fileName: string } | { ok: false; failure: SourceFailure };

export type SyncResult =
	| { ok: true; job: ImportJob }
	/** the source could not be read; `job` is its failed log entry (null when only waiting) */
	| { ok: false; failure: SourceFailure; job: ImportJob | null }
	/** another tab is syncing this source right now */
	| { ok: false; busy: true }
	/** a programming or database error, as text */
	| { ok: false; error: string };

export interface SniffWorkerApi {
	/** what the file is and its first rows; overrides (encoding, delimiter, sheet) re-read it */
	sniff(file: File, options?: ReadOptions): Promise<SniffResult>;
}

export interface ImportWorkerApi {
	/** runs or resumes the job over the file */
	run(
		jobId: string,
		file: File,
		onProgress?: (progress: ImportProgress) => void
	): Promise<JobResult>;
	/** undoes what the job committed */
	undo(jobId: string, onProgress?: (progress: ImportProgress) => void): Promise<JobResult>;
	/** asks the running import or undo of the job to stop after its current batch */
	stop(jobId: string): void;
	/** fetches a url and reads what it holds, for setting up a source */
	probeSource(url: string): Promise<ProbeResult>;
	/**
	 * syncs the source: a url source is fetched here; a file source passes the file as it is now.
	 * resolves busy at once when another tab holds the source's lock.
	 */
	syncSource(
		sourceId: string,
		file: File | null,
		onProgress?: (progress: ImportProgress) => void
	): Promise<SyncResult>;
}

/** the web lock of a source while it syncs: one sync per source at a time, across tabs */
export function sourceLockName(sourceId: string): string {
	return `carnet-source-${sourceId}`;
}

/** the web lock a worker holds while it runs a job: a job marked running without it was interrupted */
export function importLockName(jobId: string): string {
	return `carnet-import-${jobId}`;
}
