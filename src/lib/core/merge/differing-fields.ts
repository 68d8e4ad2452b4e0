// which fields the merge screen has to ask about. phones and e-mails differ when their primary
// values differ: all of them are kept anyway, so the only question is which one comes first.

import type { Contact } from '../contact';
import {
	CUSTOM_PREFIX,
	customDiffers,
	customIds,
	customValue,
	isEmptyCustom
} from './custom-values';
import { CHOICE_FIELDS, type ChoiceField, type MergeField } from './merge-types';

/** the value the user compares for a choice field: the text, or the primary phone or e-mail */
export function choiceValue(contact: Contact, field: ChoiceField): string {
	if (field === 'phones') return contact.phones[0]?.value ?? '';
	if (field === 'emails') return contact.emails[0]?.value ?? '';
	return contact[field];
}

/** the fields whose values differ, choice fields in form order, then custom fields by id */
export function differingFields(a: Contact, b: Contact): MergeField[] {
	const fields: MergeField[] = CHOICE_FIELDS.filter(
		(field) => choiceValue(a, field) !== choiceValue(b, field)
	);
	// sorted, so the result does not depend on the order the custom values were written in
	for (const id of customIds(a.custom, b.custom).sort()) {
		if (customDiffers(customValue(a.custom, id), customValue(b.custom, id))) {
			fields.push(`${CUSTOM_PREFIX}${id}`);
		}
	}
	return fields;
}

/** whether the contact has no value for a merge field */
export function isEmptyField(contact: Contact, field: string): boolean {
	if (field.startsWith(CUSTOM_PREFIX)) {
		return isEmptyCustom(customValue(contact.custom, field.slice(CUSTOM_PREFIX.length)));
	}
	return isChoiceField(field) ? choiceValue(contact, field) === '' : true;
}

export function isChoiceField(field: string): field is ChoiceField {
	return (CHOICE_FIELDS as readonly string[]).includes(field);
}
