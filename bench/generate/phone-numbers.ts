// real number ranges per country and the ways people type them. a number is a template (area or
// mobile prefix, then digits) whose last digits come from a permuted unique index, so no two people
// ever get the same number (up to 2 million people; see `createNumberFactory`).

import { COUNTRIES, type CountryCode } from './countries';
import { createPermutation } from './permutation';
import type { Rng } from './rng';

export interface NumberTemplate {
	country: CountryCode;
	kind: 'mobile' | 'landline';
	/** the national significant number starts with this (area or mobile code, no trunk 0) */
	prefix: string;
	/** digits allowed right after the prefix; empty means any digit */
	lead: string;
	/** how many digits follow the prefix */
	length: number;
	/** how the national significant number is grouped when written with spaces */
	groups: readonly number[];
}

export function numberTemplate(
	country: CountryCode,
	kind: NumberTemplate['kind'],
	prefix: string,
	length: number,
	lead = '',
	groups: readonly number[] = [prefix.length, length]
): NumberTemplate {
	return { country, kind, prefix, lead, length, groups };
}

const mobile = (
	country: CountryCode,
	prefix: string,
	length: number,
	lead = '',
	groups?: readonly number[]
): NumberTemplate => numberTemplate(country, 'mobile', prefix, length, lead, groups);

// us mobile numbers share the area codes of landlines, so us people take their city's template
export const MOBILE_TEMPLATES: Readonly<Record<CountryCode, readonly NumberTemplate[]>> = {
	DE: [
		...['151', '152', '157', '159', '176'].map((p) => mobile('DE', p, 8)),
		...['160', '162', '163', '170', '171', '172', '173', '174', '175', '177', '178', '179'].map(
			(p) => mobile('DE', p, 7)
		)
	],
	AT: [
		...['650', '660', '664', '676', '680', '688'].map((p) => mobile('AT', p, 7)),
		...['681', '699'].map((p) => mobile('AT', p, 8))
	],
	CH: ['75', '76', '77', '78', '79'].map((p) => mobile('CH', p, 7, '', [2, 3, 2, 2])),
	FR: [
		// 063 9 and 069 are overseas ranges
		mobile('FR', '6', 8, '0124578', [1, 2, 2, 2, 2]),
		mobile('FR', '7', 8, '3456789', [1, 2, 2, 2, 2])
	],
	GB: [mobile('GB', '7', 9, '45789', [4, 6])],
	US: [],
	AU: [mobile('AU', '4', 8, '0123', [3, 3, 3])]
};

export interface PhoneNumberValue {
	template: NumberTemplate;
	/** national significant number: digits without trunk 0 or calling code */
	nsn: string;
}

/** the slots of one person's numbers; each person × slot has its own unique index */
export type NumberSlot = 0 | 1 | 2;
const SLOTS = 3;

const DIGITS = '0123456789';
const UNIQUE_DIGITS = 7;

/**
 * builds numbers: the last seven digits (or six plus the lead digit) come from a permutation of
 * `personId × 3 + slot`, the rest is random. two people differ in that index, so their numbers
 * differ as long as the index fits the template's space (≥ 6 million for every template).
 */
export function createNumberFactory(
	seed: number
): (template: NumberTemplate, personId: number, slot: NumberSlot, rng: Rng) => PhoneNumberValue {
	const permutations = new Map<number, (index: number) => number>();
	const permutation = (size: number): ((index: number) => number) => {
		let p = permutations.get(size);
		if (!p) {
			p = createPermutation(size, seed);
			permutations.set(size, p);
		}
		return p;
	};

	return (template, personId, slot, rng) => {
		const lead = template.lead || DIGITS;
		const index = personId * SLOTS + slot;
		let digits: string;
		if (template.length > UNIQUE_DIGITS) {
			let head = lead.charAt(rng.int(lead.length));
			for (let i = 1; i < template.length - UNIQUE_DIGITS; i++) head += DIGITS.charAt(rng.int(10));
			const space = 10 ** UNIQUE_DIGITS;
			const tail = permutation(space)(index % space);
			digits = head + String(tail).padStart(UNIQUE_DIGITS, '0');
		} else if (template.length === UNIQUE_DIGITS) {
			const block = 10 ** (UNIQUE_DIGITS - 1);
			const space = lead.length * block;
			const u = permutation(space)(index % space);
			digits = lead.charAt(Math.floor(u / block)) + String(u % block).padStart(6, '0');
		} else {
			throw new RangeError(`template ${template.prefix} is too short to stay unique`);
		}
		return { template, nsn: template.prefix + digits };
	};
}

export const PHONE_STYLES = [
	'national',
	'nationalCompact',
	'nationalDash',
	'nationalSlash',
	'nationalDots',
	'nationalBrackets',
	'international',
	'internationalCompact',
	'international00',
	'internationalTrunk',
	'noTrunk',
	'scientific'
] as const;

