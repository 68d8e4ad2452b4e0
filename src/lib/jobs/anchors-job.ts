// the main thread's side of the anchors worker: one worker per tab, created on the first survey of
// the list's sort indexes, which reads every contact (~40 s at a million) and so stays off the page,
// as does the fold of the anchors' log (db/list-fold.ts), which rewrites them (~3.5 MB).

import * as Comlink from 'comlink';
import type { CarnetDatabase } from '../db/database';
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
