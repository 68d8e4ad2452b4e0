// fills the app's own database with generated contacts, directly and as fast as the database allows
// (a worker of the bench page, createContact + bulkAdd), for scenarios that need a full book: the
// list, duplicates and export. the bench page shares its origin, hence IndexedDB, with the app, so a
// page of the app opened in the same context afterwards sees these contacts.

import { DEFAULT_DATABASE_NAME } from '../../src/lib/db/database';
import type { BenchPage, TaskResult } from './bench-page';
import { BATCH_SIZE, DEFAULT_COUNTRY } from './defaults';

export interface SeedOptions {
	/** the generator's seed (default 1) */
	seed?: number;
	batchSize?: number;
	/** empty the contacts table first (default true) */
	clear?: boolean;
	defaultCountry?: string;
}

export async function seedContacts(
	bench: BenchPage,
	count: number,
	options: SeedOptions = {}
): Promise<TaskResult> {
	const result = await bench.run({
		name: 'write-contacts',
		params: {
			database: DEFAULT_DATABASE_NAME,
			seed: options.seed ?? 1,
			count,
			batchSize: options.batchSize ?? BATCH_SIZE,
			clear: options.clear ?? true,
			deleteAfter: false,
			defaultCountry: options.defaultCountry ?? DEFAULT_COUNTRY
		}
	});
	const { stored, written } = result.details;
	if (options.clear !== false && stored !== written) {
		throw new Error(`seeding wrote ${written} contacts but the database holds ${stored}`);
	}
	return result;
}
