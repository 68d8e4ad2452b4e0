// what a column holds, judged from its sample values when its header says nothing ("Kontakt",
// "Column 7", ""): most values phones makes a phone column, most values e-mails an e-mail column.

import { normalizeEmail } from '../email';
import { normalizePhone } from '../phone';
import { splitEmails, splitPhones } from './split-values';

const PHONE_CHARACTERS = /^(?:tel:)?\s*[+(]?[\d\s().\-/–]+$/i;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const DECIMAL = /^\d+[.,]\d{1,2}$/;
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

/** true when more than half of the non-blank values read as phone numbers */
export function looksLikePhones(values: readonly string[], defaultCountry?: string): boolean {
	return most(values, (value) => isPhoneLike(value, defaultCountry));
}

/** true when more than half of the non-blank values read as e-mail addresses */
export function looksLikeEmails(values: readonly string[]): boolean {
	return most(values, (value) => {
		const first = splitEmails(value)[0];
		return first !== undefined && normalizeEmail(first).ok;
	});
}

function most(values: readonly string[], test: (value: string) => boolean): boolean {
	let filled = 0;
	let matching = 0;
	for (const raw of values) {
		const value = raw.trim();
		if (value === '') continue;
		filled++;
		if (test(value)) matching++;
	}
	return matching > 0 && matching * 2 > filled;
}

// a customer number or a postcode is digits too, so a bare number counts only when it has what
// phone numbers have and ids rarely do: a `+` or `00`, a trunk `0`, separators, or ten digits.
// with a country the number must also be valid there.
function isPhoneLike(value: string, defaultCountry: string | undefined): boolean {
	const compact = value.replace(/\s+/g, '');
	// excel's scientific notation is a phone column that lost digits; the rows will say so
	if (SCIENTIFIC.test(compact)) return /^[+-]?\d{1,2}[.,]\d{3,}e\+?\d+$/i.test(compact);
	const first = splitPhones(value)[0] ?? '';
	if (!PHONE_CHARACTERS.test(first) || DATE_LIKE.test(first) || DECIMAL.test(first)) return false;
	const digits = first.replace(/\D/g, '');
	if (digits.length < 6 || digits.length > 17) return false;
	const international = /^(?:tel:)?\s*(?:\+|00)/i.test(first);
	const shaped =
		international || digits.startsWith('0') || /\D/.test(first.trim()) || digits.length >= 10;
	if (!shaped) return false;
	if (international) return normalizePhone(first, defaultCountry ?? '').ok;
	return defaultCountry === undefined || defaultCountry === ''
		? true
		: normalizePhone(first, defaultCountry).ok;
}
