// the main thread's side of the export worker (workers/export.worker.ts), and the only code that
// talks to it: the worker is created on first use, typed with Comlink's Remote, and kept for the
// page's lifetime (an inspected backup waits in it for the user's confirmation).

import * as Comlink from 'comlink';
import type {
	BackupOutcome,
	ExportOutcome,
	ExportRequest,
	ExportSink,
	ExportWorkerApi,
	InspectOutcome,
	ProgressListener,
	RestoreOutcome
} from '../../../workers/export-api';
import type { SaveChoice } from './save-file';

export type {
	BackupOutcome,
	ExportFileFormat,
	ExportOutcome,
	ExportRequest,
	InspectOutcome,
	JobPhase,
	JobProgress,
	RestoreOutcome
} from '../../../workers/export-api';

let remote: Comlink.Remote<ExportWorkerApi> | undefined;

function worker(): Comlink.Remote<ExportWorkerApi> {
	remote ??= Comlink.wrap<ExportWorkerApi>(
		new Worker(new URL('../../../workers/export.worker.ts', import.meta.url), { type: 'module' })
	);
	return remote;
}

/**
 * a sink for the worker. a chosen file is written through a stream the worker owns: the file's own
 * stream stays here and a plain TransformStream's writable end, which every browser can transfer,
 * goes to the worker. `done` settles when the file is complete (or aborted).
 */
async function sinkFor(choice: SaveChoice): Promise<{ sink: ExportSink; done: Promise<void> }> {
	if (choice.kind === 'download') return { sink: { kind: 'blob' }, done: Promise.resolve() };
	const file = await choice.handle.createWritable();
	const bridge = new TransformStream<Uint8Array, Uint8Array>();
	const done = bridge.readable.pipeTo(file);
	// an aborted export rejects it; the caller learns the outcome from the worker
	done.catch(() => undefined);
	const sink: ExportSink = { kind: 'stream', stream: bridge.writable };
	return { sink: Comlink.transfer(sink, [bridge.writable]), done };
}

const proxied = (listener: ProgressListener | undefined) =>
	listener ? Comlink.proxy(listener) : undefined;

export async function runExport(
	request: ExportRequest,
	choice: SaveChoice,
	onProgress?: ProgressListener
): Promise<ExportOutcome> {
	const { sink, done } = await sinkFor(choice);
	const outcome = await worker().exportContacts(request, sink, proxied(onProgress));
	if (outcome.status === 'done') await done;
	return outcome;
}

export async function runBackup(
	choice: SaveChoice,
	onProgress?: ProgressListener
): Promise<BackupOutcome> {
	const { sink, done } = await sinkFor(choice);
	const outcome = await worker().backup(sink, proxied(onProgress));
	if (outcome.status === 'done') await done;
	return outcome;
}

/** reads and checks a backup file in the worker; nothing is written yet */
export function inspectBackup(file: File, onProgress?: ProgressListener): Promise<InspectOutcome> {
	return worker().inspectBackup(file, proxied(onProgress));
}

export function restoreBackup(
	token: string,
	replace: boolean,
	onProgress?: ProgressListener
): Promise<RestoreOutcome> {
	return worker().restore(token, replace, proxied(onProgress));
}

export function discardBackup(token: string): void {
	void remote?.discard(token);
}

/** stops the running export, backup, check or restore at its next chunk */
export function cancelJob(): void {
	void remote?.cancel();
}
