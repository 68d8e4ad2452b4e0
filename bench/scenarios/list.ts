import { chromium, type BrowserContext } from '@playwright/test';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../tests/e2e/browser';
import { BenchPage } from '../harness/bench-page';
import { formatMs } from '../harness/format';
import { info } from '../harness/log';
import type { JsonValue, Scenario, ScenarioResult } from '../harness/scenario';
import type { Session } from '../harness/session';
import { median } from '../harness/stats';
import { seedContacts } from '../harness/seed-contacts';
import { sizeOf } from './sized';

// the list's figures, each with the target of issue 4 ("speed"); the page reports them in its details
const FIGURES: readonly { key: string; name: string; target: number; what: string }[] = [
	{
		key: 'firstScreenMs',
		name: 'list:first-screen',
		target: 300,
		what: 'worst of 5 sorts × asc/desc'
	},
	{ key: 'jumpMs', name: 'list:jump', target: 100, what: 'worst page at 37 / 73 / 99 %' },
	{
		key: 'jumpWarmMs',
		name: 'list:jump-warm',
		target: 100,
		what: 'the same after warmList; worst page'
	},
	{ key: 'searchMs', name: 'list:search', target: 300, what: 'worst of "mul", "0151", "anna m"' },
	{
		key: 'countMs',
		name: 'list:count',
		target: 1_000,
		what: 'worst of all, calling code 49, has e-mail'
	},
	{ key: 'listMs', name: 'list:list-1000', target: 300, what: '1,000-member list by name' },
	{ key: 'saveMs', name: 'list:save', target: 50, what: 'median of 20 saves of one contact' }
];

const FULL = 100_000;
const MILLION = 1_000_000;

// seeding 100 k contacts takes over half a minute, so every run of a size reuses one on-disk profile,
// seeded by the first run; the profiles are removed when the process ends
const profiles = new Map<string, { dir: string; seeded: boolean }>();
process.once('exit', () => {
	for (const { dir } of profiles.values()) rmSync(dir, { recursive: true, force: true });
});

export const list: Scenario = {
	name: 'list',
	description:
		"the app's list engine (contact-list.ts) on a seeded book, in the bench page: first screen per " +
		'sort, deep jumps, search, counts, a 1,000-member list and saving a contact, each with a fresh ' +
		'database handle; the row shows the worst first screen, every figure is under the table',
	// a million seeded contacts take over ten minutes, so 1 M runs only when `--size 1000000` asks for it
	sizes: asksForMillion(process.argv) ? [FULL, MILLION] : [FULL],
	unit: 'contacts',
	async run(context) {
		const { session, seed } = context;
		const size = sizeOf(context);
		const key = `${size}-${seed}`;
		const profile = profiles.get(key) ?? {
			dir: await mkdtemp(join(tmpdir(), 'carnet-bench-list-')),
			seeded: false
		};
		profiles.set(key, profile);
		const browserContext = await openProfile(session, profile.dir);
		try {
			const bench = await BenchPage.open(session, browserContext);
			if (!profile.seeded) {
				info(`  seeding ${size.toLocaleString('en-US')} contacts once for every run of list`);
				await seedContacts(bench, size, { seed });
				profile.seeded = true;
			}
			return await bench.run({
				name: 'list',
				params: { expected: size, saves: 20, listMembers: 1_000 }
			});
		} finally {
			await browserContext.close();
		}
	},
	report(results) {
		const lines = [
			'| figure | size | target | median | min–max | what |',
			'| --- | --- | --- | --- | --- | --- |'
		];
		for (const result of results) {
			for (const figure of FIGURES) {
				const values = figuresOf(result, figure.key);
				if (values.length === 0) continue;
				const within = median(values) <= figure.target ? '' : ' (over)';
				lines.push(
					`| ${figure.name} | ${formatSize(result.size)} | ≤ ${formatMs(figure.target)} | ` +
						`${formatMs(median(values))}${within} | ${formatMs(Math.min(...values))} – ` +
						`${formatMs(Math.max(...values))} | ${figure.what} |`
				);
			}
		}
		return lines.length > 2 ? lines.join('\n') : undefined;
	}
};

// the session's own contexts are closed and deleted after every run; this one keeps its profile
async function openProfile(session: Session, dir: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(dir, {
		...chromiumLaunchOptions,
		serviceWorkers: 'block',
		baseURL: session.baseUrl
	});
}

function figuresOf(result: ScenarioResult, key: string): number[] {
	const values: number[] = [];
	for (const run of result.runs) {
		const value: JsonValue | undefined = run.measurement?.details[key];
		if (typeof value === 'number') values.push(value);
	}
	return values;
}

function formatSize(size: number | null): string {
	if (size === null) return '—';
	return size >= MILLION ? `${size / MILLION} M` : `${size / 1_000} k`;
}

function asksForMillion(argv: readonly string[]): boolean {
	return argv.some(
		(arg, index) =>
			arg === `--size=${MILLION}` || (arg === '--size' && argv[index + 1] === String(MILLION))
	);
}
