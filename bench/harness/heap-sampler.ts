// peak JS heap of a page and of its dedicated workers, sampled from node over CDP every ~100 ms.
//
// the page: Performance.getMetrics → JSHeapUsedSize. workers: chromium exposes no
// `performance.memory` inside a worker (checked on chromium 156), and playwright's Worker has no CDP
// session of its own, so the page's session auto-attaches to its workers in the non-flattened mode
// and sends Runtime.getHeapUsage to each of them through Target.sendMessageToTarget.

import type { CDPSession } from '@playwright/test';

export interface HeapPeaks {
	/** bytes; null when no sample could be taken */
	pageBytes: number | null;
	/** the largest heap any one worker of the page reached, in bytes; null when no worker ran */
	workerBytes: number | null;
}

interface WorkerReply {
	id?: number;
	result?: { usedSize?: number };
}

export class HeapSampler {
	#cdp: CDPSession;
	#workers = new Set<string>();
	#timer: ReturnType<typeof setInterval> | undefined;
	#pending: Promise<void> | undefined;
	#pagePeak: number | null = null;
	#workerPeak: number | null = null;
	#nextId = 1;
	#replies = new Map<number, () => void>();

	private constructor(cdp: CDPSession) {
		this.#cdp = cdp;
	}

	/** attaches to the page's workers; call before the page creates any */
	static async attach(cdp: CDPSession): Promise<HeapSampler> {
		const sampler = new HeapSampler(cdp);
		cdp.on('Target.attachedToTarget', (event) => {
			if (event.targetInfo.type === 'worker') sampler.#workers.add(event.sessionId);
		});
		cdp.on('Target.detachedFromTarget', (event) => {
			if (event.sessionId) sampler.#workers.delete(event.sessionId);
		});
		cdp.on('Target.receivedMessageFromTarget', (event) => sampler.#onWorkerMessage(event.message));
		await cdp.send('Performance.enable');
		await cdp.send('Target.setAutoAttach', {
			autoAttach: true,
			waitForDebuggerOnStart: false,
			flatten: false
		});
		return sampler;
	}

	start(intervalMs = 100): void {
		this.#pagePeak = null;
		this.#workerPeak = null;
		this.#timer = setInterval(() => {
			// a slow sample is skipped rather than queued behind the previous one
			this.#pending ??= this.#sample().finally(() => (this.#pending = undefined));
		}, intervalMs);
		// a run that crashed before stop() must not keep node alive
		this.#timer.unref();
	}

	async stop(): Promise<HeapPeaks> {
		clearInterval(this.#timer);
		this.#timer = undefined;
		await this.#pending;
		// one last look, for a run shorter than the interval
		await this.#sample();
		return { pageBytes: this.#pagePeak, workerBytes: this.#workerPeak };
	}

	async #sample(): Promise<void> {
		const workers = [...this.#workers].map((sessionId) => this.#askWorker(sessionId));
		try {
			const { metrics } = await this.#cdp.send('Performance.getMetrics');
			const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
			if (used !== undefined) this.#pagePeak = Math.max(this.#pagePeak ?? 0, used);
		} catch {
			// the page is navigating or closing: this sample is lost, the next one counts
		}
		await Promise.all(workers);
	}

	// resolves when the worker answered, or after a second if it was terminated meanwhile
	#askWorker(sessionId: string): Promise<void> {
		const id = this.#nextId++;
		return new Promise<void>((resolve) => {
			const timeout = setTimeout(done, 1000);
			const replies = this.#replies;
			function done(): void {
				clearTimeout(timeout);
				replies.delete(id);
				resolve();
			}
			replies.set(id, done);
			this.#cdp
				.send('Target.sendMessageToTarget', {
					sessionId,
					message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' })
				})
				.catch(done);
		});
	}

	#onWorkerMessage(message: string): void {
		const reply = JSON.parse(message) as WorkerReply;
		const used = reply.result?.usedSize;
		if (typeof used === 'number') this.#workerPeak = Math.max(this.#workerPeak ?? 0, used);
		if (reply.id !== undefined) this.#replies.get(reply.id)?.();
	}
}
