// custom field definitions. contacts keep the values in `custom[fieldId]`; there is no index on them
// (most books have none, and every index costs import time), so counting or deleting a field's values
// reads the contacts in primary-key chunks: a rare settings action may take seconds at a million.

import type { Contact, CustomValue } from '../core/contact';
import { foldText } from '../core/fold';
import { cleanLine, isTooLong } from '../core/text';
import type { CarnetDatabase } from './database';
import { newId } from './ids';
import type { FieldDef, FieldType } from './schema';

export const FIELD_ERRORS = [
	'field.label_empty',
	'field.label_taken',
	'field.options_empty',
	'field.not_found',
	'field.too_long'
] as const;
export type FieldDefError = (typeof FIELD_ERRORS)[number];
export type FieldResult = { ok: true; field: FieldDef } | { ok: false; error: FieldDefError };

export interface NewField {
	label: string;
	type: FieldType;
	/** the values a 'choice' field allows; ignored for other types */
	options?: readonly string[];
	unique?: boolean;
}

// contacts are read this many at a time (getAll is far faster than a cursor step per contact)
const SCAN_CHUNK = 2_000;

/** every field, in the order forms and exports show them */
export async function listFields(db: CarnetDatabase): Promise<FieldDef[]> {
	const fields = await db.fields.toArray();
	return fields.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

/** adds a field after the others */
export async function createField(
	db: CarnetDatabase,
	input: NewField,
	now: number = Date.now()
): Promise<FieldResult> {
	const label = cleanLine(input.label);
	const options = input.type === 'choice' ? cleanOptions(input.options ?? []) : undefined;
	return db.transaction('rw', db.fields, async () => {
		const fields = await db.fields.toArray();
		const invalid = checkLabel(fields, label, undefined) ?? checkOptions(options);
		if (invalid) return invalid;
		const field: FieldDef = {
			id: newId(),
			label,
			type: input.type,
			unique: input.unique ?? false,
			order: fields.reduce((max, other) => Math.max(max, other.order + 1), 0),
			createdAt: now,
			updatedAt: now
		};
		if (options) field.options = options;
		await db.fields.add(field);
		return { ok: true, field } as const;
	});
}

export async function renameField(
	db: CarnetDatabase,
	id: string,
	label: string,
	now: number = Date.now()
): Promise<FieldResult> {
	const cleaned = cleanLine(label);
	return update(db, id, now, (field, fields) => {
		const invalid = checkLabel(fields, cleaned, id);
		return invalid ?? { ...field, label: cleaned };
	});
}

/** replaces the options of a 'choice' field; values already stored are left as they are */
export async function setFieldOptions(
	db: CarnetDatabase,
	id: string,
	options: readonly string[],
	now: number = Date.now()
): Promise<FieldResult> {
	const cleaned = cleanOptions(options);
	return update(db, id, now, (field) => checkOptions(cleaned) ?? { ...field, options: cleaned });
}

/** marks the field as a unique identifier (two contacts with the same value are duplicates) or not */
export async function setFieldUnique(
	db: CarnetDatabase,
	id: string,
	unique: boolean,
	now: number = Date.now()
): Promise<FieldResult> {
	return update(db, id, now, (field) => ({ ...field, unique }));
}

/**
 * puts the fields in the given order; fields missing from `ids` keep their relative order after the
 * listed ones, and unknown ids are ignored
 */
export async function reorderFields(
	db: CarnetDatabase,
	ids: readonly string[],
	now: number = Date.now()
): Promise<FieldDef[]> {
	return db.transaction('rw', db.fields, async () => {
		const fields = await listFields(db);
		const position = new Map(ids.map((id, index) => [id, index]));
		const ordered = [...fields].sort(
			(a, b) =>
				(position.get(a.id) ?? ids.length) - (position.get(b.id) ?? ids.length) || a.order - b.order
		);
		const changed = ordered.flatMap((field, order) =>
			field.order === order ? [] : [{ ...field, order, updatedAt: Math.max(now, field.updatedAt) }]
		);
		await db.fields.bulkPut(changed);
		return listFields(db);
	});
}

/** how many contacts hold a value (not null, not '') for the field: what deleting it would lose */
export async function countValues(db: CarnetDatabase, fieldId: string): Promise<number> {
	let count = 0;
	await scanContacts(db, (contact) => {
		if (hasValue(contact.custom[fieldId])) count += 1;
	});
	return count;
}

/**
 * deletes the field and removes its values from every contact, in one transaction. resolves to how
 * many contacts lost a value, or -1 when there is no such field.
 */
export async function deleteField(
	db: CarnetDatabase,
	id: string,
	now: number = Date.now()
): Promise<number> {
	return db.transaction('rw', [db.fields, db.contacts], async () => {
		if ((await db.fields.get(id)) === undefined) return -1;
		let lost = 0;
		await scanContacts(db, (contact, chunk) => {
			if (!(id in contact.custom)) return;
			if (hasValue(contact.custom[id])) lost += 1;
			const custom = { ...contact.custom };
			delete custom[id];
			chunk.push({ ...contact, custom, updatedAt: Math.max(now, contact.updatedAt + 1) });
		});
		await db.fields.delete(id);
		return lost;
	});
}

function hasValue(value: CustomValue | undefined): boolean {
	return value !== undefined && value !== null && value !== '';
}

// visits every contact in primary-key order, a chunk at a time; contacts pushed to `changed` are
// written back after each chunk
async function scanContacts(
	db: CarnetDatabase,
	visit: (contact: Contact, changed: Contact[]) => void
): Promise<void> {
	let after: string | undefined;
	for (;;) {
		const chunk =
			after === undefined
				? await db.contacts.limit(SCAN_CHUNK).toArray()
				: await db.contacts.where(':id').above(after).limit(SCAN_CHUNK).toArray();
		const changed: Contact[] = [];
		for (const contact of chunk) visit(contact, changed);
		if (changed.length > 0) await db.contacts.bulkPut(changed);
		const last = chunk.at(-1);
		if (!last || chunk.length < SCAN_CHUNK) return;
		after = last.id;
	}
}

async function update(
	db: CarnetDatabase,
	id: string,
	now: number,
	change: (field: FieldDef, fields: FieldDef[]) => FieldDef | { ok: false; error: FieldDefError }
): Promise<FieldResult> {
	return db.transaction('rw', db.fields, async () => {
		const fields = await db.fields.toArray();
		const field = fields.find((candidate) => candidate.id === id);
		if (!field) return { ok: false, error: 'field.not_found' } as const;
		const next = change(field, fields);
		if ('ok' in next) return next;
		const updated: FieldDef = { ...next, updatedAt: Math.max(now, field.updatedAt) };
		await db.fields.put(updated);
		return { ok: true, field: updated } as const;
	});
}

function checkLabel(
	fields: readonly FieldDef[],
	label: string,
	ownId: string | undefined
): { ok: false; error: FieldDefError } | undefined {
	if (label === '') return { ok: false, error: 'field.label_empty' };
	if (isTooLong(label)) return { ok: false, error: 'field.too_long' };
	const folded = foldText(label);
	const taken = fields.some((field) => field.id !== ownId && foldText(field.label) === folded);
	return taken ? { ok: false, error: 'field.label_taken' } : undefined;
}

function checkOptions(
	options: string[] | undefined
): { ok: false; error: FieldDefError } | undefined {
	if (options === undefined) return undefined;
	if (options.length === 0) return { ok: false, error: 'field.options_empty' };
	if (options.some(isTooLong)) return { ok: false, error: 'field.too_long' };
	return undefined;
}

// blank and repeated options (ignoring case and accents) are dropped; the first spelling stays
function cleanOptions(options: readonly string[]): string[] {
	const seen = new Set<string>();
	return options.map(cleanLine).filter((option) => {
		const folded = foldText(option);
		if (option === '' || seen.has(folded)) return false;
		seen.add(folded);
		return true;
	});
}
