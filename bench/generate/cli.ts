// npx tsx bench/generate/cli.ts --count 100000 --seed 42 --format csv --out bench/data/people-100k.csv
// writes the data file and <out>.truth.csv, then prints the throughput.

import { parseArgs } from 'node:util';
import { DEFAULT_DUPLICATE_SHARE } from './people';
import { OUTPUT_FORMATS, writeDataset, type OutputFormat } from './write';

const USAGE = `usage: npx tsx bench/generate/cli.ts --count N --seed S --format ${OUTPUT_FORMATS.join('|')} --out PATH [--duplicates 0.1]`;

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

function isFormat(value: string): value is OutputFormat {
	return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

async function main(): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({
			options: {
				count: { type: 'string' },
				seed: { type: 'string', default: '42' },
				format: { type: 'string', default: 'csv' },
				out: { type: 'string' },
				duplicates: { type: 'string', default: String(DEFAULT_DUPLICATE_SHARE) },
				help: { type: 'boolean', short: 'h' }
			},
			strict: true
		});
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
	const { values } = parsed;
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const count = Number(values.count);
	const seed = Number(values.seed);
	const duplicateShare = Number(values.duplicates);
	const format = values.format ?? 'csv';
	if (!values.count || !Number.isSafeInteger(count) || count < 0)
		fail('--count must be a whole number');
	if (!Number.isFinite(seed)) fail('--seed must be a number');
	if (!(duplicateShare >= 0 && duplicateShare < 1)) fail('--duplicates must be in [0, 1)');
	if (!isFormat(format)) fail(`--format must be one of ${OUTPUT_FORMATS.join(', ')}`);
	if (!values.out) fail('--out is required');

	const result = await writeDataset({ count, seed, duplicateShare, format, out: values.out });
	const seconds = result.milliseconds / 1000;
	const rate = Math.round(result.data.rows / Math.max(seconds, 1e-9));
	console.log(
		`${result.data.rows.toLocaleString('en')} rows → ${result.data.path} (${(result.data.bytes / 1e6).toFixed(1)} MB), ` +
			`truth → ${result.truth.path}\n${seconds.toFixed(2)} s, ${rate.toLocaleString('en')} rows/s`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
