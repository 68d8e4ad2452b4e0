import type { ColumnMapping } from '$lib/core/import/types';
import type { ImportIssue, ImportJob } from '$lib/db/schema';
import { getLocale, m } from '$lib/i18n';
import { errorMessage, importReasonMessage } from '$lib/i18n/errors';
import { columnName } from './targets';

// the words of the results page and the failed-rows file for why a row was refused

// made once per language: a failed-rows file may describe a hundred thousand rows
let cache: { locale: string; names: Intl.DisplayNames | undefined } | undefined;

function regionNames(): Intl.DisplayNames | undefined {
	const locale = getLocale();
	if (cache?.locale !== locale) {
		let made: Intl.DisplayNames | undefined;
		try {
			made = new Intl.DisplayNames([locale], { type: 'region' });
		} catch {
			made = undefined;
		}
		cache = { locale, names: made };
	}
	return cache.names;
}

/** the country a row's phones were read in: its country-code column, else the import's default */
export function issueCountry(
	job: { mapping: ColumnMapping; options: { defaultCountry: string } },
	values: readonly string[]
): string {
	const column = job.mapping.findIndex((target) => target?.kind === 'countryCode');
	return rowCountry(column === -1 ? '' : (values[column] ?? ''), job.options.defaultCountry);
}

/** the name of the country of a row's country-code cell (a dial code stays '+49'), else the default */
export function rowCountry(cell: string, defaultCountry: string): string {
	const own = cell.trim();
	if (/^(\+|00)?\d{1,4}$/.test(own)) return `+${own.replace(/^(\+|00)/, '')}`;
	const code = (own || defaultCountry).toUpperCase();
	if (!/^[A-Z]{2}$/.test(code)) return own;
	try {
		return regionNames()?.of(code) ?? code;
	} catch {
		return code;
	}
}

/** every reason of the issue, in words, as one line */
export function describeIssue(
	job: Pick<ImportJob, 'header' | 'mapping' | 'options'>,
	issue: Pick<ImportIssue, 'values' | 'reasons'>
): string {
	const country = issueCountry(job, issue.values);
	return issue.reasons
		.map((reason) =>
			importReasonMessage(
				reason,
				reason.column === null ? null : columnName(job.header, reason.column),
				country
			)
		)
		.join(' ');
}

/** why a whole file could not be read (a job that failed, or a file refused at the start) */
export function fileErrorMessage(code: string, detail = ''): string {
	switch (code) {
		case 'file.empty':
			return m.import_file_empty();
		case 'file.binary':
			return m.import_file_binary();
		case 'file.unknown_format':
			return m.import_file_unknown_format();
		case 'file.corrupt':
			return m.import_file_corrupt();
		case 'file.encrypted':
			return m.import_file_encrypted();
		case 'file.too_big':
			return m.import_file_too_big();
		case 'file.no_sheets':
			return m.import_file_no_sheets();
		case 'file.sheet_not_found':
			return m.import_file_sheet_not_found({ sheet: detail });
		case 'file.unknown_encoding':
			return m.import_file_unknown_encoding({ encoding: detail });
		case 'file.no_rows':
			return m.import_file_no_rows();
		case 'import.failed':
			return m.import_file_failed();
		default:
			return errorMessage(code, detail);
	}
}
