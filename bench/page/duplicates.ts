// the duplicates scenario, seen from the page: the app's own dedupe worker (workers/dedupe.worker.ts)
// scans the seeded book, in a fresh worker so that node's heap sampler sees that scan's peak alone;
// then the exact check a save runs (suggestExactDuplicates: index look-ups of the contact's phones and
// e-mails) for new contacts that carry the phone and e-mail of contacts spread over the book. the
// new contacts are never stored, and every suggestion the task wrote is deleted again, so the book is
// as it was for the next run.

import * as Comlink from 'comlink';
import type { Contact } from '../../src/lib/core/contact';
import { DEFAULT_DATABASE_NAME, openDatabase } from '../../src/lib/db/database';
import { suggestExactDuplicates } from '../../src/lib/db/exact-duplicates';
import { newId } from '../../src/lib/db/ids';
import type { DedupeWorkerApi } from '../../src/lib/jobs/dedupe-protocol';
import { longTasksBetween } from './long-tasks';
import { PROGRESS_PREFIX, type DuplicatesParams, type PageMeasurement } from './protocol';
import { letHeapSamplerSeeWorker, settle } from './timing';
import { whenCrashed } from './worker-crash';

export async function measureDuplicates(params: DuplicatesParams): Promise<PageMeasurement> {
	const db = openDatabase(DEFAULT_DATABASE_NAME);
	try {
		await db.open();
		const total = await db.contacts.count();
		if (total < params.expected) {
			throw new Error(
				`the database holds ${total} contacts, the scenario needs ${params.expected}`
			);
		}
		const before = new Set(await db.suggestions.toCollection().primaryKeys());
		try {
			const scan = await fullScan();
			const saves = await exactChecks(db, params.saves, total);
			return {
				...scan.measurement,
				details: { ...scan.measurement.details, ...saves, contacts: total }
			};
		} finally {
			// the book keeps only the suggestions it had
			const after = await db.suggestions.toCollection().primaryKeys();
			await db.suggestions.bulkDelete(after.filter((id) => !before.has(id)));
		}
	} finally {
		db.close();
	}
}

async function fullScan(): Promise<{ measurement: PageMeasurement }> {
	const worker = new Worker(new URL('../../workers/dedupe.worker.ts', import.meta.url), {
		type: 'module'
	});
	const api = Comlink.wrap<DedupeWorkerApi>(worker);
	const crashed = whenCrashed(worker);
	try {
		const phases: Record<string, number> = {};
		let lastLog = 0;
		const start = performance.now();
		const progress = Comlink.proxy(
			(update: { phase: string; done: number; total: number }): void => {
				const now = performance.now();
				phases[update.phase] ??= now - start;
				if (now - lastLog > 15_000) {
					lastLog = now;
					console.info(`${PROGRESS_PREFIX}${update.phase} ${update.done} of ${update.total}`);
				}
			}
		);
		const outcome = await Promise.race([api.scan({}, progress), crashed]);
		const end = performance.now();
		await settle();
		await letHeapSamplerSeeWorker();
		if (!outcome.ok) throw new Error(`the scan failed: ${outcome.error}`);
		const { result } = outcome;
		if (!result.completed) throw new Error('the scan did not complete');
		const stats = result.stats;
		return {
			measurement: {
				wallMs: end - start,
				items: stats?.contacts ?? 0,
				longTasks: longTasksBetween(start, end),
				details: {
					pairs: result.found,
					open: result.open,
					comparingStartedMs: phases.comparing ?? 0,
					savingMs: result.savingMs,
					candidatePairs: stats?.candidatePairs ?? 0,
					blocks: stats?.blocks ?? 0,
					oversizedBlocks: stats?.oversizedBlocks ?? 0,
					groups: stats?.groups ?? 0,
					profiled: stats?.profiled ?? 0,
					recordBytes: stats?.recordBytes ?? 0,
					arrayBytes: stats?.arrayBytes ?? 0
				}
			}
		};
	} finally {
		api[Comlink.releaseProxy]();
		worker.terminate();
	}
}

// the exact check of a save, for contacts spread over the book (chosen outside the timing): a new
// contact with the phone and e-mail of the i-th one finds it through the token index
async function exactChecks(
	db: ReturnType<typeof openDatabase>,
	saves: number,
	total: number
): Promise<Record<string, number>> {
	const step = Math.max(1, Math.floor(total / saves));
	const times: number[] = [];
	let found = 0;
	for (let index = 0; index < saves; index++) {
		const [holder] = await db.contacts
			.offset(index * step)
			.limit(1)
			.toArray();
		if (!holder) continue;
		const copy: Contact = { ...holder, id: newId(), firstName: `${holder.firstName} B.` };
		const start = performance.now();
		const pairs = await suggestExactDuplicates(db, copy);
		times.push(performance.now() - start);
		found += pairs.length;
	}
	return {
		saves: times.length,
		exactFound: found,
		exactMedianMs: percentile(times, 0.5),
		exactP95Ms: percentile(times, 0.95),
		exactMaxMs: Math.max(...times)
	};
}

// nearest rank: the smallest value with at least that share of the values at or below it
function percentile(values: readonly number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}
