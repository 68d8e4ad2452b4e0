import { liveQuery } from 'dexie';
import { getDatabase } from '$lib/db/database';
import { listLists } from '$lib/db/lists-repo';
import type { List } from '$lib/db/schema';

// every list, kept current for pickers and filters (a book has few lists, so all are held)
export class ListsState {
	all = $state.raw<List[]>([]);
	loaded = $state(false);

	watch(): () => void {
		const subscription = liveQuery(() => listLists(getDatabase())).subscribe({
			next: (lists) => {
				this.all = lists;
				this.loaded = true;
			},
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}

	name(id: string): string {
		return this.all.find((list) => list.id === id)?.name ?? '';
	}
}

export const listsState = new ListsState();
