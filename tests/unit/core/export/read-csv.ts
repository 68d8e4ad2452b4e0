// the tests' own minimal reading of our csv (papaparse + the column names of table.ts), standing in
// for the import (core/import) until the round-trip tests can use it

import Papa from 'papaparse';
import { expect } from 'vitest';
import type { ContactDraft, CustomValue, PhoneKind } from '../../../../src/lib/core/contact';
import { parseCustomValue } from '../../../../src/lib/core/custom-fields';
import { unguardCell } from '../../../../src/lib/core/export/guard';
import type { ExportField } from '../../../../src/lib/core/export/options';

const KINDS: Record<string, PhoneKind> = {
	Mobile: 'mobile',
	WhatsApp: 'whatsapp',
	Home: 'home',
	Work: 'work',
	Other: 'other'
};

export function parseCsv(text: string, delimiter = ','): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		delimiter,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	const [header = [], ...rows] = parsed.data;
	return { header, rows: rows.map((row) => row.map(unguardCell)) };
}

/** a row of our csv layout back to a draft, the way an import of it would map it */
export function rowToDraft(
	header: readonly string[],
	row: readonly string[],
	fields: readonly (ExportField & { options?: string[] })[],
	lists: readonly { id: string; name: string }[]
): ContactDraft {
	const cell = (name: string) => row[header.indexOf(name)] ?? '';
	const phones: { value: string; kind: PhoneKind }[] = [];
	const emails: { value: string }[] = [];
	for (let n = 1; header.includes(`Phone ${n}`); n++) {
		const value = cell(`Phone ${n}`);
		if (value) phones.push({ value, kind: KINDS[cell(`Phone ${n} type`)] ?? 'other' });
	}
	for (let n = 1; header.includes(`Email ${n}`); n++) {
		const value = cell(`Email ${n}`);
		if (value) emails.push({ value });
	}
	const custom: Record<string, CustomValue> = {};
	for (const field of fields) {
		const parsed = parseCustomValue(field, cell(field.label));
		if (!parsed.ok) throw new Error(`${field.label}: ${parsed.error}`);
		// an empty cell is no value, as the form leaves it
		if (parsed.value !== null) custom[field.id] = parsed.value;
	}
	const listNames = cell('Lists');
	return {
		firstName: cell('First name'),
		lastName: cell('Last name'),
		alias: cell('Alias'),
		organization: cell('Organization'),
		phones,
		emails,
		birthDate: cell('Birth date'),
		street: cell('Street'),
		postalCode: cell('Postal code'),
		city: cell('City'),
		region: cell('Region'),
		country: cell('Country'),
		note: cell('Note'),
		subscription: cell('Subscription') === 'unsubscribed' ? 'unsubscribed' : 'subscribed',
		// list names are joined with ', ' and may hold one themselves: the known names are looked for
		listIds: lists
			.filter((list) => `, ${listNames}, `.includes(`, ${list.name}, `))
			.map((list) => list.id),
		custom
	};
}
