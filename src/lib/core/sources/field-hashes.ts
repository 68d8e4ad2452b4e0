// what a source said about each field of a contact, as short hashes, remembered per row between
// syncs. comparing them tells which fields the source changed (only those are written) and whether
// the contact's value still is the source's (if not, someone edited it in carnet). the address is
// one field: its parts only make sense together (see update-contact.ts).

import type { Contact, CustomValue } from '../contact';
import { hashText } from './fingerprint';

/** field name ('firstName', 'address', 'custom.<id>' …) → hash; a blank field has no entry */
export type FieldHashes = Record<string, string>;

export const PLAIN_SOURCE_FIELDS = [
	'firstName',
	'lastName',
	'alias',
	'organization',
	'birthDate',
	'note'
] as const;
export const ADDRESS_PARTS = ['street', 'postalCode', 'city', 'region', 'country'] as const;

type HashedFields = Pick<
	Contact,
	(typeof PLAIN_SOURCE_FIELDS)[number] | (typeof ADDRESS_PARTS)[number] | 'custom'
>;

export function customText(value: CustomValue | undefined): string {
	return value === undefined || value === null ? '' : String(value);
}

export function addressText(contact: Pick<Contact, (typeof ADDRESS_PARTS)[number]>): string {
	const parts = ADDRESS_PARTS.map((part) => contact[part]);
	return parts.every((part) => part === '') ? '' : parts.join('\u001f');
}

/** the text of one hashed field of the contact ('' when blank) */
export function fieldText(contact: HashedFields, field: string): string {
	if (field === 'address') return addressText(contact);
	if (field.startsWith('custom.')) return customText(contact.custom[field.slice('custom.'.length)]);
	return (PLAIN_SOURCE_FIELDS as readonly string[]).includes(field)
		? contact[field as (typeof PLAIN_SOURCE_FIELDS)[number]]
		: '';
}

export function fieldHashes(contact: HashedFields): FieldHashes {
	const hashes: FieldHashes = {};
	const put = (field: string, text: string): void => {
		if (text !== '') hashes[field] = hashText(text);
	};
	for (const field of PLAIN_SOURCE_FIELDS) put(field, contact[field]);
	put('address', addressText(contact));
	for (const [id, value] of Object.entries(contact.custom)) put(`custom.${id}`, customText(value));
	return hashes;
}

/** the fields whose hash differs between two sets (either side may lack a field) */
export function changedFields(before: FieldHashes, after: FieldHashes): string[] {
	const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...fields].filter((field) => before[field] !== after[field]).sort();
}
