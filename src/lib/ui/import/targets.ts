import { PHONE_KINDS, type PhoneKind } from '$lib/core/contact';
import type { ColumnMapping, ColumnTarget, ContactColumnField } from '$lib/core/import/types';
import type { FieldDef } from '$lib/db/schema';
import { m } from '$lib/i18n';
import { PHONE_KIND_LABELS } from '$lib/ui/contacts/phone-kinds';

// a column's target as the value of a <select>, and back. one list of options serves every column
// of the mapping step (a file may have a thousand), only "new field named <header>" differs.

export const DONT_IMPORT = '';
export const NEW_FIELD = 'new';
// a phone column without a kind: the number tells (a mobile number is 'mobile', others 'other')
const PHONE_BY_NUMBER = 'auto';
const LISTS = 'lists';

const FIELD_LABELS: Record<ContactColumnField, () => string> = {
	firstName: m.field_first_name,
	lastName: m.field_last_name,
	fullName: m.import_target_full_name,
	alias: m.field_alias,
	organization: m.field_organization,
	birthDate: m.field_birth_date,
	street: m.field_street,
	postalCode: m.field_postal_code,
	city: m.field_city,
	region: m.field_region,
	country: m.field_country,
	note: m.field_note,
	subscription: m.import_target_subscribed,
	unsubscribed: m.import_target_unsubscribed
};

const FIELDS = Object.keys(FIELD_LABELS) as ContactColumnField[];

export function encodeTarget(target: ColumnTarget | null): string {
	if (target === null) return DONT_IMPORT;
	switch (target.kind) {
		case 'field':
			return `field:${target.field}`;
		case 'phone':
			return `phone:${target.phoneKind ?? PHONE_BY_NUMBER}`;
		case 'phoneKind':
			return `phoneKind:${target.of}`;
		case 'email':
			return 'email';
		case 'countryCode':
			return 'countryCode';
		case 'lists':
			return LISTS;
		case 'custom':
			return `custom:${target.fieldId}`;
		case 'newCustom':
			return NEW_FIELD;
	}
}

/** the target a select value stands for; `label` names the new field ("New field named …") */
export function decodeTarget(value: string, label: string): ColumnTarget | null {
	if (value === NEW_FIELD) return { kind: 'newCustom', label };
	if (value === 'email') return { kind: 'email' };
	if (value === 'countryCode') return { kind: 'countryCode' };
	if (value === LISTS) return { kind: 'lists' };
	const colon = value.indexOf(':');
	const kind = value.slice(0, colon);
	const rest = value.slice(colon + 1);
	if (kind === 'field' && (FIELDS as string[]).includes(rest)) {
		return { kind: 'field', field: rest as ContactColumnField };
	}
	if (kind === 'phone' && rest === PHONE_BY_NUMBER) return { kind: 'phone' };
	if (kind === 'phone' && (PHONE_KINDS as readonly string[]).includes(rest)) {
		return { kind: 'phone', phoneKind: rest as PhoneKind };
	}
	if (kind === 'phoneKind' && /^\d+$/.test(rest)) return { kind: 'phoneKind', of: Number(rest) };
	if (kind === 'custom' && rest) return { kind: 'custom', fieldId: rest };
	return null;
}

// a header cell can hold anything, a whole paragraph too: names are cut to what a label can show
const NAME_LENGTH = 80;

/** the name of a column as the user sees it, also when the file left its header blank */
export function columnName(header: readonly string[], column: number): string {
	const name = header[column]?.trim() ?? '';
	if (name === '') return m.import_column_n({ n: String(column + 1) });
	return name.length > NAME_LENGTH ? name.slice(0, NAME_LENGTH - 1) + '…' : name;
}

export interface TargetOption {
	value: string;
	label: string;
}

export interface TargetGroup {
	label: string;
	options: TargetOption[];
}

/**
 * the options every column shares: contact fields, phones and e-mails, and the existing custom
 * fields (the last group)
 */
export function targetGroups(fields: readonly FieldDef[]): TargetGroup[] {
	const reach: TargetOption[] = [
		{ value: `phone:${PHONE_BY_NUMBER}`, label: m.import_target_phone_auto() },
		...PHONE_KINDS.map((kind) => ({
			value: `phone:${kind}`,
			label: m.import_target_phone({ kind: PHONE_KIND_LABELS[kind]() })
		}))
	];
	reach.push({ value: 'email', label: m.import_target_email() });
	reach.push({ value: 'countryCode', label: m.import_target_country_code() });
	const groups: TargetGroup[] = [
		{
			label: m.import_group_contact(),
			options: [
				...FIELDS.map((field) => ({ value: `field:${field}`, label: FIELD_LABELS[field]() })),
				{ value: LISTS, label: m.import_target_lists() }
			]
		},
		{ label: m.import_group_reach(), options: reach }
	];
	// always last, even when empty: each column adds its own "new field named <header>" to it
	groups.push({
		label: m.import_group_custom(),
		options: fields.map((field) => ({ value: `custom:${field.id}`, label: field.label }))
	});
	return groups;
}

/** "kind of the phone in <column>" for each phone column; null when there is none */
export function phoneKindGroup(
	header: readonly string[],
	phoneColumns: readonly number[]
): TargetGroup | null {
	if (phoneColumns.length === 0) return null;
	return {
		label: m.import_group_phone_kinds(),
		options: phoneColumns.map((column) => ({
			value: `phoneKind:${column}`,
			label: m.import_target_phone_kind({ column: columnName(header, column) })
		}))
	};
}

/** the columns that go to a phone, as a key that stays equal while they do not change */
export function phoneColumnsKey(mapping: ColumnMapping): string {
	const columns: number[] = [];
	mapping.forEach((target, column) => {
		if (target?.kind === 'phone') columns.push(column);
	});
	return columns.join(',');
}

export function phoneColumnsOf(key: string): number[] {
	return key === '' ? [] : key.split(',').map(Number);
}

/** whether the value is among the shared options (else the select shows it as an extra option) */
export function isShared(groups: readonly TargetGroup[], value: string): boolean {
	return groups.some((group) => group.options.some((option) => option.value === value));
}

/** the words for a target, for a value that is not among the shared options */
export function targetLabel(
	target: ColumnTarget | null,
	header: readonly string[],
	fields: readonly FieldDef[]
): string {
	if (target === null) return m.import_target_none();
	switch (target.kind) {
		case 'field':
			return FIELD_LABELS[target.field]();
		case 'phone':
			return target.phoneKind
				? m.import_target_phone({ kind: PHONE_KIND_LABELS[target.phoneKind]() })
				: m.import_target_phone_auto();
		case 'phoneKind':
			return m.import_target_phone_kind({ column: columnName(header, target.of) });
		case 'email':
			return m.import_target_email();
		case 'countryCode':
			return m.import_target_country_code();
		case 'lists':
			return m.import_target_lists();
		case 'custom':
			return fields.find((field) => field.id === target.fieldId)?.label ?? target.fieldId;
		case 'newCustom':
			return m.import_target_new_field({ name: target.label });
	}
}
