import { liveQuery } from 'dexie';
import { SvelteSet } from 'svelte/reactivity';
import { suggestMapping } from '$lib/core/import/suggest-mapping';
import type {
	ColumnMapping,
	ColumnTarget,
	FileErrorCode,
	FileInfo,
	ReadOptions
} from '$lib/core/import/types';
import { getDatabase } from '$lib/db/database';
import { listFields } from '$lib/db/fields-repo';
import { createImportJob, importedContactIds, listImportJobs } from '$lib/db/imports-repo';
import { foldText } from '$lib/core/fold';
import { createList, listLists } from '$lib/db/lists-repo';
import type { ImportDuplicateMode, ImportJob, ImportStatus } from '$lib/db/schema';
import {
	runImportJob,
	sniffImportFile,
	stopImportJob,
	stopReadingFile,
	undoImportJob
} from '$lib/jobs/import-job';
import { importLockName, type ImportProgress, type JobResult } from '$lib/jobs/import-protocol';

/** the import jobs of the book, and the live progress of the ones this tab runs */
export class ImportJobsState {
	jobs = $state.raw<ImportJob[]>([]);
	loaded = $state(false);
	/** by job id, while this tab runs (or undoes) the job */
	progress = $state.raw<Record<string, ImportProgress>>({});
	/** jobs this tab is running or undoing right now */
	readonly active = new SvelteSet<string>();
	/** a message code when a run ended in an error the job record does not hold */
	errors = $state.raw<Record<string, string>>({});

	watch(): () => void {
		const subscription = liveQuery(() => listImportJobs(getDatabase())).subscribe({
			next: (jobs) => {
				this.jobs = jobs;
				this.loaded = true;
			},
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}

	job(id: string): ImportJob | undefined {
		return this.jobs.find((job) => job.id === id);
	}

	/** runs (or resumes) the job over the file in the worker; resolves when it ends */
	async start(jobId: string, file: File): Promise<void> {
		let finished: JobResult | undefined;
		await this.#drive(jobId, async () => {
			finished = await runImportJob(jobId, file, (p) => this.#report(p));
			return finished;
		});
		// a cancelled or failed import keeps its committed batches, whose contacts are new all the same
		if (finished?.ok) await scanImported(jobId);
	}

	async undo(jobId: string): Promise<void> {
		await this.#drive(jobId, () => undoImportJob(jobId, (p) => this.#report(p)));
	}

	async stop(jobId: string): Promise<void> {
		await stopImportJob(jobId);
	}

	/**
	 * resumes an interrupted job over the file the user picked again; false (and nothing runs) when it
	 * is not the file the job read, since its rows would be taken up at the wrong place
	 */
	resume(jobId: string, file: File): boolean {
		const job = this.job(jobId);
		if (!job || !isSameFile(job, file)) return false;
		void this.start(jobId, file);
		return true;
	}

	/**
	 * a job stored as running (or undoing) that no worker holds the lock of was cut off: its tab
	 * closed or crashed. it is marked interrupted, so that it can be resumed or undone.
	 */
	async findInterrupted(): Promise<void> {
		if (!('locks' in navigator)) return;
		const db = getDatabase();
		const stuck = (await listImportJobs(db)).filter((job) => isRunning(job.status));
		for (const job of stuck) {
			if (this.active.has(job.id)) continue;
			// holding the job's lock proves no worker runs it, and keeps one from starting it while
			// the record is checked again: the list above may be older than a job that just ended
			await navigator.locks.request(importLockName(job.id), { ifAvailable: true }, async (lock) => {
				if (lock === null || this.active.has(job.id)) return;
				await db.transaction('rw', db.imports, async () => {
					const current = await db.imports.get(job.id);
					if (!current || !isRunning(current.status)) return;
					await db.imports.put({ ...current, status: 'interrupted', updatedAt: Date.now() });
				});
			});
		}
	}

	/**
	 * marks the job interrupted as soon as the worker that runs it lets go of its lock without
	 * finishing: a page reloaded mid-import may look before the old worker's lock is released, and
	 * another tab running the job may close at any time. returns the function that stops watching.
	 */
	watchLock(jobId: string): () => void {
		if (!('locks' in navigator)) return () => {};
		const controller = new AbortController();
		navigator.locks
			.request(importLockName(jobId), { signal: controller.signal }, () => undefined)
			// our own hold is released by now, so it does not count as the worker's
			.then(() => this.findInterrupted())
			.catch((error: unknown) => {
				if (!(error instanceof DOMException && error.name === 'AbortError')) console.error(error);
			});
		return () => controller.abort();
	}

	async #drive(
		jobId: string,
		work: () => Promise<{ ok: true } | { ok: false; error: string }>
	): Promise<void> {
		this.active.add(jobId);
		this.errors = withoutKey(this.errors, jobId);
		try {
			const result = await work();
			if (!result.ok) this.errors = { ...this.errors, [jobId]: result.error };
		} finally {
			this.active.delete(jobId);
			this.progress = withoutKey(this.progress, jobId);
		}
	}

