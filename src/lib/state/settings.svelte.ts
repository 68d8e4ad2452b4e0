import { getDatabase } from '$lib/db/database';
import { getSetting, setSetting } from '$lib/db/settings-repo';
import { regionFromLocales } from '$lib/core/countries';
import { storageState } from './storage.svelte';

// the settings stored in IndexedDB (the language lives with paraglide in localStorage, because it
// must be known synchronously before the first render)
export class SettingsState {
	defaultCountry = $state('');
	loaded = $state(false);

	async load(): Promise<void> {
		const db = getDatabase();
		const saved = await getSetting(db, 'defaultCountry');
		this.defaultCountry = saved ?? regionFromLocales(navigator.languages);
		this.loaded = true;
	}

	async setDefaultCountry(code: string): Promise<void> {
		this.defaultCountry = code;
		await setSetting(getDatabase(), 'defaultCountry', code);
		await this.#afterWrite();
	}

	// the browser may evict unpersisted storage under pressure: ask once, the first time data is written
	async #afterWrite(): Promise<void> {
		const db = getDatabase();
		if (await getSetting(db, 'persistAsked')) return;
		await setSetting(db, 'persistAsked', true);
		await storageState.requestPersistence();
	}
}

export const settingsState = new SettingsState();
