// the merge-all scenario, seen from the page: on a freshly seeded book of its own, the app's dedupe
// worker records the suggestions (setup, not timed), then the app's merge worker runs "merge all
// exact duplicates" and its single undo, timed from the page around each worker call, as the
// duplicates page calls them.

import * as Comlink from 'comlink';
import { DEFAULT_DATABASE_NAME, openDatabase } from '../../src/lib/db/database';
import { countOpenExactSuggestions, countOpenSuggestions } from '../../src/lib/db/suggestions-repo';
import type { DedupeWorkerApi } from '../../src/lib/jobs/dedupe-protocol';
import type { MergeAllProgress, MergeWorkerApi } from '../../src/lib/jobs/merge-protocol';
import { longTasksBetween } from './long-tasks';
import { PROGRESS_PREFIX, type MergeAllParams, type PageMeasurement } from './protocol';
import { settle } from './timing';
import { whenCrashed } from './worker-crash';

function progressLog(what: string) {
	let last = 0;
	return Comlink.proxy((progress: MergeAllProgress) => {
		const now = performance.now();
		if (now - last < 15_000) return;
		last = now;
		console.info(
			`${PROGRESS_PREFIX}${what} ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`
		);
	});
}

export async function measureMergeAll(params: MergeAllParams): Promise<PageMeasurement> {
	const db = openDatabase(DEFAULT_DATABASE_NAME);
	const dedupeWorker = new Worker(new URL('../../workers/dedupe.worker.ts', import.meta.url), {
		type: 'module'
	});
	const mergeWorker = new Worker(new URL('../../workers/merge.worker.ts', import.meta.url), {
		type: 'module'
	});
	const dedupe = Comlink.wrap<DedupeWorkerApi>(dedupeWorker);
	const merge = Comlink.wrap<MergeWorkerApi>(mergeWorker);
	const crashed = Promise.race([whenCrashed(dedupeWorker), whenCrashed(mergeWorker)]);
	try {
		await db.open();
		const contacts = await db.contacts.count();
		if (contacts < params.expected) {
			throw new Error(
				`the database holds ${contacts} contacts, the scenario needs ${params.expected}`
			);
		}
		console.info(`${PROGRESS_PREFIX}scanning ${contacts.toLocaleString('en-US')} contacts`);
		const scanStart = performance.now();
		const scan = await Promise.race([dedupe.scan({}), crashed]);
		const scanMs = performance.now() - scanStart;
		if (!scan.ok) throw new Error(`the duplicate scan failed: ${scan.error}`);
		const open = await countOpenSuggestions(db);
		const exact = await countOpenExactSuggestions(db);
		console.info(`${PROGRESS_PREFIX}merging ${exact.toLocaleString('en-US')} exact pairs`);

		const start = performance.now();
		const merged = await Promise.race([merge.mergeAll('older', progressLog('merged')), crashed]);
		const end = performance.now();
		if (!merged.ok) throw new Error(`merge all failed: ${merged.error}`);
		const afterMerge = await db.contacts.count();

		const undoStart = performance.now();
		const undone = await Promise.race([
			merge.undo(merged.result.batchId, progressLog('undone')),
			crashed
		]);
		const undoEnd = performance.now();
		if (!undone.ok) throw new Error(`undo failed: ${undone.error}`);
		const afterUndo = await db.contacts.count();
		await settle();

		const mergeLong = longTasksBetween(start, end);
		const undoLong = longTasksBetween(undoStart, undoEnd);
		return {
			wallMs: end - start,
			items: merged.result.merged,
			longTasks: mergeLong,
			details: {
				contacts,
				openSuggestions: open,
				exactPairs: exact,
				merged: merged.result.merged,
				skipped: merged.result.skipped,
				contactsAfterMerge: afterMerge,
				mergeMs: end - start,
				undone: undone.undone,
				undoMs: undoEnd - undoStart,
				contactsAfterUndo: afterUndo,
				undoLongTasks: undoLong.count,
				undoLongestTaskMs: undoLong.longestMs,
				scanMs
			}
		};
	} finally {
		dedupe[Comlink.releaseProxy]();
		merge[Comlink.releaseProxy]();
		dedupeWorker.terminate();
		mergeWorker.terminate();
		db.close();
	}
}
