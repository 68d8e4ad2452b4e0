import { m } from './paraglide/messages.js';

// core reports errors as stable codes with the offending value; this turns them into a sentence in
// the user's language that quotes the value
type Message = (inputs: { value: string }) => string;

const MESSAGES: Record<string, Message> = {
	'field.too_long': m.err_field_too_long,
	'phone.empty': () => m.err_phone_empty(),
	'phone.invalid': m.err_phone_invalid,
	'phone.invalid_characters': m.err_phone_invalid_characters,
	'phone.too_short': m.err_phone_too_short,
	'phone.too_long': m.err_phone_too_long,
	'phone.invalid_country': m.err_phone_invalid_country,
	'phone.missing_country': m.err_phone_missing_country,
	'phone.scientific_notation': m.err_phone_scientific_notation,
	'phone.extension': m.err_phone_extension,
	'phone.multiple': m.err_phone_multiple,
	'email.empty': () => m.err_email_empty(),
	'email.invalid': m.err_email_invalid,
	'email.missing_at': m.err_email_missing_at,
	'email.invalid_domain': m.err_email_invalid_domain,
	'email.multiple': m.err_email_multiple,
	'email.quoted_local': m.err_email_quoted_local,
	'email.too_long': m.err_email_too_long,
	'birthDate.invalid': m.err_birth_date_invalid,
	'country.invalid': m.err_country_invalid,
	'contact.needs_phone_or_email': () => m.err_needs_phone_or_email(),
	'contact.needs_phone': () => m.err_needs_phone(),
	'custom.number_invalid': m.err_number_invalid,
	'custom.number_ambiguous': m.err_number_ambiguous,
	'custom.date_invalid': m.err_date_invalid,
	'custom.boolean_invalid': m.err_boolean_invalid,
	'custom.choice_invalid': m.err_choice_invalid,
	'list.name_empty': () => m.err_list_name_empty(),
	'list.name_taken': m.err_list_name_taken,
	'field.label_empty': () => m.err_field_label_empty(),
	'field.label_taken': m.err_field_label_taken,
	'field.options_empty': () => m.err_field_options_empty(),
	'backup.empty': () => m.err_backup_empty(),
	'backup.not_backup': m.err_backup_not_backup,
	'backup.too_new': m.err_backup_too_new,
	'backup.unsupported_version': m.err_backup_unsupported_version,
	'backup.corrupt': m.err_backup_corrupt,
	'backup.truncated': () => m.err_backup_truncated(),
	'backup.invalid_row': m.err_backup_invalid_row,
	'backup.count_mismatch': m.err_backup_count_mismatch,
	'backup.too_big': () => m.err_backup_too_big(),
	'backup.failed': () => m.err_backup_failed(),
	'restore.not_empty': () => m.err_restore_not_empty(),
	'restore.table_gone': () => m.err_restore_table_gone(),
	'restore.failed': () => m.err_restore_failed(),
	'restore.expired': () => m.err_restore_expired(),
	'export.failed': () => m.err_export_failed(),
	'export.too_many_rows_for_xlsx': m.err_export_too_many_rows_for_xlsx
};

export function errorMessage(code: string, value: string): string {
	const message = MESSAGES[code];
	return message ? message({ value }) : m.err_unknown({ value, code });
}

/** one reason of an import issue: the column it is about (null: the whole row) and the cell */
export interface ImportReason {
	error: string;
	value: string;
}

// an import row is read in a country: a phone without an international prefix that fails was
// invalid for that country, which is what a person needs to know to fix it
const isInternational = (value: string) => /^\s*(\+|00)/.test(value);

/**
 * the words for one reason an import refused (or warned about) a row, naming the column and quoting
 * the value: "Phone “12ab” is not a valid number for Germany". `column` is the column's header (null
 * when the reason is about the whole row), `country` the name of the country the row was read in.
 */
export function importReasonMessage(
	reason: ImportReason,
	column: string | null,
	country: string
): string {
	const { error, value } = reason;
	const named = column ?? '';
	switch (error) {
		case 'contact.needs_phone_or_email':
			return m.import_reason_no_phone_or_email();
		case 'contact.needs_phone':
			return m.import_reason_no_phone();
		// letters or a wrong length for the country: either way, not a number of that country
		case 'phone.invalid':
		case 'phone.invalid_characters':
			return country && !isInternational(value)
				? m.import_reason_phone_invalid_for({ column: named, value, country })
				: m.import_reason_phone_invalid({ column: named, value });
		case 'email.invalid':
		case 'email.invalid_domain':
			return m.import_reason_email_invalid({ column: named, value });
		case 'row.empty':
			return m.import_reason_row_empty();
		case 'row.too_many_cells':
			return m.import_reason_too_many_cells({ value });
		case 'row.too_few_cells':
			return m.import_reason_too_few_cells({ value });
		case 'field.conflict':
			return m.import_reason_conflict({ column: named, value });
		case 'countryCode.invalid':
			return m.import_reason_country_code_invalid({ column: named, value });
		case 'subscription.invalid':
			return m.import_reason_subscription_invalid({ column: named, value });
		case 'birthDate.ambiguous':
			return m.import_reason_birth_date_ambiguous({ column: named, value });
		case 'birthDate.year_only':
			return m.import_reason_birth_date_year_only({ column: named, value });
	}
	const message = errorMessage(error, value);
	return column ? m.import_reason_in_column({ column, message }) : message;
}
