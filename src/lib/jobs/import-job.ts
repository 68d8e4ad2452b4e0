// the main thread's side of the import worker: one worker per tab, created on first use and kept
// while the tab lives, so that moving to another page does not stop an import.

import * as Comlink from 'comlink';
import type { ReadOptions } from '$lib/core/import/types';
import type {
	ImportProgress,
	ImportWorkerApi,
	JobResult,
	ProbeResult,
	SniffResult,
	SyncResult
} from './import-protocol';

let remote: Comlink.Remote<ImportWorkerApi> | undefined;

function worker(): Comlink.Remote<ImportWorkerApi> {
	if (!remote) {
		remote = Comlink.wrap<ImportWorkerApi>(
			new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' })
		);
	}
	return remote;
}

export function sniffImportFile(file: File, options?: ReadOptions): Promise<SniffResult> {
	return worker().sniff(file, options);
}

export function runImportJob(
	jobId: string,
	file: File,
	onProgress: (progress: ImportProgress) => void
): Promise<JobResult> {
	return worker().run(jobId, file, Comlink.proxy(onProgress));
}

export function undoImportJob(
	jobId: string,
	onProgress: (progress: ImportProgress) => void
): Promise<JobResult> {
	return worker().undo(jobId, Comlink.proxy(onProgress));
}

export async function stopImportJob(jobId: string): Promise<void> {
	await worker().stop(jobId);
}

/** fetches a url in the worker and reads what it holds (setting up an automatic import) */
export function probeSourceUrl(url: string): Promise<ProbeResult> {
	return worker().probeSource(url);
}

/** runs one sync of the source in the worker; `file` is the local file of a file source */
export function syncSourceJob(
	sourceId: string,
	file: File | null,
	onProgress: (progress: ImportProgress) => void
): Promise<SyncResult> {
	return worker().syncSource(sourceId, file, Comlink.proxy(onProgress));
}