	#report(progress: ImportProgress): void {
		this.progress = { ...this.progress, [progress.jobId]: progress };
	}
}

// an import ends with a duplicate scan that keeps the pairs of its new and changed contacts. the
// duplicates state is loaded only then, so the import page carries no duplicate detection code.
export async function scanImported(...jobIds: string[]): Promise<void> {
	const db = getDatabase();
	const ids: string[] = [];
	for (const jobId of jobIds) {
		for (const kind of ['created', 'updated'] as const) {
			ids.push(...(await importedContactIds(db, jobId, kind)));
		}
	}
	if (ids.length === 0) return;
	const { duplicatesState } = await import('./duplicates.svelte');
	// a contact two syncs changed is scanned once
	const unique = ids.sort().filter((id, at) => at === 0 || ids[at - 1] !== id);
	void duplicatesState.startScan(unique);
}

const isRunning = (status: ImportStatus) => status === 'running' || status === 'undoing';

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
	if (!(key in record)) return record;
	const copy = { ...record };
	delete copy[key];
	return copy;
}

export const importJobs = new ImportJobsState();

export type ImportStep = 'choose' | 'map' | 'options';

/** why a chosen file cannot be imported: a reader's code, or a file with a header and no rows */
export type ChooseError = FileErrorCode | 'import.failed' | 'file.no_rows';

export interface FlowOptions {
	defaultCountry: string;
	listIds: string[];
	/** names of lists to create when the import starts */
	newLists: string[];
	unsubscribeAll: boolean;
	duplicates: ImportDuplicateMode;
}

/** the import wizard: a file, what it holds, where each column goes, and the options */
export class ImportFlow {
	step = $state<ImportStep>('choose');
	file = $state.raw<File | null>(null);
	info = $state.raw<FileInfo | null>(null);
	/** why the file cannot be read, as a code for the message */
	error = $state.raw<{ code: ChooseError; detail: string; fileName: string } | null>(null);
	/** what the user chose instead of what was detected (encoding, delimiter, sheet) */
	overrides = $state.raw<ReadOptions>({});
	busy = $state(false);
	mapping = $state.raw<ColumnMapping>([]);
	options = $state<FlowOptions>({
		defaultCountry: '',
		listIds: [],
		newLists: [],
		unsubscribeAll: false,
		duplicates: 'fill'
	});

