// what crosses the boundary between the export worker and its job (src/lib/jobs/export-job.ts):
// plain data, Blobs and transferred streams only. types only: importing this file loads nothing.

import type { BackupError } from '../src/lib/core/backup/read-backup';
import type { ExportDropped, ExportFormat, ExportOptions } from '../src/lib/core/export/options';
import type { RestoreError } from '../src/lib/db/backup';
import type { ExportSource } from '../src/lib/db/export-source';

/** the file formats of an export: core's text formats and Excel, which SheetJS writes */
export type ExportFileFormat = ExportFormat | 'xlsx';

export interface ExportRequest {
	source: ExportSource;
	format: ExportFileFormat;
	/** everything but the format (above) and the shape (measured by the worker) */
	options: Omit<ExportOptions, 'format' | 'shape'>;
}

/** where the file goes: a Blob handed back (then downloaded), or a stream (a file the user chose) */
export type ExportSink = { kind: 'blob' } | { kind: 'stream'; stream: WritableStream<Uint8Array> };

export type JobPhase = 'counting' | 'writing' | 'packing' | 'reading' | 'restoring';

export interface JobProgress {
	phase: JobPhase;
	/** contacts, rows or bytes done in this phase */
	done: number;
	/** what the phase will reach; 0 when unknown */
	total: number;
}

export type ProgressListener = (progress: JobProgress) => void;

export const EXPORT_ERRORS = ['export.too_many_rows_for_xlsx', 'export.failed'] as const;
export type ExportError = (typeof EXPORT_ERRORS)[number];

export type ExportOutcome =
	| {
			status: 'done';
			/** contacts written */
			rows: number;
			bytes: number;
			/** the file, when the sink was 'blob' */
			blob?: Blob;
			/** MIME type and extension of the file */
			type: string;
			extension: string;
			dropped: ExportDropped;
	  }
	| { status: 'cancelled' }
	| { status: 'failed'; error: ExportError; detail?: string };

export type BackupOutcome =
	| { status: 'done'; rows: number; bytes: number; blob?: Blob; counts: Record<string, number> }
	| { status: 'cancelled' }
	| { status: 'failed'; error: 'backup.failed'; detail?: string };

export type InspectOutcome =
	| {
			ok: true;
			/** hands the checked backup to `restore` */
			token: string;
			createdAt: number;
			schemaVersion: number;
			/** rows per table in the backup */
			backupCounts: Record<string, number>;
			/** rows per table in the book now: what a restore would replace */
			bookCounts: Record<string, number>;
			/** the book holds nothing but settings: no confirmation needed */
			bookEmpty: boolean;
	  }
	| { ok: false; errors: BackupError[] }
	| { ok: false; cancelled: true };

export type RestoreOutcome =
	| { status: 'done'; counts: Record<string, number> }
	| { status: 'failed'; error: RestoreError | 'restore.expired'; detail?: string };

export interface ExportWorkerApi {
	exportContacts(
		request: ExportRequest,
		sink: ExportSink,
		onProgress?: ProgressListener
	): Promise<ExportOutcome>;
	backup(sink: ExportSink, onProgress?: ProgressListener): Promise<BackupOutcome>;
	/** reads and checks a backup file; nothing is written */
	inspectBackup(file: Blob, onProgress?: ProgressListener): Promise<InspectOutcome>;
	/** writes an inspected backup; `replace` is the user's confirmation when the book is not empty */
	restore(token: string, replace: boolean, onProgress?: ProgressListener): Promise<RestoreOutcome>;
	/** forgets an inspected backup the user did not restore */
	discard(token: string): void;
	/** stops the running job at its next chunk; an export or a restore then writes nothing */
	cancel(): void;
}
