// e-mail addresses derived from a person's name. a person's (first name, last name, domain slot,
// number) comes from a permuted unique index (see person.ts), and every pattern below keeps both
// names whole, so two different people never get the same address.

import type { CountryCode } from './countries';
import type { Rng } from './rng';
import { toEmailPart } from './transliterate';

// one row per slot; a domain appears in one slot only (in any number of countries), so people
// who differ in their slot differ in their domain, whatever countries they live in
export const DOMAIN_SLOTS: readonly Readonly<Record<CountryCode, string>>[] = [
	{
		DE: 'gmail.com',
		AT: 'gmail.com',
		CH: 'gmail.com',
		FR: 'gmail.com',
		GB: 'gmail.com',
		US: 'gmail.com',
		AU: 'gmail.com'
	},
	{
		DE: 'web.de',
		AT: 'gmx.at',
		CH: 'gmx.ch',
		FR: 'orange.fr',
		GB: 'btinternet.com',
		US: 'yahoo.com',
		AU: 'bigpond.com'
	},
	{
		DE: 'gmx.de',
		AT: 'aon.at',
		CH: 'bluewin.ch',
		FR: 'free.fr',
		GB: 'yahoo.co.uk',
		US: 'aol.com',
		AU: 'optusnet.com.au'
	},
	{
		DE: 't-online.de',
		AT: 'a1.net',
		CH: 'sunrise.ch',
		FR: 'sfr.fr',
		GB: 'hotmail.co.uk',
		US: 'comcast.net',
		AU: 'iinet.net.au'
	},
	{
		DE: 'outlook.com',
		AT: 'outlook.com',
		CH: 'outlook.com',
		FR: 'outlook.com',
		GB: 'outlook.com',
		US: 'outlook.com',
		AU: 'outlook.com'
	},
	{
		DE: 'yahoo.de',
		AT: 'chello.at',
		CH: 'hispeed.ch',
		FR: 'laposte.net',
		GB: 'sky.com',
		US: 'verizon.net',
		AU: 'tpg.com.au'
	},
	{
		DE: 'gmx.net',
		AT: 'gmx.net',
		CH: 'gmx.net',
		FR: 'wanadoo.fr',
		GB: 'live.co.uk',
		US: 'hotmail.com',
		AU: 'hotmail.com'
	},
	{
		DE: 'icloud.com',
		AT: 'icloud.com',
		CH: 'icloud.com',
		FR: 'icloud.com',
		GB: 'icloud.com',
		US: 'icloud.com',
		AU: 'icloud.com'
	}
];

export const EMAIL_PATTERNS = ['first.last', 'firstlast', 'first_last', 'last.first'] as const;

export type EmailPattern = (typeof EMAIL_PATTERNS)[number];

export const EMAIL_PATTERN_WEIGHTS: readonly (readonly [EmailPattern, number])[] = [
	['first.last', 55],
	['firstlast', 18],
	['first_last', 12],
	['last.first', 15]
];

// names come from small pools, so their ascii forms are worth keeping
const emailParts = new Map<string, string>();

function emailPart(name: string): string {
	let part = emailParts.get(name);
	if (part === undefined) {
		part = toEmailPart(name);
		emailParts.set(name, part);
	}
	return part;
}

/** the part before the number and the @, e.g. `mueller-luedenscheid.anna` */
export function emailStem(pattern: EmailPattern, first: string, last: string): string {
	const f = emailPart(first);
	const l = emailPart(last);
	switch (pattern) {
		case 'first.last':
			return `${f}.${l}`;
		case 'firstlast':
			return f + l;
		case 'first_last':
			return `${f}_${l}`;
		case 'last.first':
			return `${l}.${f}`;
	}
}

/**
 * the number after the name. `serial` 0 (the first person with this name and domain) gets none or,
 * sometimes, a birth year; later ones get a two- or three-digit number. the two never overlap, so
 * the suffix never makes two addresses equal.
 */
export function emailSuffix(serial: number, birthYear: number | null, rng: Rng): string {
	if (serial === 0) {
		return birthYear !== null && rng.chance(0.2) ? String(birthYear) : '';
	}
	// 1..90 → a scrambled 10..99, then 101, 102 …
	if (serial <= 90) return String(((serial * 7 + 33) % 90) + 10);
	return String(serial + 10);
}

export function domainFor(slot: number, country: CountryCode): string {
	const row = DOMAIN_SLOTS[slot];
	if (!row) throw new RangeError(`no domain slot ${slot}`);
	return row[country];
}

/** gmail's other name: the same mailbox, a different address */
export const GMAIL_ALIAS = 'googlemail.com';
