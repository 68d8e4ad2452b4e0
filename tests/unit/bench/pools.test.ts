// the data tables must keep the promises the generator relies on: names that give unique e-mail
// addresses, number templates that are valid, disjoint and big enough, nicknames that exist

import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { CITIES } from '../../../bench/generate/cities';
import { COUNTRY_CODES } from '../../../bench/generate/countries';
import {
	DOMAIN_SLOTS,
	EMAIL_PATTERNS,
	GMAIL_ALIAS,
	emailStem
} from '../../../bench/generate/emails';
import { FIRST_NAMES, LANGUAGES, LAST_NAMES, NICKNAMES } from '../../../bench/generate/names';
import { MAX_UNIQUE_PEOPLE } from '../../../bench/generate/people';
import {
	MOBILE_TEMPLATES,
	createNumberFactory,
	formatPhone,
	type NumberTemplate
} from '../../../bench/generate/phone-numbers';
import { createRng } from '../../../bench/generate/rng';
import { toEmailPart } from '../../../bench/generate/transliterate';

const allTemplates: NumberTemplate[] = COUNTRY_CODES.flatMap((country) => [
	...MOBILE_TEMPLATES[country],
	...CITIES[country].map((city) => city.landline)
]);

const key = (t: NumberTemplate): string => `${t.country}:${t.prefix}:${t.lead}:${t.length}`;

const distinctTemplates = [...new Map(allTemplates.map((t) => [key(t), t])).values()];

// the digits a template may produce at each position of its national number
function positions(t: NumberTemplate): string[] {
	const any = '0123456789';
	return [...t.prefix.split(''), t.lead || any, ...new Array<string>(t.length - 1).fill(any)];
}

describe('name pools', () => {
	it('have no name in two pools or in both the first and the last names', () => {
		const seen = new Map<string, string>();
		const clashes: string[] = [];
		for (const language of LANGUAGES) {
			for (const [kind, pool] of [
				['first', FIRST_NAMES[language]],
				['last', LAST_NAMES[language]]
			] as const) {
				for (const name of pool) {
					const ascii = toEmailPart(name);
					const where = `${language} ${kind} ${name}`;
					const before = seen.get(ascii);
					if (before) clashes.push(`${before} / ${where}`);
					seen.set(ascii, where);
				}
			}
		}
		expect(clashes).toEqual([]);
	});

	it('give a different e-mail stem for every pattern and name pair', () => {
		const stems = new Map<string, string>();
		const clashes: string[] = [];
		for (const language of LANGUAGES) {
			for (const first of FIRST_NAMES[language]) {
				for (const last of LAST_NAMES[language]) {
					for (const pattern of EMAIL_PATTERNS) {
						const stem = emailStem(pattern, first, last);
						const who = `${pattern} ${first} ${last}`;
						const before = stems.get(stem);
						if (before) clashes.push(`${stem}: ${before} / ${who}`);
						stems.set(stem, who);
					}
				}
			}
		}
		expect(clashes).toEqual([]);
		expect(stems.size).toBeGreaterThan(50_000);
	});

	it('hold the awkward names real address books hold', () => {
		const all = LANGUAGES.flatMap((l) => [...FIRST_NAMES[l], ...LAST_NAMES[l]]);
		expect(all).toContain('Müller-Lüdenscheid');
		expect(all).toContain('de la Fontaine');
		expect(all).toContain('van der Berg');
		expect(all).toContain('Jean-Pierre');
		expect(all.some((n) => n.includes('ß'))).toBe(true);
		expect(all.some((n) => /[éèçëï]/.test(n))).toBe(true);
	});

	it('have nicknames only for names that are in a pool', () => {
		const firsts = new Set(LANGUAGES.flatMap((l) => FIRST_NAMES[l]));
		expect(Object.keys(NICKNAMES).filter((name) => !firsts.has(name))).toEqual([]);
	});

	it.each([
		['Müller-Lüdenscheid', 'mueller-luedenscheid'],
		['de la Fontaine', 'delafontaine'],
		["O'Brien", 'obrien'],
		['N’Diaye', 'ndiaye'],
		['St. John', 'stjohn'],
		['Weiß', 'weiss'],
		['Łukasz', 'lukasz'],
		['Yılmaz', 'yilmaz'],
		['Hélène', 'helene']
	])('turn %s into the ascii %s', (name, ascii) => {
		expect(toEmailPart(name)).toBe(ascii);
	});
});

