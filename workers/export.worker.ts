// the export worker: a thin Comlink shell over core (the file formats, the backup reader) and db (the
// contacts a chunk at a time, backup and restore). it streams: contacts are read a chunk at a time and
// turned into text that goes into Blob parts, so a million contacts never become one string and the
// text never piles up in the JS heap. SheetJS cannot write a workbook a row at a time, so an Excel
// export holds its sheet (dense, typed cells) until the end; it is loaded only when asked for.

import * as Comlink from 'comlink';
import { BackupReader, type ParsedBackup } from '../src/lib/core/backup/read-backup';
import { FORMAT_FILES, createExporter } from '../src/lib/core/export/export-contacts';
import type { ExportShape } from '../src/lib/core/export/options';
import { DEFAULT_SHAPE, contactTable, measureShape, sheetRow } from '../src/lib/core/export/table';
import {
	backupChunks,
	backupReadOptions,
	countTables,
	isEmptyBook,
	restoreBackup
} from '../src/lib/db/backup';
import { getDatabase } from '../src/lib/db/database';
import { contactChunks, countSource } from '../src/lib/db/export-source';
import type {
	BackupOutcome,
	ExportOutcome,
	ExportRequest,
	ExportSink,
	ExportWorkerApi,
	InspectOutcome,
	JobProgress,
	ProgressListener,
	RestoreOutcome
} from './export-api';

// SheetJS builds the whole workbook in memory: at 100 k contacts the worker's heap peaked at ~350 MB
// in chromium (docs/benchmarks.md), so beyond this many contacts the export asks for CSV instead of
// risking the worker's memory on a phone. Excel's own limit is 1,048,575 rows.
const XLSX_MAX_ROWS = 100_000;
// contacts per read
const CHUNK = 2_000;
// text is handed to the sink in pieces of about this many characters: few enough Blob parts, and
// never a big string
const FLUSH_CHARS = 1 << 22;
// progress reaches the page at most ten times a second (DESIGN §3)
const PROGRESS_INTERVAL_MS = 100;

let cancelled = false;
const inspected = new Map<string, ParsedBackup>();

class Cancelled extends Error {}

/**
 * a sink that takes text. the text always goes into Blob parts first, which the browser keeps outside
 * the JS heap (on disk when they grow big); a chosen file is fed from that Blob at the end. an export
 * that has to start over (see `exportText`) then only drops its parts, and a cancelled export never
 * touches the file.
 */
class TextSink {
	private pending: string[] = [];
	private pendingChars = 0;
	private parts: Blob[] = [];
	bytes = 0;

	constructor(private readonly target: ExportSink) {}

	write(text: string): void {
		if (text === '') return;
		this.pending.push(text);
		this.pendingChars += text.length;
		if (this.pendingChars >= FLUSH_CHARS) this.flush();
	}

	writeBytes(data: Uint8Array<ArrayBuffer>): void {
		this.flush();
		this.parts.push(new Blob([data]));
		this.bytes += data.byteLength;
	}

	/** forgets everything written so far */
	reset(): void {
		this.pending = [];
		this.pendingChars = 0;
		this.parts = [];
		this.bytes = 0;
	}

	/** the Blob (blob sink), or undefined once the chosen file holds it */
	async close(type: string): Promise<Blob | undefined> {
		this.flush();
		const blob = new Blob(this.parts, { type });
		this.parts = [];
		if (this.target.kind === 'blob') return blob;
		await blob.stream().pipeTo(this.target.stream);
		return undefined;
	}

	async abort(): Promise<void> {
		this.reset();
		if (this.target.kind === 'stream') await this.target.stream.abort().catch(() => undefined);
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		const part = new Blob(this.pending);
		this.pending = [];
		this.pendingChars = 0;
		this.bytes += part.size;
		this.parts.push(part);
	}
}

type Reporter = (progress: JobProgress, force?: boolean) => void;

function reporter(listener: ProgressListener | undefined): Reporter {
	let last = 0;
	return (progress, force = false) => {
		const now = performance.now();
		if (!listener || (!force && now - last < PROGRESS_INTERVAL_MS)) return;
		last = now;
		// not awaited: the page's answer is not worth waiting for
		void listener(progress);
	};
}

