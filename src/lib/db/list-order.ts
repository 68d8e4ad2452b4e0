// which key each sort index of the contacts holds for a record, and which writes move a contact in
// some sort: shared by the stored anchors (list-anchors.ts), their log (list-edits.ts) and the
// counts middleware that writes it (contact-counts.ts)

import { compareKeys, type IndexKey } from '../core/contact-query';

/** the five sort indexes and the key each holds for a contact (undefined: not in the index) */
const ORDER_KEYS: Readonly<Record<string, (contact: LooseContact) => unknown>> = {
	'keys.name': (contact) => contact.keys?.name,
	'keys.email': (contact) => contact.keys?.email,
	'keys.phone': (contact) => contact.keys?.phone,
	'[keys.callingCode+keys.name]': (contact) => {
		const { callingCode, name } = contact.keys ?? {};
		return callingCode === undefined || name === undefined ? undefined : [callingCode, name];
	},
	createdAt: (contact) => contact.createdAt
};

export const ORDER_INDEXES: readonly string[] = Object.keys(ORDER_KEYS);

// a stored record, not checked on write
interface LooseContact {
	keys?: { name?: unknown; email?: unknown; phone?: unknown; callingCode?: unknown };
	createdAt?: unknown;
}

function isIndexKey(value: unknown): value is IndexKey {
	if (typeof value === 'string') return true;
	if (typeof value === 'number') return !Number.isNaN(value);
	return Array.isArray(value) && value.every(isIndexKey);
}

/** the key the index holds for the record, or undefined when the record is not in it */
export function orderKeyOf(record: unknown, index: string): IndexKey | undefined {
	if (record === null || typeof record !== 'object') return undefined;
	const key = ORDER_KEYS[index]?.(record as LooseContact);
	return isIndexKey(key) ? key : undefined;
}

/** whether a write from `before` to `after` (undefined: absent) can move a contact in a sort */
export function changesOrder(before: unknown, after: unknown): boolean {
	const present = (record: unknown) => record !== undefined && record !== null;
	if (present(before) !== present(after)) return true;
	if (!present(before)) return false;
	return ORDER_INDEXES.some((index) => {
		const a = orderKeyOf(before, index);
		const b = orderKeyOf(after, index);
		if (a === undefined || b === undefined) return a !== b;
		return compareKeys(a, b) !== 0;
	});
}
