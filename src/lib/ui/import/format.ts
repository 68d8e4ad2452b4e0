import { formatBytes } from '$lib/core/format';
import type { FileFormat } from '$lib/core/import/types';
import type { ImportStatus } from '$lib/db/schema';
import { getLocale, m } from '$lib/i18n';

// numbers, durations and names of the import screens, in the user's language

export function formatCount(n: number): string {
	return new Intl.NumberFormat(getLocale()).format(n);
}

export function formatPercent(fraction: number): string {
	return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
		Math.min(1, Math.max(0, fraction))
	);
}

export function formatDuration(seconds: number): string {
	const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
		new Intl.NumberFormat(getLocale(), { style: 'unit', unit: name, unitDisplay: 'short' }).format(
			value
		);
	const s = Math.max(0, Math.round(seconds));
	if (s < 60) return unit(s, 'second');
	if (s < 3600) {
		const rest = s % 60;
		return rest
			? `${unit(Math.floor(s / 60), 'minute')} ${unit(rest, 'second')}`
			: unit(s / 60, 'minute');
	}
	const minutes = Math.round((s % 3600) / 60);
	const hours = unit(Math.floor(s / 3600), 'hour');
	return minutes ? `${hours} ${unit(minutes, 'minute')}` : hours;
}

export function formatDateTime(ms: number): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
		ms
	);
}

export function formatSize(bytes: number): string {
	return formatBytes(bytes, getLocale());
}

const FORMAT_NAMES: Record<FileFormat, string> = {
	csv: 'CSV',
	xlsx: 'Excel (XLSX)',
	xls: 'Excel (XLS)',
	ods: 'OpenDocument (ODS)',
	vcard: 'vCard'
};

export function formatName(format: FileFormat): string {
	return FORMAT_NAMES[format];
}

const STATUS_LABELS: Record<ImportStatus, () => string> = {
	draft: m.import_status_draft,
	running: m.import_status_running,
	interrupted: m.import_status_interrupted,
	committed: m.import_status_committed,
	failed: m.import_status_failed,
	cancelled: m.import_status_cancelled,
	undoing: m.import_status_undoing,
	undone: m.import_status_undone
};

export function statusLabel(status: ImportStatus): string {
	return STATUS_LABELS[status]();
}
