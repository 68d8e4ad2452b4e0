import { version } from '$app/environment';
import { liveQuery, type Subscription } from 'dexie';
import { untrack } from 'svelte';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { Contact } from '$lib/core/contact';
import type { ContactQuery } from '$lib/core/contact-query';
import { countMatching, idsMatching, pageAt, warmList } from '$lib/db/contact-list';
import { checkContactCounts } from '$lib/db/contact-counts';
import { getDatabase } from '$lib/db/database';
import { setSurveyor } from '$lib/db/list-anchors';
import { wordsComplete } from '$lib/db/list-words';

const PAGE_SIZE = 50;
// pages kept around while scrolling; older ones are dropped so a million rows never pile up
const MAX_PAGES = 40;

export const DEFAULT_QUERY: ContactQuery = { sort: 'name', direction: 'asc' };

// one contact list on screen: the query, how many match, the pages loaded around the viewport,
// and the selection. the database is watched, so edits anywhere (another tab too) show up
export class ContactListState {
	query = $state<ContactQuery>({ ...DEFAULT_QUERY });

	constructor(initial: Partial<ContactQuery> = {}) {
		this.query = { ...DEFAULT_QUERY, ...initial };
	}
	count = $state<number | undefined>(undefined);
	/** loaded pages by page number; only the ones near the viewport are kept */
	readonly pages = new SvelteMap<number, Contact[]>();

	/**
	 * how many rows the list shows: the count, or until it comes (a count walks the whole index, the
	 * first page only its start) the rows of the first page
	 */
	get shownCount(): number | undefined {
		if (this.count !== undefined) return this.count;
		const first = this.pages.get(0);
		return first !== undefined && first.length > 0 ? first.length : undefined;
	}
	readonly selected = new SvelteSet<string>();
	/** "select all N matching": the selection is the query itself, resolved to ids when acted on */
	allMatching = $state(false);

	#generation = 0;
	#loading = new SvelteSet<number>();
	#range: [number, number] = [0, 0];

	selectedCount = $derived(this.allMatching ? (this.count ?? 0) : this.selected.size);

	/** starts watching the current query; returns the stop function (for an $effect) */
	watch(query: ContactQuery): () => void {
		const generation = ++this.#generation;
		this.pages.clear();
		this.#loading.clear();
		this.count = undefined;
		const db = getDatabase();
		// the warm-up's survey of the sort indexes reads every contact: not on this thread
		// (loaded with its worker when a survey starts: comlink stays off the first screen)
		setSurveyor(async (db) => (await import('$lib/jobs/anchors-job')).surveyInWorker(db));
		let warmed = false;
		const subscription: Subscription = liveQuery(() => countMatching(db, query)).subscribe({
			next: (count) => {
				if (generation !== this.#generation) return;
				this.count = count;
				// something changed: what is on screen is reloaded (shown meanwhile as it was), the rest
				// forgotten
				const shown = this.#refresh(query, generation);
				// once the first screen is up, the engine walks the sort index in the background so
				// that a jump anywhere (dragging the scrollbar) reads at most one stretch of it
				if (!warmed) {
					warmed = true;
					void shown
						.then(() => (generation === this.#generation ? warmList(db, query) : undefined))
						.catch((error: unknown) => console.error(error));
					// on the first start of each build: the stored counts are repaired if something wrote
					// contacts without keeping them (see checkContactCounts); a repair reruns this count.
					// then a book from before version 7, or one so repaired, gets its search words, in
					// the worker too (asked here first, so that a book that has them never loads the
					// worker's code)
					void shown
						.then(() => checkContactCounts(db, version))
						.catch((error: unknown) => console.error(error))
						.then(async () => {
							if (await wordsComplete(db)) return;
							await (await import('$lib/jobs/anchors-job')).fillSearchWordsInWorker(db);
						})
						.catch((error: unknown) => console.error(error));
				}
			},
			error: (error: unknown) => console.error(error)
		});
		// the first screen is read beside the count, not after it (untracked: the effect that calls
		// watch must not depend on the pages it loads)
		untrack(() => {
			if (this.#pagesInRange()[0] !== 0) return;
			this.#loadRange(query, generation).catch((error: unknown) => console.error(error));
		});
		return () => subscription.unsubscribe();
	}

	rowAt(index: number): Contact | undefined {
		return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
	}

	showRange(start: number, end: number): void {
		this.#range = [start, end];
		void this.#loadRange($state.snapshot(this.query), this.#generation);
	}

	async #refresh(query: ContactQuery, generation: number): Promise<void> {
		const db = getDatabase();
		const fresh: [number, Contact[]][] = [];
		for (const page of this.#pagesInRange()) {
			if (this.count !== undefined && page * PAGE_SIZE >= this.count) break;
			fresh.push([page, await pageAt(db, query, page * PAGE_SIZE, PAGE_SIZE)]);
			if (generation !== this.#generation) return;
		}
		this.#loading.clear();
		this.pages.clear();
		for (const [page, rows] of fresh) this.pages.set(page, rows);
		await this.#loadRange(query, generation);
	}

	#pagesInRange(): number[] {
		const [start, end] = this.#range;
		const first = Math.floor(start / PAGE_SIZE);
		const last = Math.floor(Math.max(start, end - 1) / PAGE_SIZE);
		return Array.from({ length: last - first + 1 }, (_, i) => first + i);
	}

	async #loadRange(query: ContactQuery, generation: number): Promise<void> {
		const pages = this.#pagesInRange();
		const first = pages[0] ?? 0;
		const db = getDatabase();
		for (const page of pages) {
			if (this.pages.has(page) || this.#loading.has(page)) continue;
			if (this.count !== undefined && page * PAGE_SIZE >= this.count) break;
			this.#loading.add(page);
			const rows = await pageAt(db, query, page * PAGE_SIZE, PAGE_SIZE);
			this.#loading.delete(page);
			if (generation !== this.#generation) return;
			this.pages.set(page, rows);
			// forget the pages furthest from the viewport
			while (this.pages.size > MAX_PAGES) {
				const far = [...this.pages.keys()].sort(
					(a, b) => Math.abs(b - first) - Math.abs(a - first)
				)[0];
				if (far === undefined) break;
				this.pages.delete(far);
			}
		}
	}

	toggle(id: string, on: boolean): void {
		this.allMatching = false;
		if (on) this.selected.add(id);
		else this.selected.delete(id);
	}

	selectAllMatching(): void {
		this.allMatching = true;
	}

	clearSelection(): void {
		this.allMatching = false;
		this.selected.clear();
	}

	/** the ids a bulk action applies to */
	async selectedIds(): Promise<string[]> {
		if (!this.allMatching) return [...this.selected];
		return idsMatching(getDatabase(), $state.snapshot(this.query));
	}
}
