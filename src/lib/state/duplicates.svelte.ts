import { liveQuery } from 'dexie';
import type { Contact } from '$lib/core/contact';
import { getDatabase } from '$lib/db/database';
import type { DedupeProgress } from '$lib/db/dedupe-run';
import type { Suggestion } from '$lib/db/schema';
import { dismissSuggestions } from '$lib/db/suggestions-repo';
import { runDedupeScan, stopDedupeScan } from '$lib/jobs/dedupe-job';
import { groupSuggestions, loadReview, type SuggestionGroup } from './duplicate-groups';

export type { SuggestionGroup };

export type DuplicateFilter = 'all' | 'exact' | 'fuzzy';

export type ScanState =
	| { status: 'idle' }
	| { status: 'running'; progress: DedupeProgress | null }
	| { status: 'done'; found: number }
	| { status: 'stopped' }
	| { status: 'failed'; error: string };

// the review list shows the best this many pairs; a bigger backlog shows as the rest is worked off
const SHOWN = 300;
const NO_CONTACTS: ReadonlyMap<string, Contact> = new Map();

// the duplicates page: the open suggestions as groups, the filter, and the full scan
export class DuplicatesState {
	open = $state.raw<Suggestion[]>([]);
	contacts = $state.raw<ReadonlyMap<string, Contact>>(NO_CONTACTS);
	loaded = $state(false);
	filter = $state<DuplicateFilter>('all');
	scan = $state.raw<ScanState>({ status: 'idle' });

	groups = $derived.by(() => {
		const all = groupSuggestions(this.open);
		if (this.filter === 'all') return all;
		return all.filter((group) => group.exact === (this.filter === 'exact'));
	});

	watch(): () => void {
		const subscription = liveQuery(() => loadReview(getDatabase(), SHOWN)).subscribe({
			next: ({ open, contacts }) => {
				this.open = open;
				this.contacts = contacts;
				this.loaded = true;
			},
			error: (error: unknown) => console.error(error)
		});
		return () => {
			subscription.unsubscribe();
			// what was loaded goes stale from now on: the next watch shows nothing until it loads
			this.loaded = false;
		};
	}

	/** the full scan, or (after an import) only the pairs of the given contacts */
	async startScan(onlyIds?: string[]): Promise<void> {
		if (this.scan.status === 'running') return;
		this.scan = { status: 'running', progress: null };
		try {
			const outcome = await runDedupeScan(onlyIds ? { onlyIds } : {}, (progress) => {
				if (this.scan.status === 'running') this.scan = { status: 'running', progress };
			});
			if (!outcome.ok) this.scan = { status: 'failed', error: outcome.error };
			else if (!outcome.result.completed) this.scan = { status: 'stopped' };
			else this.scan = { status: 'done', found: outcome.result.found };
		} catch (error) {
			this.scan = { status: 'failed', error: String(error) };
		}
	}

	async cancelScan(): Promise<void> {
		await stopDedupeScan();
	}

	async dismiss(group: SuggestionGroup): Promise<void> {
		await dismissSuggestions(
			getDatabase(),
			group.suggestions.map((row) => row.pair)
		);
	}
}

// one per tab: a scan keeps running (and reporting) while the user visits other pages
export const duplicatesState = new DuplicatesState();
