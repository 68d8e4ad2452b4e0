// baseline (b) and the seeding path: generated people become final contacts (core's createContact) and
// go into the real schema with bare dexie bulkAdd, batch by batch. generation streams inside this
// worker, so neither the page nor the worker ever holds more than one batch of contacts. only the
// bulkAdd calls are timed: building contacts is the import's work, not the database's.

import * as Comlink from 'comlink';
import { createContact, type Contact } from '../../src/lib/core/index';
import { openDatabase } from '../../src/lib/db/database';
import { generatePeople } from '../generate/index';
import { draftMapper } from './people-to-draft';
import type { WriteReport, WriteWorkerApi } from './protocol';

// a 1 M run on disk takes many minutes; a line now and then shows it is alive
const PROGRESS_INTERVAL_MS = 15_000;

const api: WriteWorkerApi = {
	async write(params, onProgress) {
		const db = openDatabase(params.database);
		try {
			await db.open();
			if (params.clear) await db.contacts.clear();
			const report: WriteReport = {
				written: 0,
				rejected: 0,
				repaired: 0,
				batches: 0,
				bulkAddMs: 0,
				buildMs: 0
			};
			const toDraft = draftMapper();
			const now = Date.now();
			let batch: Contact[] = [];
			let reported = performance.now();
			let buildStarted = performance.now();
			const flush = async (): Promise<void> => {
				const writeStarted = performance.now();
				report.buildMs += writeStarted - buildStarted;
				try {
					await db.contacts.bulkAdd(batch);
				} catch (error) {
					// say how far it got: a quota error at 1 M contacts means something else than at 10
					const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
					throw new Error(`bulkAdd failed after ${report.written} contacts: ${reason}`, {
						cause: error
					});
				}
				buildStarted = performance.now();
				report.bulkAddMs += buildStarted - writeStarted;
				report.written += batch.length;
				report.batches += 1;
				batch = [];
				if (onProgress && buildStarted - reported >= PROGRESS_INTERVAL_MS) {
					reported = buildStarted;
					// not awaited: the answer travels back through the page and is not worth waiting for
					void onProgress(report.written);
				}
			};

			for (const person of generatePeople({ seed: params.seed, count: params.count })) {
				const draft = toDraft(person.values);
				const options = { defaultCountry: params.defaultCountry, now };
				let result = createContact(draft.full, options);
				if (!result.ok) {
					// a real import skips a bad value and keeps the row; do the same so the size holds
					result = createContact(draft.without(result.errors), options);
					if (result.ok) report.repaired += 1;
				}
				if (!result.ok) {
					report.rejected += 1;
					continue;
				}
				batch.push(result.contact);
				if (batch.length >= params.batchSize) await flush();
			}
			if (batch.length > 0) await flush();
			report.buildMs += performance.now() - buildStarted;
			return report;
		} finally {
			db.close();
		}
	},

	async count(database) {
		const db = openDatabase(database);
		try {
			return await db.contacts.count();
		} finally {
			db.close();
		}
	},

	async deleteDatabase(database) {
		await openDatabase(database).delete();
	}
};

Comlink.expose(api);
