// the contact model shared by every layer. plain data only: it must survive structured clone
// (workers, IndexedDB) and JSON (backups), so no classes, dates or maps.

export type PhoneKind = 'mobile' | 'whatsapp' | 'home' | 'work' | 'other';
export const PHONE_KINDS: readonly PhoneKind[] = ['mobile', 'whatsapp', 'home', 'work', 'other'];

export type Subscription = 'subscribed' | 'unsubscribed';

export type CustomValue = string | number | boolean | null;

export interface Phone {
	/** E.164, e.g. +4915123456789 */
	value: string;
	kind: PhoneKind;
}

export interface Email {
	/** normalized: trimmed, domain lower-cased */
	value: string;
}

export interface Contact {
	id: string;
	firstName: string;
	lastName: string;
	alias: string;
	organization: string;
	/** the first is the primary phone */
	phones: Phone[];
	/** the first is the primary e-mail */
	emails: Email[];
	subscription: Subscription;
	/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown, or '' */
	birthDate: string;
	street: string;
	postalCode: string;
	city: string;
	region: string;
	/** ISO 3166-1 alpha-2, or '' */
	country: string;
	note: string;
	listIds: string[];
	custom: Record<string, CustomValue>;
	createdAt: number;
	updatedAt: number;
	/**
	 * the import job that created the contact. its timeline shows "Imported from …" at createdAt from
	 * this, not from an event of its own: one event per imported contact cost a quarter of the import
	 */
	importId?: string;
	/** derived keys, recomputed by core on every change so that sorts and filters are index ranges */
	keys: ContactKeys;
}

export interface ContactKeys {
	/** folded (lower-case, accents removed) "last first", for sorting by name; MISSING_KEY when empty */
	name: string;
	/** primary e-mail, lower-case, or MISSING_KEY (U+FFFF, sorts last) */
	email: string;
	/** primary phone in E.164, or MISSING_KEY */
	phone: string;
	/** calling code of the primary phone without '+', e.g. '49', or MISSING_KEY */
	callingCode: string;
	/** search tokens (see search.ts), the values of a multi-entry index */
	tokens: string[];
	/** 1 when unsubscribed, absent otherwise: a sparse index of the unsubscribed few */
	unsubscribed?: 1;
}

/** the type of a custom field, and so of the values a contact may hold for it */
export type CustomFieldType = 'text' | 'number' | 'date' | 'boolean' | 'choice';

/** the loose shape a form or a file row produces; `createContact` is the one place that normalizes it */
export interface ContactDraft {
	firstName?: string;
	lastName?: string;
	alias?: string;
	organization?: string;
	phones?: { value: string; kind?: PhoneKind; country?: string }[];
	emails?: { value: string }[];
	subscription?: Subscription;
	birthDate?: string;
	street?: string;
	postalCode?: string;
	city?: string;
	region?: string;
	country?: string;
	note?: string;
	listIds?: string[];
	custom?: Record<string, CustomValue>;
}

export interface FieldError {
	/** the draft's field, with an index for repeated ones: 'phones.1', 'emails.0', 'birthDate' */
	field: string;
	/** what the user typed */
	value: string;
	/** a stable, translatable reason code */
	error: string;
}
