// the main thread's side of the anchors worker: one worker per tab, created on the first survey of
// the list's sort indexes, which reads every contact (~40 s at a million) and so stays off the page,
// as does the fold of the anchors' log (db/list-fold.ts), which rewrites them (~3.5 MB), and the
// filling in of the search words of a book from before version 5 (db/search-words.ts), which
// rewrites every contact once.

import * as Comlink from 'comlink';
import { forgetSessions } from '../db/contact-list';
import type { CarnetDatabase } from '../db/database';
import { wordsComplete } from '../db/list-words';
import type { AnchorsWorkerApi } from './anchors-protocol';

let remote: Comlink.Remote<AnchorsWorkerApi> | undefined;

function worker(): Comlink.Remote<AnchorsWorkerApi> {
	if (!remote) {
		remote = Comlink.wrap<AnchorsWorkerApi>(
			new Worker(new URL('../../../workers/anchors.worker.ts', import.meta.url), {
				type: 'module'
			})
		);
	}
	return remote;
}

// by database: the list asks from every session it opens (after each write), and a second survey
// of the same book at once would only double the work
const running = new Map<string, Promise<boolean>>();

/** a Surveyor (db/list-anchors.ts) that runs in the worker, on the same database */
export function surveyInWorker(db: CarnetDatabase): Promise<boolean> {
	let survey = running.get(db.name);
	if (!survey) {
		survey = worker()
			.survey(db.name)
			.finally(() => running.delete(db.name));
		running.set(db.name, survey);
	}
	return survey;
}

const filling = new Map<string, Promise<void>>();

/**
 * fills in the search words of a book from before version 5, in the worker, once per tab; the
 * list's searches then read the words index (their cached answers are dropped)
 */
export function fillSearchWordsInWorker(db: CarnetDatabase): Promise<void> {
	let fill = filling.get(db.name);
	if (!fill) {
		fill = (async () => {
			if (await wordsComplete(db)) return;
			if (await worker().fillWords(db.name)) forgetSessions(db);
		})();
		filling.set(db.name, fill);
		// a failed fill (the tab was closing, the disk was full) is tried again on the next list
		fill.catch(() => filling.delete(db.name));
	}
	return fill;
}
