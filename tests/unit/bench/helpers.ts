// shared by the generator's tests: what makes two rows recognisably the same person

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Column, GeneratedRow } from '../../../bench/generate/index';

export function collect(iterable: Iterable<GeneratedRow>): GeneratedRow[] {
	return [...iterable];
}

/** lower-case, no accents, umlauts written out and then folded the same way as plain vowels */
export function foldName(name: string): string {
	return name
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/([aou])e/g, '$1');
}

export function e164(raw: string, country: string): string | undefined {
	const parsed = parsePhoneNumberFromString(raw, country.toUpperCase() as CountryCode);
	return parsed?.isValid() ? parsed.number : undefined;
}

/** exact identifiers: normalized phone numbers and lower-case e-mail addresses */
export function identifiers(values: Record<Column, string>): string[] {
	const out: string[] = [];
	for (const column of ['Mobile', 'Phone'] as const) {
		const number = values[column] ? e164(values[column], values.country_code) : undefined;
		if (number) out.push(`tel:${number}`);
	}
	if (values.Email) out.push(`mail:${values.Email.toLowerCase()}`);
	return out;
}

/** exact identifiers plus the softer evidence a duplicate finder weighs */
export function traits(values: Record<Column, string>): Set<string> {
	const out = new Set(identifiers(values));
	if (values.Email) {
		const local = values.Email.toLowerCase().split('@')[0] ?? '';
		out.add(`local:${local.replace(/[._-]/g, '')}`);
	}
	for (const column of ['First name', 'Last name'] as const) {
		const name = foldName(values[column]);
		// an initial ("g.") is no evidence on its own
		if (name.length > 2) out.add(`name:${name}`);
	}
	if (values['Customer no.']) out.add(`customer:${values['Customer no.']}`);
	return out;
}

export function share(part: number, whole: number): number {
	return whole === 0 ? 0 : part / whole;
}
