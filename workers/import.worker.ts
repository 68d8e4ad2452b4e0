// the import worker: reads the file, maps and checks each row and writes batches, so that the page
// stays responsive with a million rows. a thin shell: the work is core's and db's (db/import-run.ts).

import * as Comlink from 'comlink';
import { sniffFile } from '../src/lib/core/import/sniff';
import { FileReadError } from '../src/lib/core/import/types';
import { getDatabase } from '../src/lib/db/database';
import { runImport, undoImport } from '../src/lib/db/import-run';
import type { ImportWorkerApi, JobResult } from '../src/lib/jobs/import-protocol';
import { notContacts } from '../src/lib/core/sources/failure';
import { fetchSource } from './fetch-source';
import { holdingLock, syncSourceLocked } from './sync-source';

const stopping = new Set<string>();

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
	syncSource(sourceId, file, onProgress) {
		return syncSourceLocked(sourceId, file, onProgress);
	}
};

Comlink.expose(api);
