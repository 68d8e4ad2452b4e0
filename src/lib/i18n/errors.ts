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
