// what the page asks of the anchors worker (workers/anchors.worker.ts)

export interface AnchorsWorkerApi {
	/** surveys the sort indexes of the named database (db/list-anchors.ts); true when it stored anchors */
	survey(databaseName: string): Promise<boolean>;
}
