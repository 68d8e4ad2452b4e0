// baseline (a): bare papaparse over the file, inside a module worker of our own, reading it in chunks.
// no `worker: true`: that is papaparse's own blob worker, which the app does not use (DESIGN §1).

import * as Comlink from 'comlink';
import Papa from 'papaparse';
import type { ParseReport, ParseWorkerApi } from './protocol';

const api: ParseWorkerApi = {
	parse(file, { chunkSize }) {
		return new Promise<ParseReport>((resolve, reject) => {
			let rows = 0;
			let columns = 0;
			let chunks = 0;
			let errors = 0;
			const started = performance.now();
			Papa.parse<string[]>(file, {
				header: false,
				skipEmptyLines: true,
				chunkSize,
				chunk(results) {
					chunks += 1;
					rows += results.data.length;
					errors += results.errors.length;
					if (columns === 0) columns = results.data[0]?.length ?? 0;
				},
				complete() {
					// the header row is not a contact
					resolve({
						rows: Math.max(0, rows - 1),
						columns,
						chunks,
						errors,
						workerMs: performance.now() - started
					});
				},
				error(error) {
					reject(new Error(`papaparse failed: ${error.message}`));
				}
			});
		});
	}
};

Comlink.expose(api);
