import { BenchPage } from '../harness/bench-page';
import { csvUrl, ensureCsv, type DatasetFormat } from '../harness/datasets';
import { DEFAULT_COUNTRY } from '../harness/defaults';
import type { RunContext, RunMeasurement, Scenario } from '../harness/scenario';
import { sizeOf } from './sized';

async function runImport(context: RunContext, format: DatasetFormat): Promise<RunMeasurement> {
	const { session, seed, runIndex } = context;
	const bench = await BenchPage.open(session, await session.newContext());
	return bench.run({
		name: 'import-file',
		params: {
			url: csvUrl(seed, sizeOf(context), format),
			database: `carnet-bench-import-${format}-${runIndex}`,
			deleteAfter: true,
			defaultCountry: DEFAULT_COUNTRY
		}
	});
}

// issue 5's targets: 100 k rows within 1.25 × the bare write of the same records, 1 M completes with
// the worker's heap at most 300 MB and no long task on the page
export const importCsv: Scenario = {
	name: 'import',
	description:
		"the app's import path in a worker (sniffFile, suggestMapping, runImport: read, map, check, " +
		'look up duplicates and suppressions, write with timeline and undo records) over the ' +
		'generated CSV into a fresh database; timed from the page around the worker call',
	sizes: [100_000, 1_000_000],
	unit: 'rows',
	baseline: 'baseline-write',
	async prepare({ size, seed }) {
		if (size !== null) await ensureCsv(seed, size, 'csv');
	},
	run: (context) => runImport(context, 'csv')
};

export const importXlsx: Scenario = {
	name: 'import-xlsx',
	description:
		'the same import over the same people written as an XLSX workbook (SheetJS reads the whole ' +
		'sheet before the first row)',
	sizes: [100_000],
	unit: 'rows',
	baseline: 'import',
	async prepare({ size, seed }) {
		if (size !== null) await ensureCsv(seed, size, 'xlsx');
	},
	run: (context) => runImport(context, 'xlsx')
};
