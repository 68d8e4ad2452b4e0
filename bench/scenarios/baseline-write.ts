import { BenchPage } from '../harness/bench-page';
import { BATCH_SIZE, DEFAULT_COUNTRY } from '../harness/defaults';
import type { Scenario } from '../harness/scenario';
import { sizeOf } from './sized';

export const baselineWrite: Scenario = {
	name: 'baseline-write',
	description:
		'bare Dexie `bulkAdd` of final contacts (generated and built with createContact in the same ' +
		'worker, batch by batch) into the real schema in a fresh database; only the bulkAdd calls ' +
		'are timed',
	sizes: [100_000, 1_000_000],
	unit: 'rows',
	async run(context) {
		const { session, seed, runIndex } = context;
		const bench = await BenchPage.open(session, await session.newContext());
		return bench.run({
			name: 'write-contacts',
			params: {
				database: `carnet-bench-write-${runIndex}`,
				seed,
				count: sizeOf(context),
				batchSize: BATCH_SIZE,
				clear: true,
				deleteAfter: true,
				defaultCountry: DEFAULT_COUNTRY
			}
		});
	}
};
