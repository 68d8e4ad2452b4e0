// the typed boundary between the main thread and workers/merge.worker.ts. plain data and functions
// wrapped with Comlink.proxy only.

import type { MergeAllProgress, MergeAllResult, MergeAllRule } from '$lib/db/merge-all-run';

export type { MergeAllProgress, MergeAllResult, MergeAllRule };

export type MergeAllOutcome = { ok: true; result: MergeAllResult } | { ok: false; error: string };

export type UndoMergeAllOutcome = { ok: true; undone: number } | { ok: false; error: string };

export interface MergeWorkerApi {
	/** merges every open exact suggestion, keeping the older or the newer contact of each pair */
	mergeAll(
		rule: MergeAllRule,
		onProgress?: (progress: MergeAllProgress) => void
	): Promise<MergeAllOutcome>;
	/** asks the running merge to stop after the merges it is writing now */
	stop(): void;
	/** undoes every merge of a "merge all" run */
	undo(
		batchId: string,
		onProgress?: (progress: MergeAllProgress) => void
	): Promise<UndoMergeAllOutcome>;
}