function checkCancelled(): void {
	if (cancelled) throw new Cancelled();
}

type Done = Omit<Extract<ExportOutcome, { status: 'done' }>, 'bytes' | 'blob'>;

/** whether contacts had more phones or e-mails than the layout had columns for */
const outgrew = (seen: ExportShape, shape: ExportShape) =>
	seen.phones > shape.phones || seen.emails > shape.emails;

// csv and google give every phone and e-mail a column, so the columns depend on the most any contact
// has. a pass to find that out would read the whole book twice (a million contacts take ~25 s to read),
// so the export is written with DEFAULT_SHAPE and the most is noted on the way; only a book with a
// contact beyond it is written again, with columns for everyone. outlook has fixed slots.
async function exportText(
	request: ExportRequest,
	sink: TextSink,
	total: { value: number },
	report: Reporter
): Promise<Done> {
	if (request.format === 'xlsx') throw new Error('not a text format');
	const format = request.format;
	const shaped = format === 'csv' || format === 'google-csv';
	const once = async (shape: ExportShape) => {
		const exporter = createExporter({ ...request.options, format, shape });
		let seen = shape;
		sink.write(exporter.start());
		for await (const chunk of contactChunks(getDatabase(), request.source, CHUNK)) {
			checkCancelled();
			if (shaped) seen = measureShape(chunk, seen);
			sink.write(exporter.write(chunk));
			report({ phase: 'writing', done: exporter.count, total: total.value });
		}
		return { exporter, seen };
	};
	const first = await once(DEFAULT_SHAPE);
	let exporter = first.exporter;
	if (shaped && outgrew(first.seen, DEFAULT_SHAPE)) {
		sink.reset();
		exporter = (await once(first.seen)).exporter;
	}
	const file = FORMAT_FILES[format];
	return {
		status: 'done',
		rows: exporter.count,
		type: `${file.type};charset=utf-8`,
		extension: file.extension,
		dropped: exporter.dropped
	};
}

// SheetJS builds the whole sheet (dense: an array of rows, typed cells) before it writes the zip
async function exportXlsx(
	request: ExportRequest,
	sink: TextSink,
	total: { value: number },
	report: Reporter
): Promise<Done> {
	const XLSX = await import('xlsx');
	const once = async (shape: ExportShape) => {
		const table = contactTable({ ...request.options, format: 'csv', shape });
		const sheet = XLSX.utils.aoa_to_sheet([table.header], { dense: true });
		let seen = shape;
		let rows = 0;
		for await (const chunk of contactChunks(getDatabase(), request.source, CHUNK)) {
			checkCancelled();
			seen = measureShape(chunk, seen);
			XLSX.utils.sheet_add_aoa(
				sheet,
				chunk.map((contact) => sheetRow(table.row(contact))),
				{ origin: -1 }
			);
			rows += chunk.length;
			report({ phase: 'writing', done: rows, total: total.value });
		}
		return { table, sheet, seen, rows };
	};
	let attempt = await once(DEFAULT_SHAPE);
	if (outgrew(attempt.seen, DEFAULT_SHAPE)) attempt = await once(attempt.seen);
	report({ phase: 'packing', done: 0, total: 0 }, true);
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, attempt.sheet, 'Contacts');
	const data = XLSX.write(book, {
		bookType: 'xlsx',
		type: 'array',
		compression: true
	}) as ArrayBuffer;
	checkCancelled();
	sink.writeBytes(new Uint8Array(data));
	return {
		status: 'done',
		rows: attempt.rows,
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		extension: 'xlsx',
		dropped: attempt.table.dropped
	};
}

