// "merge all exact duplicates" as the merge worker runs it: the open exact suggestions are read,
// merged by one rule (merges-repo's mergeAllExact) and the run is remembered in the settings, so
// that its single Undo is still offered after a reload. undoing it forgets it again.

import type { CarnetDatabase } from './database';
import {
	mergeAllExact,
	undoMergeBatch,
	type MergeAllProgress,
	type MergeAllResult
} from './merges-repo';
import { getSetting, setSetting } from './settings-repo';
import { listOpenExactSuggestions } from './suggestions-repo';

export type { MergeAllProgress, MergeAllResult };

export type MergeAllRule = 'older' | 'newer';

/** the last "merge all" run, while it can still be undone */
export interface MergeAllBatch {
	batchId: string;
	/** when it finished */
	at: number;
	rule: MergeAllRule;
	/** merges made (each undone by the batch's Undo) */
	merged: number;
	/** true when Cancel stopped it before every pair was merged */
	stopped: boolean;
}

declare module './schema' {
	interface SettingsMap {
		/** the last "merge all exact duplicates" run, or null once it was undone */
		lastMergeAll: MergeAllBatch | null;
	}
}

export interface MergeAllRunOptions {
	onProgress?: (progress: MergeAllProgress) => void;
	shouldStop?: () => boolean;
	now?: () => number;
}

/** merges every open exact suggestion by `rule` and remembers the run for its Undo */
export async function runMergeAll(
	db: CarnetDatabase,
	rule: MergeAllRule,
	options: MergeAllRunOptions = {}
): Promise<MergeAllResult> {
	const pairs = await listOpenExactSuggestions(db);
	options.onProgress?.({ done: 0, total: pairs.length });
	const result = await mergeAllExact(db, pairs, rule, options.onProgress, options.shouldStop);
	if (result.merged > 0) {
		const at = options.now?.() ?? Date.now();
		await setSetting(
			db,
			'lastMergeAll',
			{ batchId: result.batchId, at, rule, merged: result.merged, stopped: result.stopped },
			at
		);
	}
	return result;
}

/** the last run that can still be undone, if any */
export async function lastMergeAll(db: CarnetDatabase): Promise<MergeAllBatch | undefined> {
	return (await getSetting(db, 'lastMergeAll')) ?? undefined;
}

/**
 * undoes every merge of the run that is still active, newest first; resolves to how many were
 * undone. the run is forgotten, also when some of its merges could not be undone any more.
 */
export async function undoMergeAll(
	db: CarnetDatabase,
	batchId: string,
	onProgress?: (progress: MergeAllProgress) => void
): Promise<number> {
	const undone = await undoMergeBatch(db, batchId, Date.now(), onProgress);
	const last = await getSetting(db, 'lastMergeAll');
	if (last?.batchId === batchId) await setSetting(db, 'lastMergeAll', null);
	return undone;
}
