// the main thread's side of the dedupe worker: one worker per tab, created on the first scan.

import * as Comlink from 'comlink';
import type { DedupeOutcome, DedupeProgress, DedupeWorkerApi } from './dedupe-protocol';

let remote: Comlink.Remote<DedupeWorkerApi> | undefined;

function worker(): Comlink.Remote<DedupeWorkerApi> {
	if (!remote) {
		remote = Comlink.wrap<DedupeWorkerApi>(
			new Worker(new URL('../../../workers/dedupe.worker.ts', import.meta.url), { type: 'module' })
		);
	}
	return remote;
}

export function runDedupeScan(
	options: { onlyIds?: string[] },
	onProgress: (progress: DedupeProgress) => void
): Promise<DedupeOutcome> {
	return worker().scan(options, Comlink.proxy(onProgress));
}

export async function stopDedupeScan(): Promise<void> {
	await worker().stop();
}
