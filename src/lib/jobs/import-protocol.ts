// the typed boundary between the main thread and workers/import.worker.ts. plain data and functions
// wrapped with Comlink.proxy only.

import type { FileErrorCode, FileInfo, ReadOptions } from '$lib/core/import/types';
import type { ImportProgress } from '$lib/db/import-run';
import type { ImportJob } from '$lib/db/schema';

export type { ImportProgress };

export type SniffResult =
	| { ok: true; info: FileInfo }
	| { ok: false; error: FileErrorCode | 'import.failed'; detail: string };

export type JobResult = { ok: true; job: ImportJob } | { ok: false; error: string };

export interface ImportWorkerApi {
	/** what the file is and its first rows; overrides (encoding, delimiter, sheet) re-read it */
	sniff(file: File, options?: ReadOptions): Promise<SniffResult>;
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
}

/** the web lock a worker holds while it runs a job: a job marked running without it was interrupted */
export function importLockName(jobId: string): string {
	return `carnet-import-${jobId}`;
}
