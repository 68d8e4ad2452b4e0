// one file row on its way to the book: mapped (rowToContact), normalized (createContact), given the
// import's options (lists, "unsubscribe everyone") and checked against the reachability policy. every
// refusal names the column, the value and the reason, so the results page can say which cell to fix.

import type { Contact, FieldError } from '../contact';
import { createContact } from '../create-contact';
import type { CustomFieldSpec } from '../custom-fields';
import { contactKeys } from '../keys';
import { validateContact } from '../validate-contact';
import { rowToContact } from './row-to-contact';
import type { ColumnMapping, ColumnTarget, RowError } from './types';

export interface PrepareRowOptions {
	defaultCountry: string;
	/** the custom fields the mapping may target, by id */
	fields: Record<string, CustomFieldSpec>;
	/** lists every imported contact joins */
	listIds: readonly string[];
	/**
	 * the id of the list with this name, for a lists column; the caller makes one up for a name
	 * the book lacks (and creates the list before it writes the contact). without it such a column
	 * is ignored.
	 */
	listIdOf?: (name: string) => string;
	/** the file is delimited text: undo the formula guard of a csv export (see read-cell.ts) */
	unguardFormulas?: boolean;
	/** the file is a blocklist: every contact comes out unsubscribed */
	unsubscribeAll: boolean;
	/** the setting "a contact needs a phone" */
	requirePhone: boolean;
	now: number;
	/** the new contact's id; core makes a v7 id when absent */
	id?: string;
}

export type PreparedRow =
	| { ok: true; contact: Contact; warnings: RowError[] }
	| { ok: false; errors: RowError[]; warnings: RowError[] };

export function prepareRow(
	values: readonly string[],
	mapping: ColumnMapping,
	opts: PrepareRowOptions
): PreparedRow {
	const mapped = rowToContact([...values], mapping, {
		defaultCountry: opts.defaultCountry,
		fields: opts.fields,
		...(opts.unguardFormulas === true ? { unguardFormulas: true } : {})
	});
	if (!mapped.ok) return { ok: false, errors: mapped.errors, warnings: [] };

	const created = createContact(mapped.draft, {
		defaultCountry: opts.defaultCountry,
		now: opts.now,
		...(opts.id === undefined ? {} : { id: opts.id })
	});
	if (!created.ok) {
		return {
			ok: false,
			errors: created.errors.map((error) => toRowError(error, mapping)),
			warnings: mapped.warnings
		};
	}

	const unreachable = validateContact(created.contact, { requirePhone: opts.requirePhone });
	if (unreachable.length > 0) {
		return {
			ok: false,
			errors: unreachable.map((error) => ({ ...error, column: null })),
			warnings: mapped.warnings
		};
	}

	let contact = created.contact;
	const listIdOf = opts.listIdOf;
	const rowLists =
		mapped.lists === undefined || listIdOf === undefined ? [] : mapped.lists.map(listIdOf);
	if (opts.listIds.length > 0 || rowLists.length > 0 || opts.unsubscribeAll) {
		contact = {
			...contact,
			listIds: [...new Set([...contact.listIds, ...rowLists, ...opts.listIds])],
			subscription: opts.unsubscribeAll ? 'unsubscribed' : contact.subscription
		};
		contact.keys = contactKeys(contact);
	}
	return { ok: true, contact, warnings: mapped.warnings };
}

// createContact speaks of draft fields; the user thinks in columns, so find the column that filled it
function toRowError(error: FieldError, mapping: ColumnMapping): RowError {
	const column = mapping.findIndex((target) => target !== null && fills(target, error.field));
	return { ...error, column: column === -1 ? null : column };
}

function fills(target: ColumnTarget, field: string): boolean {
	const [head = '', rest] = field.split('.');
	switch (target.kind) {
		case 'field':
			return (
				target.field === head ||
				(target.field === 'fullName' && (head === 'firstName' || head === 'lastName'))
			);
		case 'phone':
			return head === 'phones';
		case 'email':
			return head === 'emails';
		case 'custom':
			return head === 'custom' && rest === target.fieldId;
		default:
			return false;
	}
}
