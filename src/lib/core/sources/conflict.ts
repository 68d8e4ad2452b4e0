// the conflict rule of a sync, for a row the source had before and changed since: only the fields
// whose source value changed are written, and those overwrite the contact. so a field the user
// edited in carnet stays as the user left it while the source keeps its old value, and when the
// source changes it too, the source wins and the field is named in `overridden` (the timeline says
// so). phones, e-mails and lists are added as by any import; a blank source value erases nothing,
// and a sync never re-subscribes anyone (updateContactFromRow's rules).

import type { Contact } from '../contact';
import { updateContactFromRow, type IncomingContact } from '../import/update-contact';
import {
	ADDRESS_PARTS,
	PLAIN_SOURCE_FIELDS,
	changedFields,
	fieldHashes,
	fieldText,
	type FieldHashes
} from './field-hashes';
import { hashText } from './fingerprint';

export interface SourceChange {
	/** the contact after the change, or null when it already held everything */
	contact: Contact | null;
	/** fields the user had edited in carnet that the source's new value replaced */
	overridden: string[];
}

export function applySourceChange(
	existing: Contact,
	incoming: IncomingContact,
	previous: FieldHashes,
	now: number
): SourceChange {
	const changed = new Set(changedFields(previous, fieldHashes(incoming)));
	const restricted: IncomingContact = { ...incoming, custom: {} };
	for (const field of PLAIN_SOURCE_FIELDS) {
		if (!changed.has(field)) restricted[field] = '';
	}
	if (!changed.has('address')) for (const part of ADDRESS_PARTS) restricted[part] = '';
	for (const [id, value] of Object.entries(incoming.custom)) {
		if (changed.has(`custom.${id}`)) restricted.custom[id] = value;
	}

	const contact = updateContactFromRow(existing, restricted, 'overwrite', now);
	if (contact === null) return { contact, overridden: [] };
	const overridden = [...changed].filter((field) => {
		const before = fieldText(existing, field);
		// the user's value differs from what the source said last time: it was edited in carnet
		const edited = (before === '' ? undefined : hashText(before)) !== previous[field];
		return edited && fieldText(contact, field) !== before;
	});
	return { contact, overridden };
}
