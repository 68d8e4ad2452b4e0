import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Machine } from './machine';
import type { BenchOptions } from './options';
import { RESULTS_DIR } from './paths';
import type { ScenarioResult } from './scenario';

/** the raw json of one `npm run bench`, written to bench/results/<timestamp>.json */
export interface BenchReport {
	startedAt: string;
	finishedAt: string;
	options: BenchOptions;
	machine: Machine;
	results: ScenarioResult[];
}

export async function writeReport(report: BenchReport): Promise<string> {
	await mkdir(RESULTS_DIR, { recursive: true });
	const name = `${report.startedAt.replace(/[:.]/g, '-')}.json`;
	const path = join(RESULTS_DIR, name);
	await writeFile(path, `${JSON.stringify(report, null, '\t')}\n`);
	return path;
}
