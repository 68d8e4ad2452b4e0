import { liveQuery } from 'dexie';
import { getDatabase } from '$lib/db/database';
import { countOpenSuggestions } from '$lib/db/suggestions-repo';

// the number in the navigation: a count of an index range, so the first page loads no duplicate
// detection code and reads no suggestion rows
export class DuplicateCountState {
	open = $state(0);

	watch(): () => void {
		const subscription = liveQuery(() => countOpenSuggestions(getDatabase())).subscribe({
			next: (count) => (this.open = count),
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}
}

export const duplicateCount = new DuplicateCountState();
