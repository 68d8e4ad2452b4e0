// a browser profile on disk whose app database holds a generated book, seeded once per size and
// seed and reused by every run of every scenario that asks for it (the list and the export): seeding
// 100 k contacts takes over half a minute. the profiles are removed when the process ends.

import { chromium, type BrowserContext } from '@playwright/test';
import { rmSync } from 'node:fs';
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
	const profile = profiles.get(key) ?? {
		dir: await mkdtemp(join(tmpdir(), 'carnet-bench-book-')),
		seeded: false
	};
	profiles.set(key, profile);
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
		}
		return { context, bench };
	} catch (error) {
		await context.close();
		throw error;
	}
}

/** whether the command line asks for the 1 M size (`--size 1000000`), which seeds for 11+ minutes */
export function asksForMillion(argv: readonly string[]): boolean {
	const million = String(1_000_000);
	return argv.some(
		(arg, index) => arg === `--size=${million}` || (arg === '--size' && argv[index + 1] === million)
	);
}
