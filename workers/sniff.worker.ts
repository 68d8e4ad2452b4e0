// reads what a chosen file is and its first rows. a worker of its own for each file, so that the
// page can stop it: a damaged workbook can send SheetJS into a loop that never ends, and only
// terminating the worker ends it (src/lib/jobs/import-job.ts).

import * as Comlink from 'comlink';
import { sniffFile } from '../src/lib/core/import/sniff';
import { FileReadError } from '../src/lib/core/import/types';
import type { SniffWorkerApi } from '../src/lib/jobs/import-protocol';

const api: SniffWorkerApi = {
	async sniff(file, options) {
		try {
			return { ok: true, info: await sniffFile(file, options) };
		} catch (error) {
			if (error instanceof FileReadError) {
				return { ok: false, error: error.code, detail: error.detail };
			}
			console.error(error);
			return { ok: false, error: 'import.failed', detail: String(error) };
		}
	}
};

Comlink.expose(api);