export type PhoneStyle = (typeof PHONE_STYLES)[number];

type StyleWeights = Partial<Record<PhoneStyle, number>>;

// how often each way of writing a number occurs in a country's spreadsheets. `noTrunk` is what
// excel leaves of a number typed into a number cell, `scientific` what it shows for a long one
// (its lost digits make it unreadable, as in real files).
const EUROPEAN: StyleWeights = {
	national: 30,
	nationalCompact: 14,
	nationalSlash: 10,
	nationalDash: 4,
	nationalBrackets: 3,
	international: 15,
	internationalCompact: 8,
	international00: 5,
	internationalTrunk: 3,
	noTrunk: 2.6,
	scientific: 0.4
};

export const STYLE_WEIGHTS: Readonly<Record<CountryCode, StyleWeights>> = {
	DE: EUROPEAN,
	AT: EUROPEAN,
	CH: { ...EUROPEAN, national: 35, nationalSlash: 3, nationalDash: 2, international: 20 },
	FR: {
		national: 40,
		nationalCompact: 14,
		nationalDots: 10,
		nationalDash: 3,
		international: 16,
		internationalCompact: 7,
		international00: 4,
		internationalTrunk: 3,
		noTrunk: 2.6,
		scientific: 0.4
	},
	GB: {
		national: 40,
		nationalCompact: 15,
		nationalBrackets: 5,
		international: 17,
		internationalCompact: 8,
		international00: 4,
		internationalTrunk: 6,
		noTrunk: 2.6,
		scientific: 0.4
	},
	US: {
		national: 35,
		nationalDash: 25,
		nationalDots: 8,
		nationalCompact: 10,
		international: 8,
		internationalCompact: 6,
		internationalTrunk: 5,
		international00: 2.6,
		scientific: 0.4
	},
	AU: {
		national: 40,
		nationalCompact: 18,
		nationalBrackets: 5,
		international: 15,
		internationalCompact: 8,
		international00: 4,
		internationalTrunk: 2,
		noTrunk: 1.6,
		scientific: 0.4
	}
};

function split(nsn: string, groups: readonly number[]): string[] {
	const parts: string[] = [];
	let at = 0;
	for (const size of groups) {
		if (at >= nsn.length) break;
		parts.push(nsn.slice(at, at + size));
		at += size;
	}
	if (at < nsn.length) parts.push(nsn.slice(at));
	return parts;
}

// what excel shows for a long number in a "general" cell: six significant digits
function scientific(digits: string): string {
	const mantissa = (Number(digits.slice(0, 7)) / 10 ** 6).toFixed(5).replace(/\.?0+$/, '');
	return `${mantissa}E+${digits.length - 1}`;
}

/** writes a number the way a person (or excel) would in the given style */
export function formatPhone(number: PhoneNumberValue, style: PhoneStyle): string {
	const { nsn, template } = number;
	const { callingCode, trunk } = COUNTRIES[template.country];
	const parts = split(nsn, template.groups);
	const first = parts[0] ?? '';
	const rest = parts.slice(1);
	if (template.country === 'US') {
		const [area = '', exchange = '', line = ''] = parts;
		switch (style) {
			case 'national':
				return `(${area}) ${exchange}-${line}`;
			case 'nationalBrackets':
				return `(${area})${exchange}-${line}`;
			case 'nationalDash':
				return `${area}-${exchange}-${line}`;
			case 'nationalDots':
				return `${area}.${exchange}.${line}`;
			case 'internationalTrunk':
				return `1-${area}-${exchange}-${line}`;
			case 'international':
				return `+1 ${area} ${exchange} ${line}`;
			case 'international00':
				return `001 ${area} ${exchange} ${line}`;
			case 'internationalCompact':
				return `+1${nsn}`;
			case 'scientific':
				return scientific(`1${nsn}`);
			default:
				return nsn;
		}
	}
	switch (style) {
		case 'national':
			return trunk + parts.join(' ');
		case 'nationalCompact':
			return trunk + nsn;
		case 'nationalDash':
			return trunk + parts.join('-');
		case 'nationalSlash':
			return `${trunk}${first}/${rest.join(' ')}`;
		case 'nationalDots':
			return trunk + parts.join('.');
		case 'nationalBrackets':
			return `(${trunk}${first}) ${rest.join(' ')}`;
		case 'international':
			return `+${callingCode} ${parts.join(' ')}`;
		case 'internationalCompact':
			return `+${callingCode}${nsn}`;
		case 'international00':
			return `00${callingCode} ${parts.join(' ')}`;
		case 'internationalTrunk':
			return `+${callingCode} (0)${parts.join(' ')}`;
		case 'noTrunk':
			return nsn;
		case 'scientific':
			return scientific(callingCode + nsn);
	}
}
