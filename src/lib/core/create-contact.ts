// the one place a draft (from the form, a file row or a backup) becomes a contact. every problem is
// collected, so the user sees all of them at once instead of fixing one field per attempt.

import { v7 as uuidv7 } from 'uuid';
import { isBirthDate } from './birth-date';
import {
	PHONE_KINDS,
	type Contact,
	type ContactDraft,
	type CustomValue,
	type Email,
	type FieldError,
	type Phone,
	type PhoneKind,
	type Subscription
} from './contact';
import { isSupportedCountry, normalizeCountryCode } from './countries';
import { emailKey, normalizeEmail } from './email';
import { contactKeys } from './keys';
import { parsePhone } from './phone';
import { cleanLine, cleanMultiline, excerpt, isTooLong } from './text';

export interface CreateContactOptions {
	/** ISO 3166-1 alpha-2 country for numbers written without an international prefix */
	defaultCountry: string;
	/** ms since epoch for createdAt and updatedAt; Date.now() when absent */
	now?: number;
	/** a UUID v7 is made when absent */
	id?: string;
}

export type CreateContactResult =
	{ ok: true; contact: Contact } | { ok: false; errors: FieldError[] };

export const DRAFT_ERRORS = [
	'birthDate.invalid',
	'country.invalid',
	'subscription.invalid',
	'field.too_long'
] as const;

// the one-line text fields, in the order their errors are reported
const TEXT_FIELDS = [
	'firstName',
	'lastName',
	'alias',
	'organization',
	'street',
	'postalCode',
	'city',
	'region'
] as const;

export function createContact(
	draft: ContactDraft,
	opts: CreateContactOptions
): CreateContactResult {
	const errors: FieldError[] = [];
	// a value over the limit is refused before anything else looks at it, so that no parser has to
	// chew on a megabyte and no message has to quote one
	const tooLong = (field: string, value: string): boolean => {
		if (!isTooLong(value)) return false;
		errors.push({ field, value: excerpt(value), error: 'field.too_long' });
		return true;
	};

	const texts = {} as Record<(typeof TEXT_FIELDS)[number], string>;
	for (const field of TEXT_FIELDS) {
		const value = text(draft[field]);
		texts[field] = tooLong(field, value) ? '' : value;
	}

	const rawCountry = text(draft.country);
	let country = '';
	if (rawCountry !== '' && !tooLong('country', rawCountry)) {
		const code = normalizeCountryCode(rawCountry);
		if (code === undefined)
			errors.push({ field: 'country', value: rawCountry, error: 'country.invalid' });
		else country = code;
	}

	// a number without a prefix is read in its own country, else the contact's, else the default
	// (DESIGN §6); the contact's country only counts when phone numbers can be read in it.
	const phoneCountry =
		country !== '' && isSupportedCountry(country) ? country : opts.defaultCountry;
	const phones: Phone[] = [];
	const seenPhones = new Set<string>();
	(draft.phones ?? []).forEach((draftPhone, index) => {
		const raw = cleanLine(rawString(draftPhone.value));
		if (raw === '' || tooLong(`phones.${index}`, raw)) return;
		const own = text(draftPhone.country);
		// the type only decides the kind of a phone that came without one
		const result = parsePhone(raw, own !== '' ? own : phoneCountry, !isPhoneKind(draftPhone.kind));
		if (!result.ok) {
			errors.push({ field: `phones.${index}`, value: raw, error: result.error });
			return;
		}
		if (seenPhones.has(result.phone.value)) return;
		seenPhones.add(result.phone.value);
		const kind: PhoneKind = isPhoneKind(draftPhone.kind)
			? draftPhone.kind
			: result.phone.type === 'MOBILE'
				? 'mobile'
				: 'other';
		phones.push({ value: result.phone.value, kind });
	});

	const emails: Email[] = [];
	const seenEmails = new Set<string>();
	(draft.emails ?? []).forEach((draftEmail, index) => {
		const raw = cleanLine(rawString(draftEmail.value));
		if (raw === '' || tooLong(`emails.${index}`, raw)) return;
		const result = normalizeEmail(raw);
		if (!result.ok) {
			errors.push({ field: `emails.${index}`, value: raw, error: result.error });
			return;
		}
		const key = emailKey(result.value);
		if (seenEmails.has(key)) return;
		seenEmails.add(key);
		emails.push({ value: result.value });
	});

	const birthDate = text(draft.birthDate);
	if (birthDate !== '' && !tooLong('birthDate', birthDate) && !isBirthDate(birthDate)) {
		errors.push({ field: 'birthDate', value: birthDate, error: 'birthDate.invalid' });
	}

	let subscription: Subscription = 'subscribed';
	if (draft.subscription !== undefined) {
		if (draft.subscription === 'subscribed' || draft.subscription === 'unsubscribed') {
			subscription = draft.subscription;
		} else {
			errors.push({
				field: 'subscription',
				value: rawString(draft.subscription),
				error: 'subscription.invalid'
			});
		}
	}

	const noteText = cleanMultiline(rawString(draft.note));
	tooLong('note', noteText);
	const custom = cleanCustom(draft.custom ?? {}, tooLong);

	if (errors.length > 0) return { ok: false, errors };

	const now = opts.now ?? Date.now();
	const fields = {
		firstName: texts.firstName,
		lastName: texts.lastName,
		alias: texts.alias,
		organization: texts.organization,
		phones,
		emails,
		subscription
	};
	const contact: Contact = {
		id: opts.id ?? uuidv7(),
		...fields,
		birthDate,
		street: texts.street,
		postalCode: texts.postalCode,
		city: texts.city,
		region: texts.region,
		country,
		note: noteText,
		listIds: uniqueIds(draft.listIds ?? []),
		custom,
		createdAt: now,
		updatedAt: now,
		keys: contactKeys(fields)
	};
	return { ok: true, contact };
}

// NFC so that a name typed on a mac (decomposed `ü`) and one from a windows file compare equal
function text(value: unknown): string {
	return cleanLine(rawString(value));
}

// drafts built from json backups or loose file readers may carry numbers where strings belong
function rawString(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

function isPhoneKind(kind: unknown): kind is PhoneKind {
	return typeof kind === 'string' && (PHONE_KINDS as readonly string[]).includes(kind);
}

function uniqueIds(ids: readonly string[]): string[] {
	return [...new Set(ids.map((id) => text(id)).filter((id) => id !== ''))];
}

// a fresh object, so later edits of the draft cannot reach the contact. text values are cleaned like
// every other one-line field; a number that is not finite (NaN from a loose reader) would turn into
// null in a json backup anyway, so it is null from the start.
function cleanCustom(
	custom: Record<string, CustomValue>,
	tooLong: (field: string, value: string) => boolean
): Record<string, CustomValue> {
	const result: Record<string, CustomValue> = {};
	for (const [id, value] of Object.entries(custom)) {
		if (typeof value === 'string') {
			const cleaned = cleanLine(value);
			if (!tooLong(`custom.${id}`, cleaned)) result[id] = cleaned;
		} else if (typeof value === 'number') {
			result[id] = Number.isFinite(value) ? value : null;
		} else {
			result[id] = typeof value === 'boolean' ? value : null;
		}
	}
	return result;
}
