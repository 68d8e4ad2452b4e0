/**
 * the sort key of a missing value (no e-mail, no phone). an index sorts '' before everything, which
 * would open an e-mail-sorted list with every contact that has no e-mail; U+FFFF sorts after every
 * real value instead (blanks last when ascending, first when descending, as in postgresql).
 * `cleanLine` removes U+FFFF from user text, so no real value can reach it. it lives apart from
 * keys.ts so that the contact list can use it without loading phone metadata.
 */
export const MISSING_KEY = '\uffff';

/** a key as text to show: '' for a missing one (`keyText(contact.keys.callingCode)` → '49' or '') */
export function keyText(key: string): string {
	return key === MISSING_KEY ? '' : key;
}
