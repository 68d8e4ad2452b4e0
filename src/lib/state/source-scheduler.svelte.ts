// when the sources of the book sync while the app is open: at start for every source that is due
// (overdue while the app was closed), every interval, and when the device comes back online (for
// the ones that waited, and any that fell due meanwhile). loaded after the first page, so that the
// start of the app does not carry it.

import { liveQuery } from 'dexie';
import { dueSources } from '$lib/core/sources/schedule';
import { getDatabase } from '$lib/db/database';
import type { Source } from '$lib/db/schema';
import { takeUnscanned } from '$lib/db/unscanned-syncs';
import { requestBackgroundSync } from './background-sync';

// how often the schedule is looked at; a source's own interval is 5 minutes at the least
const TICK_MS = 30_000;

export class SourceScheduler {
	#running = false;

	start(): () => void {
		const tick = () => void this.runDue();
		const timer = setInterval(tick, TICK_MS);
		window.addEventListener('online', tick);
		// the service worker synced in the background: its new contacts await the duplicate scan
		const heard = (event: MessageEvent) => {
			const data: unknown = event.data;
			if (typeof data === 'object' && data !== null && 'type' in data) {
				if (data.type === 'carnet-sources-synced') void this.scanBackgroundSyncs();
			}
		};
		navigator.serviceWorker?.addEventListener('message', heard);
		// the periodic background sync follows the sources (their intervals, paused or not), also
		// once the service worker of a first visit is ready
		let sources: Source[] = [];
		const watch = liveQuery(() => getDatabase().sources.toArray()).subscribe({
			next: (next) => {
				sources = next;
				void requestBackgroundSync(sources);
			},
			error: (error: unknown) => console.error(error)
		});
		void navigator.serviceWorker?.ready.then(() => requestBackgroundSync(sources));
		tick();
		void this.scanBackgroundSyncs();
		return () => {
			watch.unsubscribe();
			clearInterval(timer);
			window.removeEventListener('online', tick);
			navigator.serviceWorker?.removeEventListener('message', heard);
		};
	}

	/** finds the duplicates among the contacts that syncs in the background brought */
	async scanBackgroundSyncs(): Promise<void> {
		try {
			const jobIds = await takeUnscanned(getDatabase());
			if (jobIds.length === 0) return;
			const { scanImported } = await import('./import.svelte');
			await scanImported(...jobIds);
		} catch (error) {
			console.error(error);
		}
	}

	/** syncs, one after the other, every enabled source that is due or waited for the network */
	async runDue(now: number = Date.now()): Promise<void> {
		if (this.#running) return;
		this.#running = true;
		try {
			const sources = await getDatabase().sources.toArray();
			const due = dueSources(sources, now);
			if (due.length === 0) return;
			// the sync code (worker, import state) loads only when there is something to sync, so
			// that a book without sources never carries it
			const { sourcesState } = await import('./sources.svelte');
			for (const source of due) {
				// offline a url source waits; sync() marks it so the `online` event picks it up
				await sourcesState.sync(source.id);
			}
		} catch (error) {
			console.error(error);
		} finally {
			this.#running = false;
		}
	}
}

export const sourceScheduler = new SourceScheduler();
