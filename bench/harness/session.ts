// the browser side of a bench session: contexts made the way the storage option asks, and closed
// (with their on-disk profiles) after each run.

import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions
} from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../tests/e2e/browser';
import type { Storage } from './options';

export interface Session {
	baseUrl: string;
	/** CDP cpu throttling rate applied to every page a scenario opens; 1 is none */
	throttle: number;
	storage: Storage;
	browserVersion: string;
	/**
	 * a fresh context. service workers are blocked unless asked for: once the app's worker controls
	 * a context it answers every navigation, /__bench/ included, with the app's shell.
	 */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	/** closes every context opened since the last call */
	closeContexts(): Promise<void>;
	close(): Promise<void>;
}

export async function openSession(
	baseUrl: string,
	storage: Storage,
	throttle: number
): Promise<Session> {
	const browser: Browser = await chromium.launch(chromiumLaunchOptions);
	const open: { context: BrowserContext; profile: string | null }[] = [];
	const closeContexts = async (): Promise<void> => {
		for (const { context, profile } of open.splice(0)) {
			await context.close();
			if (profile) await rm(profile, { recursive: true, force: true });
		}
	};

	return {
		baseUrl,
		throttle,
		storage,
		browserVersion: browser.version(),
		async newContext(options = {}) {
			const settings: BrowserContextOptions = {
				serviceWorkers: 'block',
				baseURL: baseUrl,
				...options
			};
			if (storage === 'memory') {
				// an incognito context: IndexedDB lives in memory
				const context = await browser.newContext(settings);
				open.push({ context, profile: null });
				return context;
			}
			// a real profile on disk, as an installed app has; fresh each time so that runs do not share data
			const profile = await mkdtemp(join(tmpdir(), 'carnet-bench-'));
			const context = await chromium.launchPersistentContext(profile, {
				...chromiumLaunchOptions,
				...settings
			});
			open.push({ context, profile });
			return context;
		},
		closeContexts,
		async close() {
			await closeContexts();
			await browser.close();
		}
	};
}
