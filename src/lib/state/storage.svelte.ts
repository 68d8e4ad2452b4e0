import { getDatabase, onFirstWrite } from '$lib/db/database';
import { getSetting, setSetting } from '$lib/db/settings-repo';

// how much the browser lets carnet keep, and whether it promised not to evict it
export class StorageState {
	usage = $state<number | undefined>(undefined);
	quota = $state<number | undefined>(undefined);
	persisted = $state(false);
	denied = $state(false);
	loaded = $state(false);

	async refresh(): Promise<void> {
		const storage = navigator.storage;
		if (storage?.estimate) {
			const estimate = await storage.estimate();
			this.usage = estimate.usage;
			this.quota = estimate.quota;
		}
		this.persisted = (await storage?.persisted?.()) ?? false;
		this.loaded = true;
	}

	/**
	 * the browser may evict storage that is not persistent: ask once per device, the first time there
	 * is data worth keeping. returns the unsubscribe, for the layout's onMount
	 */
	askOnFirstWrite(): () => void {
		return onFirstWrite(() => void this.#askOnce());
	}

	async #askOnce(): Promise<void> {
		const db = getDatabase();
		if (await getSetting(db, 'persistAsked')) return;
		await setSetting(db, 'persistAsked', true);
		if (!(await navigator.storage?.persisted?.())) await this.requestPersistence();
		else this.persisted = true;
	}

	/** asks the browser for persistent storage; true when granted */
	async requestPersistence(): Promise<boolean> {
		const granted = (await navigator.storage?.persist?.()) ?? false;
		this.persisted = granted;
		this.denied = !granted;
		return granted;
	}
}

export const storageState = new StorageState();
