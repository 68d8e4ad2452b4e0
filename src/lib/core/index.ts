// the core's public surface (DESIGN §5): other layers, workers and benchmarks import from here only.

export type {
	Contact,
	ContactDraft,
	ContactKeys,
	CustomFieldType,
	CustomValue,
	Email,
	FieldError,
	Phone,
	PhoneKind,
	Subscription
} from './contact';
export { PHONE_KINDS } from './contact';

export type { ParsedPhone, ParsePhoneResult, PhoneError, PhoneResult } from './phone';
export {
	PHONE_ERRORS,
	callingCodeOf,
	formatPhoneInternational,
	formatPhoneNational,
	normalizePhone,
	parsePhone
} from './phone';

export type { EmailError, EmailResult } from './email';
export { EMAIL_ERRORS, emailKey, normalizeEmail } from './email';

export type { KeyedFields } from './keys';
export { MISSING_KEY, contactKeys, foldText, keyText, sortName } from './keys';

export { MAX_FIELD_LENGTH, cleanLine, cleanMultiline, excerpt, isTooLong } from './text';

export type { SearchFields } from './search';
export {
	MAX_TOKEN_LENGTH,
	emailToken,
	matchesSearch,
	phoneToken,
	searchQueryTokens,
	searchTokens
} from './search';

export type {
	AppliedSuppressions,
	SuppressionEntry,
	SuppressionKey,
	SuppressionKind,
	SuppressionReason
} from './suppression';
export { applySuppressions, suppressionKeysOf } from './suppression';

export type { CustomError, CustomFieldSpec, ParseCustomResult } from './custom-fields';
export { CUSTOM_ERRORS, parseCustomValue } from './custom-fields';

export type { FieldChange } from './diff';
export { diffContacts, renderCustom } from './diff';

export type {
	ContactQuery,
	ContactSort,
	ImportChangeKind,
	IndexKey,
	NormalizedQuery,
	SortDirection
} from './contact-query';
export {
	CONTACT_SORTS,
	compareForSort,
	compareKeys,
	compileQuery,
	isFiltered,
	matchesQuery,
	normalizeQuery,
	sortKeyOf
} from './contact-query';

export { isBirthDate } from './birth-date';

export type { CreateContactOptions, CreateContactResult } from './create-contact';
export { DRAFT_ERRORS, createContact } from './create-contact';

export type { ValidateContactSettings } from './validate-contact';
export { CONTACT_ERRORS, validateContact } from './validate-contact';

export type { CountryOption } from './countries';
export {
	filterCountries,
	isCountryCode,
	isSupportedCountry,
	listCountries,
	normalizeCountryCode,
	regionFromLocales
} from './countries';

export { displayName } from './display-name';
export { formatBytes } from './format';

// the import (issue 5): sniffFile, readRows, suggestMapping, rowToContact and what the worker needs
export * from './import/index';

// automatic import (issue 9): fingerprints, the incremental decision, the conflict rule, the schedule
export * from './sources/index';
export * from './merge/index';
export type {
	ColumnId,
	ExportDropped,
	ExportField,
	ExportFormat,
	ExportList,
	ExportOptions,
	ExportShape,
	PhoneFormat,
	StandardColumn
} from './export/options';
export { DEFAULT_COLUMNS, STANDARD_COLUMNS } from './export/options';
export type { ContactExporter } from './export/export-contacts';
export { FORMAT_FILES, createExporter, exportContacts } from './export/export-contacts';
export type { ContactTable, TableCell } from './export/table';
export {
	DEFAULT_SHAPE,
	contactTable,
	measureShape,
	resolveColumns,
	sheetRow
} from './export/table';
export { guardCell, needsGuard, unguardCell } from './export/guard';
export { joinListNames, splitListNames } from './list-names';
export { escapeText as escapeVCardText, foldLine as foldVCardLine } from './export/vcard';

export type { BackupHeader, BackupRow } from './backup/format';
export { BACKUP_APP, BACKUP_FORMAT, backupText } from './backup/format';
export type {
	BackupError,
	BackupErrorCode,
	ParsedBackup,
	ReadBackupOptions,
	ReadBackupResult
} from './backup/read-backup';
export { BACKUP_ERRORS, BackupReader, readBackupText } from './backup/read-backup';
export { rowProblem as backupRowProblem } from './backup/row-shapes';

// duplicate detection (issue 6): findDuplicates, comparePair, the blocking keys and the reasons
export * from './duplicates/index';
