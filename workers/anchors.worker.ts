// the anchors worker: keeps the list's stored anchors current off the main thread (db/list-anchors.ts:
// it folds their log, or surveys the sort indexes), and fills in the search words of a book from before
// version 5 (db/search-words.ts). a thin shell: one handle per call, closed after.

import * as Comlink from 'comlink';
import { openDatabase } from '../src/lib/db/database';
import { DEFAULT_SURVEY, surveyAnchors } from '../src/lib/db/list-anchors';
import { fillSearchWords } from '../src/lib/db/search-words';
import type { AnchorsWorkerApi } from '../src/lib/jobs/anchors-protocol';

const api: AnchorsWorkerApi = {
	async survey(databaseName) {
		const db = openDatabase(databaseName);
		try {
			return await surveyAnchors(db, DEFAULT_SURVEY);
		} finally {
			db.close();
		}
	},

	async fillWords(databaseName) {
		const db = openDatabase(databaseName);
		try {
			return await fillSearchWords(db);
		} finally {
			db.close();
		}
	}
};

Comlink.expose(api);
