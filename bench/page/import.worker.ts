// the import scenario's worker: the app's own import path (core's sniffFile and suggestMapping, db's
// createImportJob and runImport), over a database of the bench's choosing, so the figures are the
// app's and the app's book is left alone.

import * as Comlink from 'comlink';
import { sniffFile } from '../../src/lib/core/import/sniff';
import { suggestMapping } from '../../src/lib/core/import/suggest-mapping';
import { openDatabase } from '../../src/lib/db/database';
import { runImport } from '../../src/lib/db/import-run';
import { createImportJob } from '../../src/lib/db/imports-repo';
import type { ImportReport, ImportWorkerBenchApi } from './protocol';

// a 1 M run takes minutes; a line now and then shows it is alive
const PROGRESS_INTERVAL_MS = 15_000;

const api: ImportWorkerBenchApi = {
	async run(file, params, onProgress) {
		const db = openDatabase(params.database);
		try {
			await db.open();
			const started = performance.now();
			const info = await sniffFile(file);
			const mapping = suggestMapping(info.header, info.sample);
			const job = await createImportJob(db, {
				file: {
					name: file.name,
					size: file.size,
					type: file.type,
					lastModified: file.lastModified
				},
				header: info.header,
				mapping,
				options: {
					defaultCountry: params.defaultCountry,
					listIds: [],
					unsubscribeAll: false,
					duplicates: 'fill',
					format: info.format,
					encoding: info.encoding,
					delimiter: info.delimiter,
					sheet: info.sheet
				},
				totalRows: info.estimatedRows
			});
			let reported = performance.now();
			const timings = { prepareMs: 0, lookupMs: 0, writeMs: 0 };
			const done = await runImport(db, job.id, file, {
				timings,
				onProgress(progress) {
					const now = performance.now();
					if (onProgress && now - reported >= PROGRESS_INTERVAL_MS) {
						reported = now;
						void onProgress(progress.done);
					}
				}
			});
			const report: ImportReport = {
				status: done.status,
				rows: done.counts.rows,
				created: done.counts.created,
				updated: done.counts.updated,
				failed: done.counts.failed,
				stored: await db.contacts.count(),
				workerMs: performance.now() - started,
				mappedColumns: mapping.filter((target) => target !== null).length,
				...timings,
				columns: info.header.length
			};
			return report;
		} finally {
			db.close();
			if (params.deleteAfter) await openDatabase(params.database).delete();
		}
	}
};

Comlink.expose(api);
