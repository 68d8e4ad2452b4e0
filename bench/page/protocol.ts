// what crosses the boundaries of the bench page: node ↔ page (through page.evaluate) and
// page ↔ workers (through comlink). plain data only, so that it survives structured clone and json.

/** console lines of the bench page that start with this are shown by node as progress */
export const PROGRESS_PREFIX = '[bench] ';

/** what a page task measured; wall time is taken inside the page with performance.now() */
export interface PageMeasurement {
	/** the timed window, in ms */
	wallMs: number;
	/** how many rows or records the timed window handled; 0 when throughput means nothing */
	items: number;
	/** the main thread's long tasks that started inside the timed window */
	longTasks: LongTaskSummary;
	/** figures a scenario reports beside the wall time (counts, sub-timings, bytes) */
	details: Record<string, number | string>;
}

export interface LongTaskSummary {
	count: number;
	longestMs: number;
}

export interface ParseCsvParams {
	/** a same-origin url of the csv file, e.g. /__bench/data/people-s1-n100000.csv */
	url: string;
	/** bytes per papaparse chunk; papaparse's default when absent */
	chunkSize?: number;
}

export interface WriteContactsParams {
	/** the IndexedDB database written to: a scratch name, or 'carnet' to seed the app */
	database: string;
	seed: number;
	count: number;
	/** contacts per bulkAdd call */
	batchSize: number;
	/** empty the contacts table first */
	clear: boolean;
	/** delete the whole database once measured (scratch databases) */
	deleteAfter: boolean;
	/** the country used to read phones written without an international prefix */
	defaultCountry: string;
}

/** the tasks the bench page can run, by name, with their parameters */
export interface PageTasks {
	'parse-csv': ParseCsvParams;
	'write-contacts': WriteContactsParams;
	list: ListParams;
	'import-file': ImportFileParams;
	merge: MergeParams;
	'merge-all': MergeAllParams;
	duplicates: DuplicatesParams;
	'export-file': ExportFileParams;
	backup: BackupParams;
	restore: RestoreParams;
}

export type PageTaskName = keyof PageTasks;

/** one call of a page task: its name and its parameters, checked against each other */
export type PageTaskCall = { [K in PageTaskName]: { name: K; params: PageTasks[K] } }[PageTaskName];

/** exposed as `window.bench` for playwright's page.evaluate */
export interface BenchPageApi {
	run(call: PageTaskCall): Promise<PageMeasurement>;
}

export interface ParseReport {
	/** data rows, without the header row */
	rows: number;
	columns: number;
	chunks: number;
	errors: number;
	/** time spent inside the worker, from Papa.parse to complete */
	workerMs: number;
}

export interface ParseWorkerApi {
	parse(file: File, options: { chunkSize?: number }): Promise<ParseReport>;
}

export interface WriteReport {
	written: number;
	/** generated rows that createContact refused even after dropping their bad values */
	rejected: number;
	/** rows that needed a bad value dropped before createContact accepted them */
	repaired: number;
	batches: number;
	/** time inside bulkAdd calls only: the figure the baseline is about */
	bulkAddMs: number;
	/** time spent generating rows and building contacts, outside the bulkAdd calls */
	buildMs: number;
}

export interface WriteWorkerApi {
	/** `onProgress` hears how many contacts are written, at most every few seconds */
	write(params: WriteContactsParams, onProgress?: (written: number) => void): Promise<WriteReport>;
	/** how many contacts the database holds; opens it if needed */
	count(database: string): Promise<number>;
	deleteDatabase(database: string): Promise<void>;
}

export interface ListParams {
	/** how many contacts the app's database must hold; the task refuses to measure a smaller book */
	expected: number;
	/** saves of one contact; the figure is their median */
	saves: number;
	/** members of the list whose first screen is measured */
	listMembers: number;
}

export interface MergeParams {
	/** how many contacts the app's database must hold; the task refuses to measure a smaller book */
	expected: number;
	/** pairs merged and then unmerged, one at a time; the figures are their p95 and median */
	pairs: number;
}

export interface MergeAllParams {
	/** how many contacts the app's database must hold (a fresh book of this scenario's own) */
	expected: number;
}

export interface DuplicatesParams {
	/** how many contacts the app's database must hold; the task refuses to measure a smaller book */
	expected: number;
	/** exact checks of a save; the figures are their median and p95 */
	saves: number;
}

export interface ImportFileParams {
	/** a same-origin url of the file to import (csv or xlsx) */
	url: string;
	/** a scratch database, deleted afterwards when deleteAfter is set */
	database: string;
	deleteAfter: boolean;
	defaultCountry: string;
}

export interface ImportReport {
	status: string;
	rows: number;
	created: number;
	updated: number;
	failed: number;
	/** contacts in the database afterwards */
	stored: number;
	/** the import's time inside the worker */
	workerMs: number;
	mappedColumns: number;
	columns: number;
	/** ms reading and preparing rows, looking up holders and suppressions, and writing */
	prepareMs: number;
	lookupMs: number;
	writeMs: number;
}

export interface ImportWorkerBenchApi {
	run(
		file: File,
		params: ImportFileParams,
		onProgress?: (rows: number) => void
	): Promise<ImportReport>;
}

export interface ExportFileParams {
	/** how many contacts the app's database must hold */
	expected: number;
	/** 'csv' (timed against the 60 s target at 1 M) or 'xlsx' */
	format: 'csv' | 'xlsx';
}

export interface BackupParams {
	expected: number;
}

export interface RestoreParams {
	/** the rows the backup kept by the backup task must restore */
	expected: number;
}
