// baseline-parse: the file is fetched and wrapped in a File before the clock starts, as if the user had
// picked it; the timed window is the worker's parse, seen from the page.

import * as Comlink from 'comlink';
import { longTasksBetween } from './long-tasks';
import { letHeapSamplerSeeWorker, settle } from './timing';
import { whenCrashed } from './worker-crash';
import type { PageMeasurement, ParseCsvParams, ParseWorkerApi } from './protocol';

export async function parseCsv(params: ParseCsvParams): Promise<PageMeasurement> {
	const blob = await (await fetch(params.url)).blob();
	const name = params.url.split('/').pop() ?? 'data.csv';
	const file = new File([blob], name, { type: 'text/csv' });

	const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
	const api = Comlink.wrap<ParseWorkerApi>(worker);
	const crashed = whenCrashed(worker);
	try {
		const start = performance.now();
		const report = await Promise.race([api.parse(file, { chunkSize: params.chunkSize }), crashed]);
		const end = performance.now();
		await settle();
		await letHeapSamplerSeeWorker();
		return {
			wallMs: end - start,
			items: report.rows,
			longTasks: longTasksBetween(start, end),
			details: {
				rows: report.rows,
				columns: report.columns,
				chunks: report.chunks,
				parseErrors: report.errors,
				bytes: file.size,
				workerMs: report.workerMs
			}
		};
	} finally {
		api[Comlink.releaseProxy]();
		worker.terminate();
	}
}
