// baseline-write and the seeding path, seen from the page: the worker generates, builds and writes;
// the page only waits. the reported wall time is the sum of the bulkAdd calls (the baseline's subject);
// the whole run, generation included, is in details.elapsedMs.

import * as Comlink from 'comlink';
import { longTasksBetween } from './long-tasks';
import { letHeapSamplerSeeWorker, settle } from './timing';
import { whenCrashed } from './worker-crash';
import {
	PROGRESS_PREFIX,
	type PageMeasurement,
	type WriteContactsParams,
	type WriteWorkerApi
} from './protocol';

export async function writeContacts(params: WriteContactsParams): Promise<PageMeasurement> {
	const worker = new Worker(new URL('./write.worker.ts', import.meta.url), { type: 'module' });
	const api = Comlink.wrap<WriteWorkerApi>(worker);
	const crashed = whenCrashed(worker);
	try {
		// opening the database (and creating its schema) is not part of the writes
		await Promise.race([api.count(params.database), crashed]);
		const start = performance.now();
		const progress = Comlink.proxy((written: number) => {
			console.info(`${PROGRESS_PREFIX}${written.toLocaleString('en-US')} contacts written`);
		});
		const report = await Promise.race([api.write(params, progress), crashed]);
		const end = performance.now();
		await settle();
		await letHeapSamplerSeeWorker();
		const stored = await Promise.race([api.count(params.database), crashed]);
		if (params.deleteAfter) await Promise.race([api.deleteDatabase(params.database), crashed]);
		return {
			wallMs: report.bulkAddMs,
			items: report.written,
			longTasks: longTasksBetween(start, end),
			details: {
				written: report.written,
				stored,
				rejected: report.rejected,
				repaired: report.repaired,
				batches: report.batches,
				batchSize: params.batchSize,
				buildMs: report.buildMs,
				elapsedMs: end - start
			}
		};
	} finally {
		api[Comlink.releaseProxy]();
		worker.terminate();
	}
}
