// the export scenario, seen from the page: the app's own export worker (workers/export.worker.ts) on
// the app's own database, each task in a fresh worker so that node's heap sampler sees that task's
// peak alone. the backup task keeps its file in the page for the restore task that follows it.

import * as Comlink from 'comlink';
import type { ExportWorkerApi, JobPhase, JobProgress } from '../../workers/export-api';
import { longTasksBetween } from './long-tasks';
import type { BackupParams, ExportFileParams, PageMeasurement, RestoreParams } from './protocol';
import { PROGRESS_PREFIX } from './protocol';
import { letHeapSamplerSeeWorker, settle } from './timing';
import { whenCrashed } from './worker-crash';

let lastBackup: Blob | undefined;

async function withWorker<T>(
	work: (api: Comlink.Remote<ExportWorkerApi>, crashed: Promise<never>) => Promise<T>
): Promise<T> {
	const worker = new Worker(new URL('../../workers/export.worker.ts', import.meta.url), {
		type: 'module'
	});
	const api = Comlink.wrap<ExportWorkerApi>(worker);
	try {
		return await work(api, whenCrashed(worker));
	} finally {
		await letHeapSamplerSeeWorker();
		api[Comlink.releaseProxy]();
		worker.terminate();
	}
}

/** when each phase was first heard of, ms after `start` */
function phaseClock(start: number) {
	const first: Partial<Record<JobPhase, number>> = {};
	let lastLog = 0;
	const listener = Comlink.proxy((progress: JobProgress) => {
		const now = performance.now();
		first[progress.phase] ??= now - start;
		if (now - lastLog > 15_000) {
			lastLog = now;
			console.info(
				`${PROGRESS_PREFIX}${progress.phase} ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`
			);
		}
	});
	return { first, listener };
}

export async function exportFile(params: ExportFileParams): Promise<PageMeasurement> {
	return withWorker(async (api, crashed) => {
		const start = performance.now();
		const clock = phaseClock(start);
		const outcome = await Promise.race([
			api.exportContacts(
				{
					source: { kind: 'query', query: { sort: 'name', direction: 'asc' } },
					format: params.format,
					options: {}
				},
				{ kind: 'blob' },
				clock.listener
			),
			crashed
		]);
		const end = performance.now();
		await settle();
		if (outcome.status !== 'done') throw new Error(`the export ended ${outcome.status}`);
		if (outcome.rows < params.expected) {
			throw new Error(`exported ${outcome.rows} contacts, expected ${params.expected}`);
		}
		return {
			wallMs: end - start,
			items: outcome.rows,
			longTasks: longTasksBetween(start, end),
			details: {
				rows: outcome.rows,
				bytes: outcome.bytes,
				writingStartedMs: clock.first.writing ?? 0,
				...(clock.first.packing === undefined ? {} : { packingStartedMs: clock.first.packing })
			}
		};
	});
}

export async function backup(params: BackupParams): Promise<PageMeasurement> {
	return withWorker(async (api, crashed) => {
		const start = performance.now();
		const clock = phaseClock(start);
		const outcome = await Promise.race([api.backup({ kind: 'blob' }, clock.listener), crashed]);
		const end = performance.now();
		await settle();
		if (outcome.status !== 'done' || !outcome.blob) throw new Error('the backup did not finish');
		if ((outcome.counts.contacts ?? 0) < params.expected) {
			throw new Error(`backed up ${outcome.counts.contacts} contacts, expected ${params.expected}`);
		}
		lastBackup = outcome.blob;
		return {
			wallMs: end - start,
			items: outcome.rows,
			longTasks: longTasksBetween(start, end),
			details: { rows: outcome.rows, bytes: outcome.bytes, contacts: outcome.counts.contacts ?? 0 }
		};
	});
}

export async function restore(params: RestoreParams): Promise<PageMeasurement> {
	const file = lastBackup;
	if (!file) throw new Error('run the backup task first');
	return withWorker(async (api, crashed) => {
		const start = performance.now();
		const clock = phaseClock(start);
		const inspected = await Promise.race([api.inspectBackup(file, clock.listener), crashed]);
		const checked = performance.now();
		if (!inspected.ok) throw new Error(`the backup was refused: ${JSON.stringify(inspected)}`);
		const outcome = await Promise.race([
			api.restore(inspected.token, true, clock.listener),
			crashed
		]);
		const end = performance.now();
		await settle();
		if (outcome.status !== 'done')
			throw new Error(`the restore failed: ${JSON.stringify(outcome)}`);
		const rows = Object.values(outcome.counts).reduce((sum, count) => sum + count, 0);
		if ((outcome.counts.contacts ?? 0) < params.expected) {
			throw new Error(`restored ${outcome.counts.contacts} contacts, expected ${params.expected}`);
		}
		return {
			wallMs: end - start,
			items: rows,
			longTasks: longTasksBetween(start, end),
			details: {
				rows,
				bytes: file.size,
				checkMs: checked - start,
				writeMs: end - checked
			}
		};
	});
}
