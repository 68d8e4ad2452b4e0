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
	SniffWorkerApi,
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

/** the read of a chosen file under way: its own worker, and how to end it early */
let reading: { worker: Worker; settle: (result: SniffResult) => void } | undefined;

/**
 * what a chosen file is and its first rows, read in a worker of its own that ends with the read.
 * a newer read, or stopReadingFile, terminates it: a damaged workbook can keep SheetJS busy for
 * ever, and the import worker must stay free for imports.
 */
export function sniffImportFile(file: File, options?: ReadOptions): Promise<SniffResult> {
	stopReadingFile();
	const worker = new Worker(new URL('../../../workers/sniff.worker.ts', import.meta.url), {
		type: 'module'
	});
	return new Promise<SniffResult>((resolve) => {
		const current = {
			worker,
			settle(result: SniffResult) {
				if (reading === current) reading = undefined;
				worker.terminate();
				resolve(result);
			}
		};
		reading = current;
		// a worker that dies (out of memory, say) answers nothing: its error event says it
		worker.addEventListener('error', (event) => {
			current.settle({
				ok: false,
				error: 'import.failed',
				detail: event.message || 'worker error'
			});
		});
		Comlink.wrap<SniffWorkerApi>(worker)
			.sniff(file, options)
			.then(current.settle, (error: unknown) =>
				current.settle({ ok: false, error: 'import.failed', detail: String(error) })
			);
	});
}

/** ends the read under way, if any; its promise answers that it was stopped */
export function stopReadingFile(): void {
	reading?.settle({ ok: false, error: 'import.failed', detail: 'stopped' });
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
