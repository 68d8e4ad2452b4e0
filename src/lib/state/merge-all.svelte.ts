import { liveQuery } from 'dexie';
import { getDatabase } from '$lib/db/database';
import { lastMergeAll, type MergeAllBatch } from '$lib/db/merge-all-run';
import { countOpenExactSuggestions } from '$lib/db/suggestions-repo';
import { runMergeAllJob, stopMergeAllJob, undoMergeAllJob } from '$lib/jobs/merge-all-job';
import type { MergeAllProgress, MergeAllRule } from '$lib/jobs/merge-protocol';

export type { MergeAllBatch, MergeAllRule };

export type MergeAllRun =
	| { status: 'idle' }
	| { status: 'merging'; progress: MergeAllProgress | null; stopping: boolean }
	| { status: 'merged'; merged: number; stopped: boolean }
	| { status: 'undoing'; progress: MergeAllProgress | null }
	| { status: 'undone'; undone: number }
	| { status: 'failed'; error: string };

// "merge all exact duplicates" on the duplicates page: how many there are, the rule, the run in the
// merge worker with its progress and Cancel, and the last run's single Undo (kept in the settings,
// so it is still there after a reload)
export class MergeAllState {
	/** open exact suggestions: what "merge all" would merge */
	exact = $state(0);
	last = $state.raw<MergeAllBatch | undefined>(undefined);
	loaded = $state(false);
	rule = $state<MergeAllRule>('older');
	run = $state.raw<MergeAllRun>({ status: 'idle' });

	busy = $derived(this.run.status === 'merging' || this.run.status === 'undoing');

	watch(): () => void {
		const subscription = liveQuery(async () => {
			const db = getDatabase();
			return { exact: await countOpenExactSuggestions(db), last: await lastMergeAll(db) };
		}).subscribe({
			next: ({ exact, last }) => {
				this.exact = exact;
				this.last = last;
				this.loaded = true;
			},
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}

	async mergeAll(): Promise<void> {
		if (this.busy) return;
		this.run = { status: 'merging', progress: null, stopping: false };
		try {
			const outcome = await runMergeAllJob(this.rule, (progress) => {
				if (this.run.status === 'merging') this.run = { ...this.run, progress };
			});
			this.run = outcome.ok
				? { status: 'merged', merged: outcome.result.merged, stopped: outcome.result.stopped }
				: { status: 'failed', error: outcome.error };
		} catch (error) {
			this.run = { status: 'failed', error: String(error) };
		}
	}

	/** stops after the merges being written now; those made so far stay and undo together */
	async cancel(): Promise<void> {
		if (this.run.status !== 'merging') return;
		this.run = { ...this.run, stopping: true };
		await stopMergeAllJob();
	}

	async undo(): Promise<void> {
		const batch = this.last;
		if (!batch || this.busy) return;
		this.run = { status: 'undoing', progress: null };
		try {
			const outcome = await undoMergeAllJob(batch.batchId, (progress) => {
				if (this.run.status === 'undoing') this.run = { status: 'undoing', progress };
			});
			this.run = outcome.ok
				? { status: 'undone', undone: outcome.undone }
				: { status: 'failed', error: outcome.error };
		} catch (error) {
			this.run = { status: 'failed', error: String(error) };
		}
	}
}

// one per tab: a run keeps going (and reporting) while the user visits other pages
export const mergeAllState = new MergeAllState();
