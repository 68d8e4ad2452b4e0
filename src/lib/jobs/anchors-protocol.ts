// what the page asks of the anchors worker (workers/anchors.worker.ts)

export interface AnchorsWorkerApi {
	/**
	 * brings the stored anchors of the named database up to date (db/list-anchors.ts, surveyAnchors):
	 * folds their log, or surveys the sort indexes; true when they are current
	 */
	survey(databaseName: string): Promise<boolean>;
}
