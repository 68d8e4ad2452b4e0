// how one contact's values are written in every layout: phones in the chosen form, custom values as
// text an import reads back to the same value, list ids as names.

import type { CustomValue, PhoneKind } from '../contact';
import { callingCodeOf, formatPhoneNational } from '../phone';
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { ExportList, ExportOptions } from './options';

/** a stored phone (E.164) of a contact whose address is in `country` (ISO code or '') as written */
export type PhoneWriter = (e164: string, country: string) => string;

/**
 * international keeps E.164 as stored: formatting with spaces costs ~15 µs a number (15 s for a
 * million), and E.164 is what Google, Outlook and our own import read exactly. national shortens only
 * the numbers of the default country, because a foreign number without its prefix would be read
 * as a domestic one when the file comes back; and only of contacts whose address is not abroad,
 * because our import reads a row's national numbers in the row's country first (`030 1234567` is a
 * valid french number too).
 */
export function phoneWriter(
	opts: Pick<ExportOptions, 'phoneFormat' | 'defaultCountry'>
): PhoneWriter {
	const home = (opts.defaultCountry ?? '').toUpperCase();
	if (opts.phoneFormat !== 'national' || !isSupportedCountry(home)) return (e164) => e164;
	const code = getCountryCallingCode(home);
	return (e164, country) =>
		callingCodeOf(e164) === code && (country === '' || country.toUpperCase() === home)
			? formatPhoneNational(e164)
			: e164;
}

/** the English names a phone kind has in the csv layout, the way the import recognizes them */
export const PHONE_KIND_NAMES: Readonly<Record<PhoneKind, string>> = {
	mobile: 'Mobile',
	whatsapp: 'WhatsApp',
	home: 'Home',
	work: 'Work',
	other: 'Other'
};

/** list ids → their names, in the contact's order; ids of deleted lists are left out */
export function listNamer(lists: readonly ExportList[] = []): (ids: readonly string[]) => string[] {
	const names = new Map(lists.map((list) => [list.id, list.name]));
	return (ids) => ids.flatMap((id) => names.get(id) ?? []);
}

// `1.234` is read back as ambiguous (a thousand in german, one and a bit in english), so a number
// that would print that way gets a trailing zero: `1.2340` reads as 1.234 everywhere
const AMBIGUOUS = /^-?[1-9]\d{0,2}\.\d{3}$/;

/** a custom value as text: numbers with a point, booleans as yes/no, nothing as '' */
export function customText(value: CustomValue | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'number') {
		const text = String(value);
		return AMBIGUOUS.test(text) ? `${text}0` : text;
	}
	return value;
}

let regionNames: Intl.DisplayNames | undefined;

/** `DE` → `Germany`: what Google and Outlook show, since they keep the country as free text */
export function countryName(code: string): string {
	if (code === '') return '';
	regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
	try {
		return regionNames.of(code) ?? code;
	} catch {
		return code;
	}
}

/** milliseconds since epoch as an ISO 8601 UTC timestamp */
export function isoTime(ms: number): string {
	return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}
