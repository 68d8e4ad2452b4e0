// countries for pickers (phone country, default country) and the check of a contact's address
// country. phone countries come from libphonenumber's own list, so that every country a user can
// pick is one the phone parser can read numbers in.

import {
	getCountries,
	getCountryCallingCode,
	isSupportedCountry as isPhoneCountry
} from 'libphonenumber-js/max';
import { foldText } from './keys';

export interface CountryOption {
	/** ISO 3166-1 alpha-2 (plus XK, AC and TA, which have their own calling codes) */
	code: string;
	/** the country's name in the display locale */
	name: string;
	/** without '+', e.g. '49' */
	callingCode: string;
}

// ISO 3166-1 alpha-2, officially assigned codes. an address can be in a place without phones of its
// own (AQ, BV, HM …), so this is wider than libphonenumber's list. XK (Kosovo) is user-assigned in
// ISO but used by the EU, libphonenumber and every mail carrier, so it is accepted too.
const ISO_COUNTRIES = new Set(
	(
		'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
		'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
		'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
		'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
		'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
		'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
		'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
		'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
	).split(' ')
);

// exceptionally reserved codes people write instead of the assigned one
const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** true for a country libphonenumber can read phone numbers in (`DE`, `AC`), upper-case only */
export function isSupportedCountry(code: string): boolean {
	return isPhoneCountry(code);
}

/** true for an ISO 3166-1 alpha-2 code (or XK), upper-case only: what `Contact.country` may hold */
export function isCountryCode(code: string): boolean {
	return ISO_COUNTRIES.has(code);
}

/** `' de '` → `'DE'`, `'uk'` → `'GB'`; undefined when it is not a country code */
export function normalizeCountryCode(raw: string): string | undefined {
	const upper = raw.trim().toUpperCase();
	const code = COUNTRY_ALIASES[upper] ?? upper;
	return isCountryCode(code) ? code : undefined;
}

const listCache = new Map<string, readonly CountryOption[]>();

/** every country a phone number can belong to, sorted by its name in `displayLocale` */
export function listCountries(displayLocale: string): CountryOption[] {
	let list = listCache.get(displayLocale);
	if (list === undefined) {
		list = buildList(displayLocale);
		listCache.set(displayLocale, list);
	}
	return list.map((country) => ({ ...country }));
}

function buildList(displayLocale: string): readonly CountryOption[] {
	const locale = supportedLocale(displayLocale);
	const names = new Intl.DisplayNames([locale], { type: 'region' });
	const collator = new Intl.Collator([locale]);
	return getCountries()
		.map((code) => ({
			code,
			name: names.of(code) ?? code,
			callingCode: getCountryCallingCode(code)
		}))
		.sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
}

// a malformed tag would make Intl throw; a pure function should answer with english instead
function supportedLocale(tag: string): string {
	try {
		return Intl.getCanonicalLocales(tag)[0] ?? 'en';
	} catch {
		return 'en';
	}
}

/**
 * the country to read phone numbers in when the user has not chosen one, from the browser's
 * languages (`navigator.languages`). a region someone wrote (`de-AT`) wins over one guessed from a
 * bare language (`de` → `DE`, `en` → `US`), wherever it is in the list, because the guess is only
 * the language's most likely region.
 */
export function regionFromLocales(languages: readonly string[], fallback = 'US'): string {
	const locales = languages.flatMap((tag) => {
		const locale = parseLocale(tag);
		return locale === undefined ? [] : [locale];
	});
	for (const locale of locales) {
		const region = locale.region;
		if (region !== undefined && isPhoneCountry(region)) return region;
	}
	for (const locale of locales) {
		const region = locale.region ?? locale.maximize().region;
		if (region !== undefined && isPhoneCountry(region)) return region;
	}
	return fallback;
}

// posix locales as found in environment variables: `de_DE.UTF-8`, `fr_CH@euro`
function parseLocale(tag: string): Intl.Locale | undefined {
	const cleaned = tag
		.trim()
		.replace(/[.@].*$/, '')
		.replace(/_/g, '-');
	if (cleaned === '' || cleaned === 'C' || cleaned === 'POSIX') return undefined;
	try {
		return new Intl.Locale(cleaned);
	} catch {
		return undefined;
	}
}

/**
 * the countries a picker shows for what the user typed: a name (accents and case ignored, any word's
 * start), an ISO code (`at`), or a calling code (`49`, `+49`, `0049`)
 */
export function filterCountries(list: readonly CountryOption[], query: string): CountryOption[] {
	const folded = foldText(query);
	if (!folded) return [...list];
	const dialled = /^(\+|00)?\d+$/.test(folded.replace(/\s/g, ''))
		? folded.replace(/\s/g, '').replace(/^(\+|00)/, '')
		: undefined;
	return list.filter((country) => {
		if (dialled !== undefined) return country.callingCode.startsWith(dialled);
		if (country.code.toLowerCase() === folded) return true;
		const name = foldText(country.name);
		return name.startsWith(folded) || name.includes(' ' + folded) || name.includes('-' + folded);
	});
}
