// generated data files, made once by the generator's cli into bench/data/ (gitignored) and reused
// while the seed and the size are the same. served to the pages under /__bench/data/.

import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from './command';
import { step } from './log';
import { DATA_BASE, DATA_DIR, GENERATOR_CLI } from './paths';

export interface Dataset {
	path: string;
	/** same-origin url for the bench page */
	url: string;
	bytes: number;
}

/** the generator's formats the scenarios use, by file extension */
export type DatasetFormat = 'csv' | 'xlsx';

export function csvName(seed: number, count: number, format: DatasetFormat = 'csv'): string {
	return `people-s${seed}-n${count}.${format}`;
}

export function csvUrl(seed: number, count: number, format: DatasetFormat = 'csv'): string {
	return `${DATA_BASE}${csvName(seed, count, format)}`;
}

export async function ensureCsv(
	seed: number,
	count: number,
	format: DatasetFormat = 'csv'
): Promise<Dataset> {
	const name = csvName(seed, count, format);
	const path = join(DATA_DIR, name);
	if (!existsSync(path)) {
		await step(`generating ${name}`, () => generateCsv(seed, count, name, format));
	}
	return { path, url: csvUrl(seed, count, format), bytes: (await stat(path)).size };
}

// the cli writes into a scratch folder first, so that an interrupted run never leaves a short file
// behind under the name a later run would trust. the data file moves last: its presence means done.
async function generateCsv(
	seed: number,
	count: number,
	name: string,
	format: DatasetFormat
): Promise<void> {
	const scratch = join(DATA_DIR, `.partial-${process.pid}-${name}`);
	await rm(scratch, { recursive: true, force: true });
	await mkdir(scratch, { recursive: true });
	try {
		await runCommand('npx', [
			'tsx',
			GENERATOR_CLI,
			'--count',
			String(count),
			'--seed',
			String(seed),
			'--format',
			format,
			'--out',
			join(scratch, name)
		]);
		const files = (await readdir(scratch)).sort((a, b) => Number(a === name) - Number(b === name));
		if (!files.includes(name)) throw new Error(`the generator did not write ${name}`);
		for (const file of files) await rename(join(scratch, file), join(DATA_DIR, file));
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
}
