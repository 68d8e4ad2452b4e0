// the import worker: reads the file, maps and checks each row and writes batches, so that the page
// stays responsive with a million rows. a thin shell: the work is core's and db's (db/import-run.ts).

import * as Comlink from 'comlink';
import { sniffFile } from '../src/lib/core/import/sniff';
import { FileReadError } from '../src/lib/core/import/types';
import { getDatabase } from '../src/lib/db/database';
import { runImport, undoImport } from '../src/lib/db/import-run';
import { runSourceSync } from '../src/lib/db/source-sync';
import { recordSourceFailure } from '../src/lib/db/sources-repo';
import {
	importLockName,
	sourceLockName,
	type ImportWorkerApi,
	type JobResult,
	type SyncResult
} from '../src/lib/jobs/import-protocol';
import { notContacts } from '../src/lib/core/sources/failure';
import { fetchSource } from './fetch-source';

const stopping = new Set<string>();

// the lock tells other tabs (and a reloaded page) that the job is alive; it is released when the
// work ends or the worker dies with its tab
async function holdingLock<T>(jobId: string, work: () => Promise<T>): Promise<T> {
	return navigator.locks.request(importLockName(jobId), work);
}

async function settle(jobId: string, work: () => Promise<JobResult>): Promise<JobResult> {
	stopping.delete(jobId);
	try {
		return await holdingLock(jobId, work);
	} catch (error) {
		console.error(error);
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	} finally {
		stopping.delete(jobId);
	}
}

const api: ImportWorkerApi = {
	async sniff(file, options) {
		try {
			return { ok: true, info: await sniffFile(file, options) };
		} catch (error) {
			if (error instanceof FileReadError) {
				return { ok: false, error: error.code, detail: error.detail };
			}
			console.error(error);
			return { ok: false, error: 'import.failed', detail: String(error) };
		}
	},
	run(jobId, file, onProgress) {
		return settle(jobId, async () => ({
			ok: true,
			job: await runImport(getDatabase(), jobId, file, {
				...(onProgress ? { onProgress } : {}),
				shouldStop: () => stopping.has(jobId)
			})
		}));
	},
	undo(jobId, onProgress) {
		return settle(jobId, async () => ({
			ok: true,
			job: await undoImport(getDatabase(), jobId, {
				...(onProgress ? { onProgress } : {}),
				shouldStop: () => stopping.has(jobId)
			})
		}));
	},
	stop(jobId) {
		stopping.add(jobId);
	},
	async probeSource(url) {
		const fetched = await fetchSource(url);
		if (!fetched.ok) return fetched;
		try {
			const info = await sniffFile(fetched.file);
			return { ok: true, info, fileName: fetched.file.name };
		} catch (error) {
			if (error instanceof FileReadError) return { ok: false, failure: notContacts(error.code) };
			throw error;
		}
	},
	async syncSource(sourceId, file, onProgress) {
		try {
			const result = await navigator.locks.request(
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
			return result;
		} catch (error) {
			console.error(error);
			return { ok: false, error: error instanceof Error ? error.message : String(error) };
		}
	}
};

Comlink.expose(api);
