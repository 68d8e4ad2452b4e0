// the generator's browser-safe surface: no node modules here, so the bench page and its workers
// can seed IndexedDB from the same rows the files hold. file writing lives in write.ts (node).

export { COLUMNS, CHANGES, type Column, type Change, type GeneratedRow } from './columns';
export { createRng, weightedPicker, type Rng } from './rng';
export { createPermutation } from './permutation';
export {
	generatePeople,
	DEFAULT_DUPLICATE_SHARE,
	GENERATOR_VERSION,
	DUPLICATE_POOL_SIZE,
	MAX_UNIQUE_PEOPLE,
	type GenerateOptions
} from './people';
export { csvField, csvHeader, csvLine, UTF8_COMMA, EXCEL_SEMICOLON, type CsvDialect } from './csv';
export { rowToVcard, escapeVcardText, foldLine } from './vcard';
export { truthLine, truthPairs, parseTruth, TRUTH_HEADER, type TruthEntry } from './truth';
export { COUNTRY_CODES, type CountryCode } from './countries';
