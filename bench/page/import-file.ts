// the import scenario, seen from the page: the file is fetched and wrapped in a File before the clock
// starts, as if the user had picked it; the timed window is the whole import in the worker, from
// sniffing to the last committed batch.

import * as Comlink from 'comlink';
import { longTasksBetween } from './long-tasks';
import { letHeapSamplerSeeWorker, settle } from './timing';
import { whenCrashed } from './worker-crash';
import {
	PROGRESS_PREFIX,
	type ImportFileParams,
	type ImportWorkerBenchApi,
	type PageMeasurement
} from './protocol';

export async function importFile(params: ImportFileParams): Promise<PageMeasurement> {
	const blob = await (await fetch(params.url)).blob();
	const name = params.url.split('/').pop() ?? 'data.csv';
	const file = new File([blob], name, { type: blob.type });

	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	const api = Comlink.wrap<ImportWorkerBenchApi>(worker);
	const crashed = whenCrashed(worker);
	try {
		const start = performance.now();
		const progress = Comlink.proxy((rows: number) => {
			console.info(`${PROGRESS_PREFIX}${rows.toLocaleString('en-US')} rows imported`);
		});
		const report = await Promise.race([api.run(file, params, progress), crashed]);
		const end = performance.now();
		await settle();
		await letHeapSamplerSeeWorker();
		if (report.status !== 'committed') throw new Error(`the import ended ${report.status}`);
		return {
			wallMs: end - start,
			items: report.rows,
			longTasks: longTasksBetween(start, end),
			details: { ...report, bytes: file.size }
		};
	} finally {
		api[Comlink.releaseProxy]();
		worker.terminate();
	}
}
