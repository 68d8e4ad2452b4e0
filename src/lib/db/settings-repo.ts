import type { CarnetDatabase } from './database';
import type { Setting, SettingKey, SettingsMap } from './schema';

/** the stored value of a setting, or undefined when it was never set */
export async function getSetting<K extends SettingKey>(
	db: CarnetDatabase,
	key: K
): Promise<SettingsMap[K] | undefined> {
	const row = await db.settings.get(key);
	// rows are written only by setSetting, which ties each value to its key
	return row?.value as SettingsMap[K] | undefined;
}

/** stores a setting, keeping the time it was first set */
export async function setSetting<K extends SettingKey>(
	db: CarnetDatabase,
	key: K,
	value: SettingsMap[K],
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const existing = await db.settings.get(key);
		// typescript cannot narrow a generic key to one member of the Setting union
		const row = { key, value, createdAt: existing?.createdAt ?? now, updatedAt: now } as Setting;
		await db.settings.put(row);
	});
}
