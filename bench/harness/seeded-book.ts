// a browser profile on disk whose app database holds a generated book, seeded once per size and
// seed and reused by every run of every scenario that asks for it (the list and the export): seeding
// 100 k contacts takes over half a minute. the profiles are removed when the process ends, unless
// CARNET_BENCH_BOOKS names a folder to keep them in for later commands (seeding a million contacts
// takes 12–47 minutes here); such a book is only reachable again from the same origin, so that also
// needs a fixed CARNET_BENCH_PORT (see docs/benchmarks.md).

import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../tests/e2e/browser';
import { BenchPage } from './bench-page';
import { info } from './log';
import { seedContacts } from './seed-contacts';
import type { Session } from './session';

const profiles = new Map<string, { dir: string; seeded: boolean }>();
process.once('exit', () => {
	for (const { dir } of profiles.values()) rmSync(dir, { recursive: true, force: true });
});

interface SeededBook {
	context: BrowserContext;
	bench: BenchPage;
}

/**
 * runs `use` on the bench page of a profile whose book holds `size` generated contacts (seeded on
 * the first call of the session), and closes the browser after
 */
export async function withSeededBook<T>(
	session: Session,
	size: number,
	seed: number,
	use: (bench: BenchPage) => Promise<T>
): Promise<T> {
	const { context, bench } = await openSeededBook(session, size, seed);
	try {
		return await use(bench);
	} finally {
		await context.close();
	}
}

async function openSeededBook(session: Session, size: number, seed: number): Promise<SeededBook> {
	const key = `${size}-${seed}`;
	const kept = keptProfile(key);
	const profile = kept ??
		profiles.get(key) ?? {
			dir: await mkdtemp(join(tmpdir(), 'carnet-bench-book-')),
			seeded: false
		};
	if (kept === undefined) profiles.set(key, profile);
	// the session's own contexts are closed and deleted after every run; this one keeps its profile
	const context = await chromium.launchPersistentContext(profile.dir, {
		...chromiumLaunchOptions,
		serviceWorkers: 'block',
		baseURL: session.baseUrl
	});
	try {
		const bench = await BenchPage.open(session, context);
		if (!profile.seeded) {
			info(`  seeding ${size.toLocaleString('en-US')} contacts once for this session`);
			await seedContacts(bench, size, { seed });
			profile.seeded = true;
			if (kept !== undefined)
				writeFileSync(join(profile.dir, SEEDED_MARK), new Date().toISOString());
		}
		return { context, bench };
	} catch (error) {
		await context.close();
		throw error;
	}
}

// written into a kept profile once its seeding finished: a profile without it is seeded again
const SEEDED_MARK = 'carnet-seeded';

function keptProfile(key: string): { dir: string; seeded: boolean } | undefined {
	const root = process.env.CARNET_BENCH_BOOKS;
	if (root === undefined || root === '') return undefined;
	if (!process.env.CARNET_BENCH_PORT) {
		throw new Error(
			'CARNET_BENCH_BOOKS needs CARNET_BENCH_PORT: a kept book belongs to its origin'
		);
	}
	const dir = join(root, key);
	mkdirSync(dir, { recursive: true });
	return { dir, seeded: existsSync(join(dir, SEEDED_MARK)) };
}

/** whether the command line asks for the 1 M size (`--size 1000000`), which seeds for 11+ minutes */
export function asksForMillion(argv: readonly string[]): boolean {
	const million = String(1_000_000);
	return argv.some(
		(arg, index) => arg === `--size=${million}` || (arg === '--size' && argv[index + 1] === million)
	);
}
