// the merge worker: "merge all exact duplicates" and its undo, off the main thread, so that ten
// thousand merges never hold up the page. a thin shell: the work is db's (db/merge-all-run.ts).

import * as Comlink from 'comlink';
import { getDatabase } from '../src/lib/db/database';
import { runMergeAll, undoMergeAll, type MergeAllProgress } from '../src/lib/db/merge-all-run';
import type { MergeWorkerApi } from '../src/lib/jobs/merge-protocol';

// progress crosses to the page at most this often
const PROGRESS_INTERVAL_MS = 100;

let stopping = false;

function throttled(onProgress: (progress: MergeAllProgress) => void) {
	let last = -Infinity;
	return (progress: MergeAllProgress): void => {
		const now = performance.now();
		// the first and the last always show, so the bar starts at 0 and ends full
		const edge = progress.done === 0 || progress.done === progress.total;
		if (!edge && now - last < PROGRESS_INTERVAL_MS) return;
		last = now;
		onProgress(progress);
	};
}

function message(error: unknown): string {
	console.error(error);
	return error instanceof Error ? error.message : String(error);
}

const api: MergeWorkerApi = {
	async mergeAll(rule, onProgress) {
		stopping = false;
		try {
			const result = await runMergeAll(getDatabase(), rule, {
				...(onProgress ? { onProgress: throttled(onProgress) } : {}),
				shouldStop: () => stopping
			});
			return { ok: true, result };
		} catch (error) {
			return { ok: false, error: message(error) };
		} finally {
			stopping = false;
		}
	},
	stop() {
		stopping = true;
	},
	async undo(batchId, onProgress) {
		try {
			const undone = await undoMergeAll(
				getDatabase(),
				batchId,
				onProgress ? throttled(onProgress) : undefined
			);
			return { ok: true, undone };
		} catch (error) {
			return { ok: false, error: message(error) };
		}
	}
};

Comlink.expose(api);
