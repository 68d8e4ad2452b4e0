// syncs the service worker ran in the background whose new and changed contacts still await the
// duplicate scan: that scan runs in a web worker, which only a page can start. kept apart from the
// sources repository so that the page's scheduler loads only this.

import type { CarnetDatabase } from './database';
import { getSetting, setSetting } from './settings-repo';

/** remembers syncs run in the background, for the duplicate scan the next page runs */
export async function rememberUnscanned(
	db: CarnetDatabase,
	jobIds: readonly string[]
): Promise<void> {
	if (jobIds.length === 0) return;
	await db.transaction('rw', db.settings, async () => {
		const before = (await getSetting(db, 'unscannedSourceJobs')) ?? [];
		await setSetting(db, 'unscannedSourceJobs', [...new Set([...before, ...jobIds])]);
	});
}

/** the syncs still awaiting their duplicate scan, forgotten as they are handed out */
export async function takeUnscanned(db: CarnetDatabase): Promise<string[]> {
	return db.transaction('rw', db.settings, async () => {
		const jobIds = (await getSetting(db, 'unscannedSourceJobs')) ?? [];
		if (jobIds.length > 0) await setSetting(db, 'unscannedSourceJobs', []);
		return jobIds;
	});
}
