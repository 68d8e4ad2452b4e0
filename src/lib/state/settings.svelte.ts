import { getDatabase } from '$lib/db/database';
import { getSetting, setSetting } from '$lib/db/settings-repo';
import { regionFromLocales } from '$lib/core/countries';

// the settings stored in IndexedDB (the language lives with paraglide in localStorage, because it
// must be known synchronously before the first render)
export class SettingsState {
	defaultCountry = $state('');
	requirePhone = $state(false);
	loaded = $state(false);

	async load(): Promise<void> {
		const db = getDatabase();
		const saved = await getSetting(db, 'defaultCountry');
		this.defaultCountry = saved ?? regionFromLocales(navigator.languages);
		this.requirePhone = (await getSetting(db, 'requirePhone')) ?? false;
		this.loaded = true;
	}

	// the page says "Current: …" only once the choice is stored: a page left right after a choice
	// would otherwise drop the write, and the next page would use the old country
	async setDefaultCountry(code: string): Promise<void> {
		await setSetting(getDatabase(), 'defaultCountry', code);
		this.defaultCountry = code;
	}

	async setRequirePhone(on: boolean): Promise<void> {
		await setSetting(getDatabase(), 'requirePhone', on);
		this.requirePhone = on;
	}
}

export const settingsState = new SettingsState();
