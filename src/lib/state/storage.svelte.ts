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

	/** asks the browser for persistent storage; true when granted */
	async requestPersistence(): Promise<boolean> {
		const granted = (await navigator.storage?.persist?.()) ?? false;
		this.persisted = granted;
		this.denied = !granted;
		return granted;
	}
}

export const storageState = new StorageState();
