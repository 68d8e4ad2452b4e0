// the main thread's side of the anchors worker: one worker per tab, created on the first survey of
// the list's sort indexes, which reads every contact (~40 s at a million) and so stays off the page.

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

/** a Surveyor (db/list-anchors.ts) that runs in the worker, on the same database */
export function surveyInWorker(db: CarnetDatabase): Promise<boolean> {
	return worker().survey(db.name);
}
