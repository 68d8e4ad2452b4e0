// node's handle on the bench page (bench/page): opens it in a context, throttles it if asked, and runs
// its tasks while sampling the heap of the page and its workers.

import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { PROGRESS_PREFIX, type PageMeasurement, type PageTaskCall } from '../page/protocol';
import { HeapSampler, type HeapPeaks } from './heap-sampler';
import { info } from './log';
import { BENCH_BASE } from './paths';
import type { Session } from './session';

export interface TaskResult extends PageMeasurement {
	heap: HeapPeaks;
}

export class BenchPage {
	readonly page: Page;
	readonly cdp: CDPSession;
	#heap: HeapSampler;

	private constructor(page: Page, cdp: CDPSession, heap: HeapSampler) {
		this.page = page;
		this.cdp = cdp;
		this.#heap = heap;
	}

	static async open(session: Session, context: BrowserContext): Promise<BenchPage> {
		const page = await context.newPage();
		page.on('console', (message) => {
			const text = message.text();
			if (text.startsWith(PROGRESS_PREFIX)) info(`  … ${text.slice(PROGRESS_PREFIX.length)}`);
		});
		const cdp = await context.newCDPSession(page);
		await applyThrottle(cdp, session.throttle);
		const heap = await HeapSampler.attach(cdp);
		await page.goto(`${session.baseUrl}${BENCH_BASE}`);
		await page.waitForFunction(() => window.bench !== undefined);
		return new BenchPage(page, cdp, heap);
	}

	async run(call: PageTaskCall): Promise<TaskResult> {
		this.#heap.start();
		let measurement: PageMeasurement;
		try {
			measurement = await this.page.evaluate((call) => {
				if (!window.bench) throw new Error('the bench page is not loaded');
				return window.bench.run(call);
			}, call);
		} catch (error) {
			// stop sampling anyway, so that the next run starts clean
			await this.#heap.stop();
			throw error;
		}
		return { ...measurement, heap: await this.#heap.stop() };
	}
}

/**
 * CDP throttles the page's renderer thread: pure computation in a dedicated worker runs at full speed,
 * only what a worker does through that thread (reading a File, messages) slows down
 */
export async function applyThrottle(cdp: CDPSession, rate: number): Promise<void> {
	if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