describe('e-mail domains', () => {
	it('put each domain in one slot only', () => {
		const slotOf = new Map<string, number>();
		const clashes: string[] = [];
		DOMAIN_SLOTS.forEach((row, slot) => {
			for (const domain of Object.values(row)) {
				const before = slotOf.get(domain);
				if (before !== undefined && before !== slot) clashes.push(`${domain}: ${before} / ${slot}`);
				slotOf.set(domain, slot);
			}
		});
		expect(clashes).toEqual([]);
		expect(slotOf.has(GMAIL_ALIAS)).toBe(false);
	});
});

describe('phone number templates', () => {
	it('group the whole national number', () => {
		const wrong = allTemplates
			.filter((t) => t.groups.reduce((a, b) => a + b, 0) !== t.prefix.length + t.length)
			.map(key);
		expect(wrong).toEqual([]);
	});

	it('have room for three unique numbers per person', () => {
		const space = (t: NumberTemplate): number =>
			t.length > 7 ? 10 ** 7 : (t.lead || '0123456789').length * 10 ** 6;
		const small = distinctTemplates.filter((t) => space(t) < 3 * MAX_UNIQUE_PEOPLE).map(key);
		expect(small).toEqual([]);
	});

	it('never overlap unless they are the same template', () => {
		const overlaps: string[] = [];
		for (const [i, a] of distinctTemplates.entries()) {
			for (const b of distinctTemplates.slice(i + 1)) {
				if (a.country !== b.country || a.prefix.length + a.length !== b.prefix.length + b.length) {
					continue;
				}
				const pa = positions(a);
				const pb = positions(b);
				const disjoint = pa.some(
					(digits, at) => ![...digits].some((d) => (pb[at] ?? '').includes(d))
				);
				if (!disjoint) overlaps.push(`${key(a)} / ${key(b)}`);
			}
		}
		expect(overlaps).toEqual([]);
	});

	it('produce numbers libphonenumber knows as valid', () => {
		const make = createNumberFactory(9);
		const rng = createRng(9);
		const invalid: string[] = [];
		let total = 0;
		for (const template of distinctTemplates) {
			for (let personId = 1; personId <= 200; personId++) {
				const written = formatPhone(make(template, personId * 7919, 0, rng), 'national');
				total++;
				if (!isValidPhoneNumber(written, template.country))
					invalid.push(`${template.country} ${written}`);
			}
		}
		expect(invalid.length / total).toBeLessThan(0.01);
	});

	it('give different people different numbers and a person the same one again', () => {
		const make = createNumberFactory(3);
		const rng = createRng(3);
		const [template] = MOBILE_TEMPLATES.CH;
		if (!template) throw new Error('no swiss mobile template');
		const seen = new Set<string>();
		for (let personId = 1; personId <= 50_000; personId++)
			seen.add(make(template, personId, 0, rng).nsn);
		expect(seen.size).toBe(50_000);
		expect(make(template, 17, 0, rng).nsn).toBe(make(template, 17, 0, rng).nsn);
		expect(make(template, 17, 0, rng).nsn).not.toBe(make(template, 17, 2, rng).nsn);
	});
});

describe('cities', () => {
	it('exist for every country, with postcodes', () => {
		for (const country of COUNTRY_CODES) {
			expect(CITIES[country].length).toBeGreaterThanOrEqual(15);
			for (const city of CITIES[country]) expect(city.postcodes.length).toBeGreaterThan(0);
		}
	});
});
