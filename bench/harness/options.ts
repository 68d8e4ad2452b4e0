// the command line of `npm run bench`

import { parseArgs } from 'node:util';

export type Storage = 'memory' | 'disk';

export interface BenchOptions {
	runs: number;
	/** every scenario at a tenth of its size */
	quick: boolean;
	/** scenario names to run; empty runs all */
	only: string[];
	/** sizes to run (after --quick scaling); empty runs all */
	sizes: number[];
	/** CDP cpu throttling rate for the pages; 1 is none */
	throttle: number;
	build: boolean;
	/**
	 * whether --only pulls in the baselines its scenarios name (the default: a ratio needs its
	 * denominator from the same session). off for a size where only completion and memory count,
	 * such as the 1 M import, whose baseline alone writes for a quarter of an hour
	 */
	baselines: boolean;
	/** the generator's seed for every data set */
	seed: number;
	/**
	 * disk: a fresh on-disk profile per context, as an installed app has (the default: an incognito
	 * context keeps IndexedDB in memory, writes 1.5–3× faster and refuses 1 M contacts with
	 * QuotaExceededError); memory: playwright's default incognito contexts
	 */
	storage: Storage;
}

export const USAGE = `usage: npm run bench -- [options]
  --runs N        runs per scenario and size (default 3, or 1 with --quick)
  --quick         every scenario at a tenth of its size, one run (smoke run)
  --only NAME     run only this scenario (repeat or comma-separate for more); baselines it names run too
  --no-baselines  with --only: leave out the baselines (no ratios), e.g. a 1 M import for its memory
  --size N        run only this size (after --quick scaling; repeatable)
  --throttle N    slow the page's cpu N times (CDP Emulation.setCPUThrottlingRate; workers are not slowed)
  --storage KIND  disk (default: a fresh on-disk profile per context) or memory (incognito contexts:
                  IndexedDB in memory, faster, but over quota before 1 M contacts)
  --seed N        generator seed (default 1)
  --no-build      reuse the app's build/ as it is (the bench page is always rebuilt)
  --help          this text`;

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
	const { values } = parseArgs({
		args: [...argv],
		strict: true,
		options: {
			runs: { type: 'string' },
			quick: { type: 'boolean', default: false },
			only: { type: 'string', multiple: true, default: [] },
			size: { type: 'string', multiple: true, default: [] },
			throttle: { type: 'string', default: '1' },
			storage: { type: 'string', default: 'disk' },
			seed: { type: 'string', default: '1' },
			'no-build': { type: 'boolean', default: false },
			'no-baselines': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help) return 'help';
	const storage = values.storage;
	if (storage !== 'memory' && storage !== 'disk') {
		throw new Error(`--storage must be memory or disk, not ${storage}`);
	}
	return {
		// a smoke run needs one pass; medians need several
		runs:
			values.runs === undefined ? (values.quick ? 1 : 3) : positiveInteger('--runs', values.runs),
		quick: values.quick,
		only: values.only.flatMap((name) => name.split(',')).filter((name) => name !== ''),
		sizes: values.size.map((size) => positiveInteger('--size', size)),
		throttle: positiveNumber('--throttle', values.throttle),
		build: !values['no-build'],
		baselines: !values['no-baselines'],
		seed: positiveInteger('--seed', values.seed),
		storage
	};
}

function positiveInteger(flag: string, raw: string): number {
	const value = Number(raw.replace(/_/g, ''));
	if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer`);
	return value;
}

function positiveNumber(flag: string, raw: string): number {
	const value = Number(raw);
	if (!Number.isFinite(value) || value < 1) throw new Error(`${flag} needs a number ≥ 1`);
	return value;
}
