// when the sources of the book sync while the app is open: at start for every source that is due
// (overdue while the app was closed), every interval, and when the device comes back online (for
// the ones that waited, and any that fell due meanwhile). loaded after the first page, so that the
// start of the app does not carry it.

import { isDue } from '$lib/core/sources/schedule';
import { getDatabase } from '$lib/db/database';

// how often the schedule is looked at; a source's own interval is 5 minutes at the least
const TICK_MS = 30_000;

export class SourceScheduler {
	#running = false;

	start(): () => void {
		const tick = () => void this.runDue();
		const timer = setInterval(tick, TICK_MS);
		window.addEventListener('online', tick);
		tick();
		return () => {
			clearInterval(timer);
			window.removeEventListener('online', tick);
		};
	}

	/** syncs, one after the other, every enabled source that is due or waited for the network */
	async runDue(now: number = Date.now()): Promise<void> {
		if (this.#running) return;
		this.#running = true;
		try {
			const sources = await getDatabase().sources.toArray();
			const due = sources.filter(
				(source) => source.enabled && (source.pending || isDue(source, now))
			);
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
