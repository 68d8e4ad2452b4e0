// the import's public surface (readers, mapping, row preparation, batch planning); src/lib/core/index.ts
// re-exports it.

export type {
	ColumnMapping,
	ColumnTarget,
	ContactColumnField,
	FileErrorCode,
	FileFormat,
	FileInfo,
	ReadOptions,
	RowBatch,
	RowError,
	RowToContactResult
} from './types';
export { FILE_ERRORS, FileReadError } from './types';
export { sniffFile } from './sniff';
export { readRows } from './read-rows';
export { isBlankRow, rowNumberAt } from './rows';
export type { VcardExtras } from './vcard';
export { VCARD_COLUMNS, vcardHeader } from './vcard';
export { MAX_SHEET_XML_BYTES } from './workbook';
export * from './mapping-index';
export type { PrepareRowOptions, PreparedRow } from './prepare-row';
export { prepareRow } from './prepare-row';
export type {
	BatchRow,
	DuplicateMode,
	PlanBatchInput,
	PlannedBatch,
	RowOutcome,
	RowResult
} from './plan-batch';
export { planBatch } from './plan-batch';
