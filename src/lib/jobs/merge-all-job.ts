// the main thread's side of the merge worker: one worker per tab, created on the first "merge all".

import * as Comlink from 'comlink';
import type {
	MergeAllOutcome,
	MergeAllProgress,
	MergeAllRule,
	MergeWorkerApi,
	UndoMergeAllOutcome
} from './merge-protocol';

let remote: Comlink.Remote<MergeWorkerApi> | undefined;

function worker(): Comlink.Remote<MergeWorkerApi> {
	if (!remote) {
		remote = Comlink.wrap<MergeWorkerApi>(
			new Worker(new URL('../../../workers/merge.worker.ts', import.meta.url), { type: 'module' })
		);
	}
	return remote;
}

export function runMergeAllJob(
	rule: MergeAllRule,
	onProgress: (progress: MergeAllProgress) => void
): Promise<MergeAllOutcome> {
	return worker().mergeAll(rule, Comlink.proxy(onProgress));
}

export async function stopMergeAllJob(): Promise<void> {
	await worker().stop();
}

export function undoMergeAllJob(
	batchId: string,
	onProgress: (progress: MergeAllProgress) => void
): Promise<UndoMergeAllOutcome> {
	return worker().undo(batchId, Comlink.proxy(onProgress));
}
