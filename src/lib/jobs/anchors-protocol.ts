// what the page asks of the anchors worker (workers/anchors.worker.ts)

export interface AnchorsWorkerApi {
	/**
	 * brings the stored anchors of the named database up to date (db/list-anchors.ts, surveyAnchors):
	 * folds their log, or surveys the sort indexes; true when they are current
	 */
	survey(databaseName: string): Promise<boolean>;
	/**
	 * gives every contact of the named database that lacks them its search words
	 * (db/search-words.ts, fillSearchWords); true when none lacks them any more
	 */
	fillWords(databaseName: string): Promise<boolean>;
}
