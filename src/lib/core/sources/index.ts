// automatic import (sources): fingerprints, row keys, the incremental decision, the conflict rule,
// the schedule and the failure codes. src/lib/core/index.ts re-exports it.

export { hashText, rowFingerprint } from './fingerprint';
export { RowKeys, baseRowKey } from './row-key';
export type { FieldHashes } from './field-hashes';
export { changedFields, fieldHashes, fieldText } from './field-hashes';
export type { RememberedRow, RowDecision } from './decide';
export { decideRow, goneKeys } from './decide';
export type { SourceChange } from './conflict';
export { applySourceChange } from './conflict';
export type { Schedulable } from './schedule';
export {
	DEFAULT_INTERVAL_MINUTES,
	MAX_INTERVAL_MINUTES,
	MIN_INTERVAL_MINUTES,
	clampInterval,
	isDue,
	msUntilNextDue,
	nextSyncAt,
	overdueBy
} from './schedule';
export type { FetchObservation, SourceFailure, SourceFailureCode } from './failure';
export {
	SOURCE_FAILURES,
	classifyFetch,
	classifyFileError,
	notContacts,
	otherFailure
} from './failure';
export type { AlignedMapping } from './source-mapping';
export { alignMapping, detectSourceMapping } from './source-mapping';
