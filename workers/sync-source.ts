// one sync of a source under its web lock, as the import worker runs it for a page and the service
// worker runs it in the background: a url source is fetched here, a file source brings its file.
// the lock makes a second sync of the same source (another tab, or the background) answer busy.

import { getDatabase } from '../src/lib/db/database';
import type { ImportProgress } from '../src/lib/db/import-run';
import { runSourceSync } from '../src/lib/db/source-sync';
import { recordSourceFailure } from '../src/lib/db/sources-repo';
import { importLockName, sourceLockName, type SyncResult } from '../src/lib/jobs/import-protocol';
import { fetchSource } from './fetch-source';

// the lock tells other tabs (and a reloaded page) that the job is alive; it is released when the
// work ends or the worker dies with its tab
export async function holdingLock<T>(jobId: string, work: () => Promise<T>): Promise<T> {
	return navigator.locks.request(importLockName(jobId), work);
}

export async function syncSourceLocked(
	sourceId: string,
	file: File | null,
	onProgress?: (progress: ImportProgress) => void
): Promise<SyncResult> {
	try {
		return await navigator.locks.request(
			sourceLockName(sourceId),
			{ ifAvailable: true },
			async (lock): Promise<SyncResult> => {
				if (lock === null) return { ok: false, busy: true };
				const db = getDatabase();
				const source = await db.sources.get(sourceId);
				if (!source) return { ok: false, error: 'source.gone' };
				let content = file;
				if (content === null) {
					const fetched = await fetchSource(source.location);
					if (!fetched.ok) {
						const job = await recordSourceFailure(db, sourceId, fetched.failure);
						return { ok: false, failure: fetched.failure, job };
					}
					content = fetched.file;
				}
				return runSourceSync(db, sourceId, content, {
					...(onProgress ? { onProgress } : {}),
					hold: holdingLock
				});
			}
		);
	} catch (error) {
		console.error(error);
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
}
