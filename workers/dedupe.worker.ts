// the dedupe worker: the full duplicate scan, off the main thread. a thin shell: the work is core's
// and db's (db/dedupe-run.ts).

import * as Comlink from 'comlink';
import { getDatabase } from '../src/lib/db/database';
import { runDedupe, type DedupeProgress } from '../src/lib/db/dedupe-run';
import type { DedupeWorkerApi } from '../src/lib/jobs/dedupe-protocol';

// progress crosses to the page at most this often
const PROGRESS_INTERVAL_MS = 100;

let stopping = false;

function throttled(onProgress: (progress: DedupeProgress) => void): (p: DedupeProgress) => void {
	let last = 0;
	let lastPhase = '';
	return (progress) => {
		const now = performance.now();
		// a new phase always shows, so the page never misses "comparing"
		if (progress.phase === lastPhase && now - last < PROGRESS_INTERVAL_MS) return;
		last = now;
		lastPhase = progress.phase;
		onProgress(progress);
	};
}

const api: DedupeWorkerApi = {
	async scan(options, onProgress) {
		stopping = false;
		try {
			const result = await runDedupe(getDatabase(), {
				...(options.onlyIds ? { onlyIds: options.onlyIds } : {}),
				...(onProgress ? { onProgress: throttled(onProgress) } : {}),
				shouldStop: () => stopping
			});
			return { ok: true, result };
		} catch (error) {
			console.error(error);
			return { ok: false, error: error instanceof Error ? error.message : String(error) };
		} finally {
			stopping = false;
		}
	},
	stop() {
		stopping = true;
	}
};

Comlink.expose(api);
