// phone numbers are stored as E.164 and validated against libphonenumber's `max` metadata, so that
// the form and the import agree on what a valid number is (the `min` metadata only checks lengths).

import {
	ParseError,
	getCountries,
	getCountryCallingCode,
	isSupportedCountry,
	parseIncompletePhoneNumber,
	parsePhoneNumberFromString,
	parsePhoneNumberWithError,
	validatePhoneNumberLength,
	type CountryCode,
	type PhoneNumber,
	type PhoneNumberType
} from 'libphonenumber-js/max';

export const PHONE_ERRORS = [
	'phone.empty',
	'phone.invalid',
	'phone.invalid_characters',
	'phone.too_short',
	'phone.too_long',
	'phone.invalid_country',
	'phone.missing_country',
	'phone.scientific_notation',
	'phone.extension',
	'phone.multiple'
] as const;

export type PhoneError = (typeof PHONE_ERRORS)[number];

export type PhoneResult = { ok: true; value: string } | { ok: false; error: PhoneError };

export interface ParsedPhone {
	/** E.164 */
	value: string;
	/** calling code without '+', e.g. '49' */
	callingCode: string;
	/** the number's own country, or undefined for non-geographic numbers such as +800 */
	country: string | undefined;
	type: PhoneNumberType | undefined;
}

export type ParsePhoneResult = { ok: true; phone: ParsedPhone } | { ok: false; error: PhoneError };

// excel turns a long number into `4.91511E+11` (or `4,91511E+11` in german locales): the digits after
// the sixth are gone, so there is nothing left to repair.
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

// a cell that holds two numbers, like `0151 23456789, 030 12345678`; a slash is left alone because
// `030/123456-78` is an ordinary german way to write one number.
const LIST_SEPARATOR = /[,;|\n\r]/;

// letters are never part of a number; vanity numbers (`1-800-FLOWERS`) are too rare to guess at, and a
// label such as `mobil` would otherwise be dropped without a word.
const LETTER = /\p{L}/u;

const TEL_URI = /^tel:/i;

/**
 * reads what a person or a spreadsheet wrote as a phone number and returns it in E.164.
 * without an international prefix the number is read in `defaultCountry` (ISO 3166-1 alpha-2).
 */
export function normalizePhone(raw: string, defaultCountry: string): PhoneResult {
	const result = read(raw, defaultCountry);
	return result.ok ? { ok: true, value: result.parsed.number } : result;
}

/**
 * like `normalizePhone`, with the facts create-contact needs (calling code, and the type unless
 * `withType` is false: it costs a second pass over the metadata, so only callers that want it pay)
 */
export function parsePhone(raw: string, defaultCountry: string, withType = true): ParsePhoneResult {
	const result = read(raw, defaultCountry);
	if (!result.ok) return result;
	const { parsed } = result;
	return {
		ok: true,
		phone: {
			value: parsed.number,
			callingCode: parsed.countryCallingCode,
			country: parsed.country,
			type: withType ? typeOf(parsed) : undefined
		}
	};
}

type ReadResult = { ok: true; parsed: PhoneNumber } | { ok: false; error: PhoneError };

// an import reads a cell (`0151 2345678`), then creates the contact from the E.164 it got
// (`+491512345678`), which parsed the same number again: a third of an import's phone work. the
// numbers read last are kept by their E.164 form, and reading that exact text again returns the
// number already read (an international number reads the same whatever the default country).
const recent = new Map<string, PhoneNumber>();
const RECENT_MAX = 512;

function remember(result: ReadResult): ReadResult {
	if (!result.ok) return result;
	if (recent.size >= RECENT_MAX) recent.clear();
	recent.set(result.parsed.number, result.parsed);
	return result;
}

function read(raw: string, defaultCountry: string): ReadResult {
	const text = raw.normalize('NFKC').trim().replace(TEL_URI, '').trim();
	if (text === '') return { ok: false, error: 'phone.empty' };
	const known = recent.get(text);
	if (known !== undefined) return { ok: true, parsed: known };
	return remember(readAnew(text, defaultCountry));
}

function readAnew(text: string, defaultCountry: string): ReadResult {
	if (SCIENTIFIC.test(text.replace(/\s+/g, ''))) {
		return { ok: false, error: 'phone.scientific_notation' };
	}
	if (LIST_SEPARATOR.test(text) && countDigitGroups(text) > 1) {
		return { ok: false, error: 'phone.multiple' };
	}

	const upper = defaultCountry.trim().toUpperCase();
	const country = isSupportedCountry(upper) ? upper : undefined;
	const digits = parseIncompletePhoneNumber(text);
	const international = digits.startsWith('+') || digits.startsWith('00');
	if (!international && country === undefined) {
		return {
			ok: false,
			error: defaultCountry.trim() === '' ? 'phone.missing_country' : 'phone.invalid_country'
		};
	}

	let parsed: PhoneNumber;
	try {
		parsed = parsePhoneNumberWithError(text, country);
	} catch (error) {
		// `00` is the international prefix almost everywhere, but not in the default country's own
		// dialling plan when that is the US (011) or Australia (0011): try it as `+` before giving up.
		const retry = digits.startsWith('00') ? parseValid('+' + digits.slice(2)) : undefined;
		if (retry !== undefined) return accept(retry, text);
		return {
			ok: false,
			error: LETTER.test(text) ? 'phone.invalid_characters' : parseErrorCode(error)
		};
	}

	let valid = isValidNumber(parsed);
	if (!valid && digits.startsWith('00')) {
		const retry = parseValid('+' + digits.slice(2));
		if (retry !== undefined) {
			parsed = retry;
			valid = true;
		}
	}
	if (!valid) return { ok: false, error: invalidCode(text, country) };
	if (!international && country !== undefined) {
		parsed = preferStrippedCallingCode(parsed, digits, country);
	}
	return accept(parsed, text);
}

