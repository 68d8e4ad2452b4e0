// countries as files write them: an iso code (`DE`, `de`, `UK`), a dial code (`49`, `+49`, `0049`),
// or a name in one of the languages our users' files come in (`Deutschland`, `Allemagne`, `USA`).

import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { isCountryCode, isSupportedCountry, normalizeCountryCode } from '../countries';
import { foldText } from '../fold';

// several countries share some calling codes; a bare dial code means the one the code belongs to
// first (libphonenumber's "main country"), and a number written without a prefix is then still
// placed right: libphonenumber reads a canadian number in the US plan as canadian.
const MAIN_COUNTRY: Record<string, string> = {
	'1': 'US',
	'7': 'RU',
	'39': 'IT',
	'44': 'GB',
	'47': 'NO',
	'61': 'AU',
	'212': 'MA',
	'262': 'RE',
	'290': 'SH',
	'358': 'FI',
	'590': 'GP',
	'599': 'CW'
};

// the languages whose country names are recognised: ours (en, de, fr) and the neighbours whose
// names turn up in european address lists
const NAME_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];

// names and abbreviations that Intl does not give, folded like `countryNameKey` folds
const COUNTRY_ALIASES: Record<string, string> = {
	usa: 'US',
	'united states of america': 'US',
	america: 'US',
	'vereinigte staaten von amerika': 'US',
	'etats unis damerique': 'US',
	'great britain': 'GB',
	britain: 'GB',
	england: 'GB',
	scotland: 'GB',
	wales: 'GB',
	'northern ireland': 'GB',
	grossbritannien: 'GB',
	'gross britannien': 'GB',
	'grande bretagne': 'GB',
	angleterre: 'GB',
	ecosse: 'GB',
	brd: 'DE',
	'bundesrepublik deutschland': 'DE',
	holland: 'NL',
	'the netherlands': 'NL',
	'czech republic': 'CZ',
	'tschechische republik': 'CZ',
	'republique tcheque': 'CZ',
	turkey: 'TR',
	turkei: 'TR',
	turquie: 'TR',
	russia: 'RU',
	korea: 'KR',
	'republic of korea': 'KR',
	'ivory coast': 'CI',
	burma: 'MM',
	swaziland: 'SZ',
	macedonia: 'MK',
	vatican: 'VA',
	// iso 3166-1 alpha-3 codes of the countries most addresses in our users' files are in
	deu: 'DE',
	aut: 'AT',
	che: 'CH',
	fra: 'FR',
	bel: 'BE',
	nld: 'NL',
	lux: 'LU',
	gbr: 'GB',
	irl: 'IE',
	ita: 'IT',
	esp: 'ES',
	prt: 'PT',
	dnk: 'DK',
	swe: 'SE',
	nor: 'NO',
	fin: 'FI',
	pol: 'PL',
	cze: 'CZ',
	svk: 'SK',
	hun: 'HU',
	svn: 'SI',
	hrv: 'HR',
	grc: 'GR',
	rou: 'RO',
	bgr: 'BG',
	tur: 'TR',
	rus: 'RU',
	ukr: 'UA',
	can: 'CA',
	mex: 'MX',
	bra: 'BR',
	aus: 'AU',
	nzl: 'NZ',
	zaf: 'ZA',
	ind: 'IN',
	chn: 'CN',
	jpn: 'JP'
};

let dialCodes: Map<string, string> | undefined;
let countryNames: Map<string, string> | undefined;

/**
 * the country whose phone numbers a `country_code` cell names: a dial code (`49`, `+49`, `0049`,
 * `(+49)`), an iso code (`DE`, `de`) or a country name; undefined when it names none. '' is
 * undefined too: the caller decides what a blank cell means.
 */
export function phoneCountryFromCell(raw: string): string | undefined {
	const text = raw.trim();
	if (text === '') return undefined;
	const dial = /^\(?\s*(?:\+|00)?\s*(\d{1,4})\s*\)?$/.exec(text);
	if (dial) return dialCodeCountry(dial[1] ?? '');
	const code = countryFromCell(text);
	return code !== undefined && isSupportedCountry(code) ? code : undefined;
}

/** the main country of a calling code without '+' (`'49'` → `'DE'`, `'1'` → `'US'`) */
export function dialCodeCountry(callingCode: string): string | undefined {
	if (dialCodes === undefined) {
		dialCodes = new Map(Object.entries(MAIN_COUNTRY));
		for (const country of getCountries()) {
			const code = getCountryCallingCode(country);
			if (!dialCodes.has(code)) dialCodes.set(code, country);
		}
	}
	return dialCodes.get(callingCode);
}

// a country column holds a few distinct values in a file of any size: each is read once
const cellCache = new Map<string, string | null>();

/** the iso code of an address's country cell (`'de'`, `'Deutschland'`, `'U.K.'`), or undefined */
export function countryFromCell(raw: string): string | undefined {
	const cached = cellCache.get(raw);
	if (cached !== undefined) return cached ?? undefined;
	const code = readCountry(raw);
	if (cellCache.size >= 1_000) cellCache.clear();
	cellCache.set(raw, code ?? null);
	return code;
}

function readCountry(raw: string): string | undefined {
	const code = normalizeCountryCode(raw);
	if (code !== undefined) return code;
	const key = countryNameKey(raw);
	if (key === '') return undefined;
	countryNames ??= buildCountryNames();
	return countryNames.get(key) ?? countryNames.get(key.replace(/ /g, ''));
}

// `U.S.A.` → `usa`, `Pays-Bas` → `pays bas`, `Côte d’Ivoire` → `cote divoire`
function countryNameKey(raw: string): string {
	return foldText(raw.replace(/[.'’`]/g, '').replace(/[\p{P}\p{S}]+/gu, ' '));
}

function buildCountryNames(): Map<string, string> {
	const names = new Map<string, string>();
	const add = (name: string, code: string): void => {
		const key = countryNameKey(name);
		if (key === '') return;
		if (!names.has(key)) names.set(key, code);
		const compact = key.replace(/ /g, '');
		if (!names.has(compact)) names.set(compact, code);
	};
	const codes: string[] = [];
	for (let a = 65; a <= 90; a++) {
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			if (isCountryCode(code)) codes.push(code);
		}
	}
	for (const locale of NAME_LOCALES) {
		let display: Intl.DisplayNames;
		try {
			display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		} catch {
			continue;
		}
		for (const code of codes) {
			const name = display.of(code);
			if (name !== undefined) add(name, code);
		}
	}
	for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) add(alias, code);
	return names;
}
