// the bench page: served under /__bench/ from the app's own origin, so that it shares IndexedDB with
// the app. node drives it through `window.bench.run(name, params)`; each task names what it times.

import { measureDuplicates } from './duplicates';
import { backup, exportFile, restore } from './export';
import { watchLongTasks } from './long-tasks';
import { importFile } from './import-file';
import { measureList } from './list';
import { measureMerge } from './merge';
import { measureMergeAll } from './merge-all';
import { parseCsv } from './parse-csv';
import type { BenchPageApi } from './protocol';
import { writeContacts } from './write-contacts';
import './window';

watchLongTasks();

const api: BenchPageApi = {
	// a later scenario adds its page side here with one case (and its parameters in PageTasks)
	run(call) {
		switch (call.name) {
			case 'parse-csv':
				return parseCsv(call.params);
			case 'write-contacts':
				return writeContacts(call.params);
			case 'list':
				return measureList(call.params);
			case 'import-file':
				return importFile(call.params);
			case 'merge':
				return measureMerge(call.params);
			case 'merge-all':
				return measureMergeAll(call.params);
			case 'duplicates':
				return measureDuplicates(call.params);
			case 'export-file':
				return exportFile(call.params);
			case 'backup':
				return backup(call.params);
			case 'restore':
				return restore(call.params);
		}
	}
};

window.bench = api;
