// every scenario `npm run bench` knows, in the order they run. a later issue adds its scenario with one
// entry here (and, if it needs the page, one task in bench/page/main.ts); a scenario compared with a
// baseline names it in its `baseline` field.

import type { Scenario } from '../harness/scenario';
import { baselineParse } from './baseline-parse';
import { baselineWrite } from './baseline-write';
import { duplicates } from './duplicates';
import { importCsv, importXlsx } from './import';
import { exportScenario } from './export';
import { list } from './list';
import { merge } from './merge';
import { mergeAll } from './merge-all';
import { seed } from './seed';
import { startup } from './startup';

export const SCENARIOS: readonly Scenario[] = [
	startup,
	baselineParse,
	baselineWrite,
	seed,
	list,
	merge,
	mergeAll,
	duplicates,
	importCsv,
	importXlsx,
	exportScenario
];
