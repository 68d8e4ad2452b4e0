// the sentences of the export page: progress, table names and why a backup was refused

import type { BackupError } from '$lib/core/backup/read-backup';
import { m } from '$lib/i18n';
import { errorMessage } from '$lib/i18n/errors';
import type { JobProgress } from '$lib/jobs/export-job';

export function percentOf(progress: JobProgress | undefined): number {
	if (!progress || progress.total <= 0) return 0;
	return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}

/** "Writing 1,200 of 5,000 contacts (24 %)" and the like */
export function progressText(
	progress: JobProgress | undefined,
	numbers: Intl.NumberFormat
): string {
	if (!progress) return m.export_progress_counting();
	const values = {
		done: numbers.format(progress.done),
		total: numbers.format(progress.total),
		percent: String(percentOf(progress))
	};
	switch (progress.phase) {
		case 'counting':
			return m.export_progress_counting();
		case 'packing':
			return m.export_progress_packing();
		case 'reading':
			return m.restore_checking(values);
		case 'restoring':
			return m.restore_progress(values);
		default:
			// the count may still be on its way while the first contacts are written
			return progress.total > 0
				? m.export_progress_writing(values)
				: m.export_progress_written({ done: values.done });
	}
}

const TABLES: Record<string, () => string> = {
	contacts: m.table_contacts,
	lists: m.table_lists,
	fields: m.table_fields,
	suppressions: m.table_suppressions,
	events: m.table_events,
	imports: m.table_imports,
	importIssues: m.table_importIssues,
	importChanges: m.table_importChanges,
	suggestions: m.table_suggestions,
	merges: m.table_merges,
	sources: m.table_sources,
	sourceRows: m.table_sourceRows,
	settings: m.table_settings
};

/** a table's name for people */
export function tableName(table: string): string {
	return TABLES[table]?.() ?? table;
}

/** why a backup file was refused, in a sentence that says where */
export function backupErrorText(error: BackupError, fileName: string): string {
	switch (error.code) {
		case 'backup.not_backup':
			return errorMessage(error.code, fileName);
		case 'backup.corrupt':
			return errorMessage(
				error.code,
				error.line !== undefined
					? m.backup_at_line({ line: String(error.line) })
					: error.table !== undefined
						? tableName(error.table)
						: (error.detail ?? '')
			);
		case 'backup.invalid_row':
			return errorMessage(
				error.code,
				m.backup_at_row({
					table: tableName(error.table ?? ''),
					row: String(error.row ?? ''),
					field: error.detail ?? ''
				})
			);
		case 'backup.count_mismatch':
			return errorMessage(error.code, tableName(error.table ?? ''));
		default:
			return errorMessage(error.code, error.detail ?? '');
	}
}