	/** reads what the file is and suggests a mapping; overrides re-read it (encoding, delimiter, sheet) */
	async choose(file: File, overrides?: ReadOptions): Promise<void> {
		// the user may pick another encoding while the last one is still being read: only the latest
		// read may change the step, and the file stays busy until that one is done
		const read = ++this.#reads;
		this.busy = true;
		this.error = null;
		try {
			const sniffed = await sniffImportFile(file, overrides);
			const refused: ChooseError | null = !sniffed.ok
				? sniffed.error
				: sniffed.info.sample.length === 0
					? 'file.no_rows'
					: null;
			if (read !== this.#reads) return;
			if (!sniffed.ok || refused) {
				const detail = sniffed.ok ? '' : sniffed.detail;
				this.error = { code: refused ?? 'import.failed', detail, fileName: file.name };
				// a different file replaces the one being mapped; a re-read of the same one (another
				// encoding, say) keeps the mapping step and shows why
				if (file !== this.file) this.#clearFile();
				return;
			}
			const fields = (await listFields(getDatabase())).map((field) => ({
				id: field.id,
				label: field.label
			}));
			if (read !== this.#reads) return;
			// the rows and their mapping change together, so that what the user sees is what imports
			this.file = file;
			this.overrides = overrides ?? {};
			this.info = sniffed.info;
			this.mapping = suggestMapping(sniffed.info.header, sniffed.info.sample, {
				fields,
				defaultCountry: this.options.defaultCountry
			});
			this.step = 'map';
		} finally {
			if (read === this.#reads) this.busy = false;
		}
	}

	#reads = 0;

	/** stops reading the chosen file (a damaged workbook may never finish); the step stays as it was */
	stopReading(): void {
		this.#reads++;
		stopReadingFile();
		this.busy = false;
	}

	/** reads the same file again with one more choice of the user's (encoding, delimiter, sheet) */
	async override(change: ReadOptions): Promise<void> {
		if (!this.file) return;
		await this.choose(this.file, { ...this.overrides, ...change });
	}

	setTarget(column: number, target: ColumnTarget | null): void {
		const next = [...this.mapping];
		next[column] = target;
		this.mapping = next;
	}

	/** creates the job (and the new lists) and starts it; resolves to the job id */
	async start(): Promise<string | undefined> {
		const file = this.file;
		const info = this.info;
		if (!file || !info || this.busy) return undefined;
		this.busy = true;
		try {
			return await this.#start(file, info);
		} finally {
			this.busy = false;
		}
	}

	async #start(file: File, info: FileInfo): Promise<string> {
		const db = getDatabase();
		const listIds = [...this.options.listIds];
		for (const name of this.options.newLists) {
			const created = await createList(db, name);
			if (created.ok) {
				listIds.push(created.list.id);
				continue;
			}
			// a list of that name made meanwhile (another tab) is the one the user meant
			const existing = (await listLists(db)).find((list) => foldText(list.name) === foldText(name));
			if (existing && !listIds.includes(existing.id)) listIds.push(existing.id);
		}
		const job = await createImportJob(db, {
			file: { name: file.name, size: file.size, type: file.type, lastModified: file.lastModified },
			header: info.header,
			mapping: this.mapping,
			options: {
				defaultCountry: this.options.defaultCountry,
				listIds,
				unsubscribeAll: this.options.unsubscribeAll,
				duplicates: this.options.duplicates,
				format: info.format,
				encoding: info.encoding,
				delimiter: info.delimiter,
				sheet: info.sheet
			},
			totalRows: info.estimatedRows
		});
		void importJobs.start(job.id, file);
		this.reset();
		return job.id;
	}

	#clearFile(): void {
		this.step = 'choose';
		this.file = null;
		this.info = null;
		this.overrides = {};
		this.mapping = [];
	}

	reset(): void {
		this.#clearFile();
		this.error = null;
		this.options = { ...this.options, listIds: [], newLists: [], unsubscribeAll: false };
	}
}

export const importFlow = new ImportFlow();

/** whether a file the user picked again is the one the job read (for resuming) */
export function isSameFile(job: ImportJob, file: File): boolean {
	return (
		job.file.name === file.name &&
		job.file.size === file.size &&
		job.file.lastModified === file.lastModified
	);
}