function accept(parsed: PhoneNumber, text: string): ReadResult {
	// E.164 has no room for an extension, and dropping it would lose what the user wrote
	if (parsed.ext !== undefined && parsed.ext !== '') return { ok: false, error: 'phone.extension' };
	if (LETTER.test(text)) return { ok: false, error: 'phone.invalid_characters' };
	return { ok: true, parsed };
}

function parseValid(text: string): PhoneNumber | undefined {
	const parsed = parsePhoneNumberFromString(text);
	return parsed !== undefined && isValidNumber(parsed) ? parsed : undefined;
}

// the number's type is most of the cost of reading it, and validity is decided by it too
// (libphonenumber's isValid is "has a type" with the `max` metadata): each number read gets its type
// worked out once, for both questions
const types = new WeakMap<PhoneNumber, PhoneNumberType | undefined>();

function typeOf(parsed: PhoneNumber): PhoneNumberType | undefined {
	if (types.has(parsed)) return types.get(parsed);
	const type = parsed.getType();
	types.set(parsed, type);
	return type;
}

// a number of some type is valid; one of none is asked again, for a plan without types
function isValidNumber(parsed: PhoneNumber): boolean {
	return typeOf(parsed) !== undefined || parsed.isValid();
}

// excel also eats the `+` of `+49 151 23456789`, leaving `4915123456789`. germany's loose
// fixed-line plan accepts that as a landline in area 0491, so libphonenumber keeps the country
// code as part of the number. when reading it as `+49…` gives a mobile number and the literal
// reading does not, the mobile is by far the likelier contact phone.
function preferStrippedCallingCode(
	parsed: PhoneNumber,
	digits: string,
	country: CountryCode
): PhoneNumber {
	const callingCode = getCountryCallingCode(country);
	if (!digits.startsWith(callingCode) || typeOf(parsed) === 'MOBILE') return parsed;
	const stripped = parseValid('+' + digits);
	if (stripped === undefined || stripped.number === parsed.number) return parsed;
	return typeOf(stripped) === 'MOBILE' ? stripped : parsed;
}

function invalidCode(text: string, country: CountryCode | undefined): PhoneError {
	if (LETTER.test(text)) return 'phone.invalid_characters';
	const length = validatePhoneNumberLength(text, country);
	if (length === 'TOO_SHORT') return 'phone.too_short';
	if (length === 'TOO_LONG') return 'phone.too_long';
	if (length === 'INVALID_COUNTRY') return 'phone.invalid_country';
	return 'phone.invalid';
}

// a row must never stop an import, so an unexpected error from the library is an invalid number too
function parseErrorCode(error: unknown): PhoneError {
	if (!(error instanceof ParseError)) return 'phone.invalid';
	switch (error.message) {
		case 'TOO_SHORT':
			return 'phone.too_short';
		case 'TOO_LONG':
			return 'phone.too_long';
		case 'INVALID_COUNTRY':
			return 'phone.invalid_country';
		default:
			return 'phone.invalid';
	}
}

// `;ext=12` (RFC 3966) is an extension, not a second number
function countDigitGroups(text: string): number {
	return text.split(LIST_SEPARATOR).filter((part) => /\d/.test(part) && !/^\s*ext=/i.test(part))
		.length;
}

/** `+4915123456789` → `+49 1512 3456789`; anything that is not a parseable number comes back as is */
export function formatPhoneInternational(e164: string): string {
	return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** `+4915123456789` → `01512 3456789`; anything that is not a parseable number comes back as is */
export function formatPhoneNational(e164: string): string {
	return parsePhoneNumberFromString(e164)?.formatNational() ?? e164;
}

let callingCodes: Set<string> | undefined;

/** `+4915123456789` → `'49'`; '' when the value is not E.164 */
export function callingCodeOf(e164: string): string {
	if (!/^\+\d{2,15}$/.test(e164)) return '';
	// calling codes are prefix-free (ITU-T E.164), so the first 1–3 digits that name a country's
	// code are the code; this skips a full parse for every contact of an import.
	callingCodes ??= new Set(getCountries().map((c) => getCountryCallingCode(c)));
	for (let length = 1; length <= 3; length++) {
		const candidate = e164.slice(1, 1 + length);
		if (callingCodes.has(candidate)) return candidate;
	}
	// non-geographic codes (+800, +882 …) belong to no country
	return parsePhoneNumberFromString(e164)?.countryCallingCode ?? '';
}
