// duplicate detection (issue 6): exact and fuzzy, explained. core/index.ts re-exports from here.

export type { DuplicateOptions, DuplicatePair, PairScore, Reason, ReasonCode } from './types';
export { EXACT_REASON_CODES, REASON_CODES, isExactDuplicate } from './types';
export type { ScanStats } from './find-duplicates';
export {
	BLOCK_WINDOW,
	MAX_BLOCK_SIZE,
	blockSortKey,
	findDuplicates,
	ownsPair,
	scanDuplicates
} from './find-duplicates';
export {
	DEFAULT_DUPLICATE_THRESHOLD,
	bitsForScore,
	comparePair,
	compareProfiles,
	scoreFromBits,
	scoreProfiles
} from './score';
export type { BlockScanOptions, BlockScanProgress, BlockScanResult } from './block-scan';
export { scanDuplicatesInBlocks } from './block-scan';
export type { BlockingOptions } from './blocking';
export { blockingKeys, isExactKey, profileKeys } from './blocking';
export type { DuplicateGroup } from './group';
export { byScore, groupPairs } from './group';
export type { Profile } from './profile';
export { countNamesakes, profileOf } from './profile';
export { mailboxKey } from './email-keys';
export { NAMESAKE_REFERENCE, namesakeBits } from './weights';
export { isExactPair } from './identifiers';
export { kolnerPhonetik, metaphone, soundAlike } from './phonetic';
export { damerauLevenshtein, isTypo, jaroWinkler, withinOneEdit } from './similarity';
export { areNicknames } from './nicknames';