function failure(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const api: ExportWorkerApi = {
	async exportContacts(request, target, onProgress) {
		cancelled = false;
		const report = reporter(onProgress);
		const sink = new TextSink(target);
		try {
			report({ phase: 'counting', done: 0, total: 0 }, true);
			const counting = countSource(getDatabase(), request.source);
			if (request.format === 'xlsx') {
				const count = await counting;
				if (count > XLSX_MAX_ROWS) {
					await sink.abort();
					return {
						status: 'failed',
						error: 'export.too_many_rows_for_xlsx',
						detail: String(count)
					};
				}
			}
			// a text export starts reading at once; the progress bar gets its total when the count is in
			const total = { value: 0 };
			counting.then((count) => (total.value = count)).catch(() => undefined);
			const result =
				request.format === 'xlsx'
					? await exportXlsx(request, sink, total, report)
					: await exportText(request, sink, total, report);
			const blob = await sink.close(result.type);
			report({ phase: 'writing', done: result.rows, total: result.rows }, true);
			return { ...result, bytes: sink.bytes, ...(blob ? { blob } : {}) };
		} catch (error) {
			await sink.abort();
			if (error instanceof Cancelled) return { status: 'cancelled' };
			return { status: 'failed', error: 'export.failed', detail: failure(error) };
		}
	},

	async backup(target, onProgress): Promise<BackupOutcome> {
		cancelled = false;
		const report = reporter(onProgress);
		const sink = new TextSink(target);
		try {
			const pieces = backupChunks(getDatabase(), {
				now: Date.now(),
				onRows: (done, total) => report({ phase: 'writing', done, total })
			});
			let next = await pieces.next();
			while (!next.done) {
				checkCancelled();
				sink.write(next.value);
				next = await pieces.next();
			}
			const counts = next.value;
			const blob = await sink.close('application/json');
			const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
			report({ phase: 'writing', done: rows, total: rows }, true);
			return { status: 'done', rows, bytes: sink.bytes, counts, ...(blob ? { blob } : {}) };
		} catch (error) {
			await sink.abort();
			if (error instanceof Cancelled) return { status: 'cancelled' };
			return { status: 'failed', error: 'backup.failed', detail: failure(error) };
		}
	},

	async inspectBackup(file, onProgress): Promise<InspectOutcome> {
		cancelled = false;
		const report = reporter(onProgress);
		const db = getDatabase();
		const reader = new BackupReader(backupReadOptions(db));
		const stream = file.stream().pipeThrough(new TextDecoderStream()).getReader();
		let done = 0;
		try {
			for (;;) {
				const { value, done: end } = await stream.read();
				if (end) break;
				checkCancelled();
				reader.push(value);
				// characters, close enough to bytes for a progress bar
				done += value.length;
				report({ phase: 'reading', done: Math.min(done, file.size), total: file.size });
				if (reader.failed) break;
			}
		} catch (error) {
			if (error instanceof Cancelled) return { ok: false, cancelled: true };
			throw error;
		} finally {
			await stream.cancel().catch(() => undefined);
		}
		const result = reader.finish();
		if (!result.ok) return { ok: false, errors: result.errors };
		const token = crypto.randomUUID();
		// one inspected backup at a time: its rows may be hundreds of megabytes
		inspected.clear();
		inspected.set(token, result.backup);
		const bookCounts = await countTables(db);
		const backupCounts = Object.fromEntries(
			Object.entries(result.backup.tables).map(([name, rows]) => [name, rows.length])
		);
		return {
			ok: true,
			token,
			createdAt: result.backup.header.createdAt,
			schemaVersion: result.backup.header.schemaVersion,
			backupCounts,
			bookCounts,
			bookEmpty: isEmptyBook(bookCounts)
		};
	},

	async restore(token, replace, onProgress): Promise<RestoreOutcome> {
		cancelled = false;
		const backup = inspected.get(token);
		if (!backup) return { status: 'failed', error: 'restore.expired' };
		const report = reporter(onProgress);
		const result = await restoreBackup(getDatabase(), backup, {
			replace,
			onRows: (done, total) => report({ phase: 'restoring', done, total }),
			cancelled: () => cancelled
		});
		if (!result.ok) {
			// a refused or cancelled restore can be asked again; a failed one read a backup that is spent
			if (result.error === 'restore.failed' || result.error === 'restore.table_gone') {
				inspected.delete(token);
			}
			return {
				status: 'failed',
				error: result.error,
				...(result.detail ? { detail: result.detail } : {})
			};
		}
		inspected.delete(token);
		return { status: 'done', counts: result.counts };
	},

	discard(token) {
		inspected.delete(token);
	},

	cancel() {
		cancelled = true;
	}
};

Comlink.expose(api);
