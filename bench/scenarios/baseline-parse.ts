import { BenchPage } from '../harness/bench-page';
import { csvUrl, ensureCsv } from '../harness/datasets';
import type { Scenario } from '../harness/scenario';
import { sizeOf } from './sized';

export const baselineParse: Scenario = {
	name: 'baseline-parse',
	description:
		'bare papaparse (`chunk`, no `worker: true`) parses the generated CSV in a module worker; ' +
		'timed in the page around the worker call, after the file is fetched and wrapped in a File',
	sizes: [100_000, 1_000_000],
	unit: 'rows',
	async prepare({ size, seed }) {
		if (size !== null) await ensureCsv(seed, size);
	},
	async run(context) {
		const { session, seed } = context;
		const bench = await BenchPage.open(session, await session.newContext());
		return bench.run({ name: 'parse-csv', params: { url: csvUrl(seed, sizeOf(context)) } });
	}
};
