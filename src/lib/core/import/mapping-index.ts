// the column mapping's public names, for the lead to merge into the core's index (DESIGN §5)

export type { BirthDateCellOptions, BirthDateCellResult, BirthDateError } from './birth-date-cell';
export { BIRTH_DATE_ERRORS, readBirthDateCell } from './birth-date-cell';
export { countryFromCell, dialCodeCountry, phoneCountryFromCell } from './country-code';
export { looksLikeEmails, looksLikePhones } from './detect-content';
export { headerKey, headerWords } from './header-words';
export { phoneKindFromLabel } from './phone-kind-label';
export type { PreviewColumnOptions, PreviewValue } from './preview-column';
export { previewColumn } from './preview-column';
export { newCustomKey } from './read-cell';
export type { RowToContactOptions } from './row-to-contact';
export { ROW_ERRORS, rowToContact } from './row-to-contact';
export type { SplitName } from './split-name';
export { splitName } from './split-name';
export { splitEmails, splitPhones } from './split-values';
export type { SubscriptionCellResult } from './subscription-cell';
export { readSubscriptionCell } from './subscription-cell';
export type { SuggestMappingOptions } from './suggest-mapping';
export { customColumnHeader, suggestMapping } from './suggest-mapping';
export type { IncomingContact, UpdateMode } from './update-contact';
export { updateContactFromRow } from './update-contact';
