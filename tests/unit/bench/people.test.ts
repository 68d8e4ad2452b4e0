import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
	COLUMNS,
	COUNTRY_CODES,
	DUPLICATE_POOL_SIZE,
	generatePeople,
	type Column,
	type GeneratedRow
} from '../../../bench/generate/index';
import { collect, identifiers, share, traits } from './helpers';

const OPTIONAL: readonly Column[] = COLUMNS.filter(
	(c) => c !== 'First name' && c !== 'Last name' && c !== 'country_code'
);

// one sample, shared by the checks that only read it
const sample = collect(generatePeople({ seed: 42, count: 10_000 }));
const originals = sample.filter((r) => r.original);
const copies = sample.filter((r) => !r.original);

describe('generatePeople: size and determinism', () => {
	it.each([0, 1, 10, 1000])('yields exactly %i rows, numbered from 1', (count) => {
		const rows = collect(generatePeople({ seed: 1, count }));
		expect(rows).toHaveLength(count);
		expect(rows.map((r) => r.row)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
	});

	it('yields the same rows for the same seed', () => {
		const again = collect(generatePeople({ seed: 42, count: 10_000 }));
		expect(again).toEqual(sample);
	});

	it('yields other rows for another seed', () => {
		const other = collect(generatePeople({ seed: 43, count: 1000 }));
		const same = other.filter(
			(r, i) => JSON.stringify(r.values) === JSON.stringify(sample[i]?.values)
		);
		expect(same.length).toBe(0);
	});

	it('refuses a negative or fractional count and an impossible duplicate share', () => {
		expect(() => generatePeople({ seed: 1, count: -1 }).next()).toThrow(RangeError);
		expect(() => generatePeople({ seed: 1, count: 1.5 }).next()).toThrow(RangeError);
		expect(() => generatePeople({ seed: 1, count: 10, duplicateShare: 1 }).next()).toThrow(
			RangeError
		);
		expect(() => generatePeople({ seed: 1, count: 10, duplicateShare: -0.1 }).next()).toThrow(
			RangeError
		);
	});

	it('fills every column of every row with a string', () => {
		for (const row of sample.slice(0, 500)) {
			expect(Object.keys(row.values).sort()).toEqual([...COLUMNS].sort());
			for (const column of COLUMNS) expect(typeof row.values[column]).toBe('string');
		}
	});
});

describe('generatePeople: realism', () => {
	it('always names the person and gives a way to reach them', () => {
		const unnamed = originals.filter((r) => !r.values['First name'] || !r.values['Last name']);
		const unreachable = sample.filter(
			(r) => !r.values.Mobile && !r.values.Phone && !r.values.Email
		);
		expect(unnamed).toEqual([]);
		expect(unreachable).toEqual([]);
	});

	it('leaves a share of every optional column empty, and fills the rest', () => {
		for (const column of OPTIONAL) {
			const empty = share(
				originals.filter((r) => r.values[column] === '').length,
				originals.length
			);
			expect({ column, ok: empty > 0.05 && empty < 0.8 }).toEqual({ column, ok: true });
		}
	});

	it('draws names with umlauts, accents, hyphens and several words', () => {
		const names = originals.map((r) => `${r.values['First name']} ${r.values['Last name']}`);
		for (const pattern of [/[äöü]/, /ß/, /[éèçëï]/, /\p{L}-\p{L}/u, /^\S+ \S+ \S+/]) {
			expect({ pattern: String(pattern), found: names.some((n) => pattern.test(n)) }).toEqual({
				pattern: String(pattern),
				found: true
			});
		}
	});

	it('covers the seven countries, roughly in their weights', () => {
		const counts = new Map<string, number>();
		for (const r of originals)
			counts.set(
				r.values.country_code.toUpperCase(),
				(counts.get(r.values.country_code.toUpperCase()) ?? 0) + 1
			);
		expect([...counts.keys()].sort()).toEqual([...COUNTRY_CODES].sort());
		expect(share(counts.get('DE') ?? 0, originals.length)).toBeGreaterThan(0.25);
		expect(share(counts.get('AT') ?? 0, originals.length)).toBeGreaterThan(0.05);
	});

	it('writes phones the ways people type them', () => {
		const phones = sample.flatMap((r) => [r.values.Mobile, r.values.Phone]).filter(Boolean);
		for (const pattern of [
			/^\+\d/,
			/^00\d/,
			/^\(/,
			/\(0\)/,
			/^0\d+\/\d/,
			/^\d{3}-\d{3}-\d{4}$/,
			/^0\d \d\d \d\d/,
			/^[1-9]\d{8,}$/
		]) {
			expect({ pattern: String(pattern), found: phones.some((p) => pattern.test(p)) }).toEqual({
				pattern: String(pattern),
				found: true
			});
		}
	});

	it('writes phone numbers that libphonenumber (max) knows as valid, ≥ 95 % of the originals', () => {
		let total = 0;
		let valid = 0;
		for (const r of originals) {
			for (const number of [r.values.Mobile, r.values.Phone]) {
				if (!number) continue;
				total++;
				if (isValidPhoneNumber(number, r.values.country_code.toUpperCase() as CountryCode)) valid++;
			}
		}
		expect(total).toBeGreaterThan(8000);
		expect(share(valid, total)).toBeGreaterThanOrEqual(0.95);
	});

	it('derives e-mail addresses from the name, in ascii', () => {
		const withEmail = originals.filter((r) => r.values.Email);
		const bad = withEmail.filter(
			(r) => !/^[A-Za-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$/.test(r.values.Email)
		);
		expect(bad.map((r) => r.values.Email)).toEqual([]);
		const müller = withEmail.find((r) => r.values['Last name'] === 'Müller');
		expect(müller?.values.Email.toLowerCase()).toContain('mueller');
	});

	it('writes birthdays as ISO dates, german dates and without a year', () => {
		const birthdays = sample.map((r) => r.values.Birthday).filter(Boolean);
		const iso = birthdays.filter((b) => /^\d{4}-\d{2}-\d{2}$/.test(b));
		const dotted = birthdays.filter((b) => /^\d{2}\.\d{2}\.\d{4}$/.test(b));
		const noYear = birthdays.filter((b) => /^(--\d{2}-\d{2}|\d{2}\.\d{2}\.)$/.test(b));
		expect(iso.length + dotted.length + noYear.length).toBe(birthdays.length);
		expect(Math.min(iso.length, dotted.length, noYear.length)).toBeGreaterThan(0);
		for (const b of iso) expect(Number.isNaN(Date.parse(b))).toBe(false);
	});

	it('writes notes that need csv quoting', () => {
		const notes = sample.map((r) => r.values.Note);
		for (const needle of [',', '"', '\n', ';'])
			expect(notes.some((n) => n.includes(needle))).toBe(true);
	});
});

describe('generatePeople: duplicates and truth', () => {
	it('copies the requested share of rows (±2 %)', () => {
		expect(Math.abs(share(copies.length, sample.length) - 0.1)).toBeLessThan(0.02);
		const more = collect(generatePeople({ seed: 5, count: 10_000, duplicateShare: 0.3 }));
		expect(Math.abs(share(more.filter((r) => !r.original).length, more.length) - 0.3)).toBeLessThan(
			0.02
		);
		const none = collect(generatePeople({ seed: 5, count: 2000, duplicateShare: 0 }));
		expect(none.every((r) => r.original)).toBe(true);
	});

	it('numbers people in order and copies only people seen before', () => {
		let highest = 0;
		for (const r of sample) {
			if (r.original) {
				expect(r.personId).toBe(highest + 1);
				highest = r.personId;
			} else {
				expect(r.personId).toBeLessThanOrEqual(highest);
				expect(r.changes.length).toBeGreaterThan(0);
			}
		}
	});

	it('copies from a bounded pool of recent people', () => {
		const big = generatePeople({ seed: 8, count: 30_000 });
		let highest = 0;
		let oldest = 0;
		for (const r of big) {
			if (r.original) highest = r.personId;
			else oldest = Math.max(oldest, highest - r.personId);
		}
		expect(oldest).toBeLessThan(DUPLICATE_POOL_SIZE);
	});

	it('gives every copy at least one trait of its original', () => {
		const originalOf = new Map(originals.map((r) => [r.personId, r]));
		const without: GeneratedRow[] = [];
		for (const copy of copies) {
			const original = originalOf.get(copy.personId);
			if (!original) throw new Error(`copy of unknown person ${copy.personId}`);
			const theirs = traits(original.values);
			if (![...traits(copy.values)].some((t) => theirs.has(t))) without.push(copy);
		}
		expect(without).toEqual([]);
	});

	it('makes some copies exact (a shared phone or e-mail) and some only fuzzy', () => {
		const originalOf = new Map(originals.map((r) => [r.personId, r]));
		let exact = 0;
		for (const copy of copies) {
			const theirs = new Set(identifiers(originalOf.get(copy.personId)?.values ?? copy.values));
			if (identifiers(copy.values).some((id) => theirs.has(id))) exact++;
		}
		expect(share(exact, copies.length)).toBeGreaterThan(0.5);
		expect(share(exact, copies.length)).toBeLessThan(0.8);
	});

	it('corrupts copies in every way it names', () => {
		const seen = new Set(copies.flatMap((r) => r.changes));
		for (const change of [
			'typo',
			'swapped-names',
			'nickname',
			'initial',
			'no-diacritics',
			'phone-format',
			'extra-phone',
			'missing-phone',
			'new-phone',
			'email-case',
			'other-email',
			'moved'
		] as const) {
			expect({ change, seen: seen.has(change) }).toEqual({ change, seen: true });
		}
	});

	it('never gives two people the same phone number, e-mail address or customer number', () => {
		const owner = new Map<string, number>();
		const shared: string[] = [];
		for (const r of sample) {
			const keys = [...identifiers(r.values)];
			if (r.values['Customer no.']) keys.push(`customer:${r.values['Customer no.']}`);
			for (const key of keys) {
				const before = owner.get(key);
				if (before !== undefined && before !== r.personId) shared.push(key);
				owner.set(key, r.personId);
			}
		}
		expect(shared).toEqual([]);
	});
});
