// the sources a periodic background sync runs in the service worker: the ones the page's scheduler
// would run now, one after the other, through the same locked sync the import worker runs for a
// page. a file whose permission lapsed is recorded as such, as the page's scheduler does; only a
// click on the page may ask for it again.

import { dueSources } from '../src/lib/core/sources/schedule';
import { getDatabase } from '../src/lib/db/database';
import { readSourceFile } from '../src/lib/db/source-file';
import { markSourcePending, recordSourceFailure } from '../src/lib/db/sources-repo';
import { rememberUnscanned } from '../src/lib/db/unscanned-syncs';
import { syncSourceLocked } from './sync-source';

/** syncs the due sources; resolves to how many ran */
export async function syncDueSources(now: number = Date.now()): Promise<number> {
	const db = getDatabase();
	const due = dueSources(await db.sources.toArray(), now);
	const changed: string[] = [];
	for (const source of due) {
		if (source.kind === 'url' && !navigator.onLine) {
			await markSourcePending(db, source.id);
			continue;
		}
		let file: File | null = null;
		if (source.kind === 'file') {
			const read = await readSourceFile(source, false);
			if (!read.ok) {
				await recordSourceFailure(db, source.id, read.failure);
				continue;
			}
			file = read.file;
		}
		const result = await syncSourceLocked(source.id, file);
		if (result.ok && result.job.counts.created + result.job.counts.updated > 0) {
			changed.push(result.job.id);
		}
	}
	// finding duplicates runs in a web worker, which a service worker cannot start: the next page does
	await rememberUnscanned(db, changed);
	return due.length;
}
