// the typed boundary between the main thread and workers/dedupe.worker.ts. plain data and functions
// wrapped with Comlink.proxy only.

import type { DedupeProgress, DedupeResult } from '$lib/db/dedupe-run';

export type { DedupeProgress, DedupeResult };

export type DedupeOutcome = { ok: true; result: DedupeResult } | { ok: false; error: string };

export interface DedupeWorkerApi {
	/**
	 * scans the book for duplicates and records them as suggestions; with `onlyIds`, keeps only the
	 * pairs that involve those contacts (the new and changed ones of an import)
	 */
	scan(
		options: { onlyIds?: string[] },
		onProgress?: (progress: DedupeProgress) => void
	): Promise<DedupeOutcome>;
	/** asks the running scan to stop at its next chunk */
	stop(): void;
}
