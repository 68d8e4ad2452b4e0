import { parseBirthDateInput } from '$lib/core/birth-date-input';
import type { Contact, ContactDraft, CustomValue, PhoneKind } from '$lib/core/contact';
import { createContact } from '$lib/core/create-contact';
import { parseCustomValue } from '$lib/core/custom-fields';
import { displayName } from '$lib/core/display-name';
import { formatPhoneInternational, normalizePhone } from '$lib/core/phone';
import { normalizeEmail } from '$lib/core/email';
import { validateContact } from '$lib/core/validate-contact';
import { findContactsUsing, saveContact, type SuppressionReason } from '$lib/db/contacts-repo';
import { getDatabase } from '$lib/db/database';
import type { FieldDef } from '$lib/db/schema';
import { getSetting } from '$lib/db/settings-repo';
import { errorMessage } from '$lib/i18n/errors';

// what the form holds: exactly what the user typed, so that a refused save loses nothing
export interface ContactFormModel {
	firstName: string;
	lastName: string;
	alias: string;
	organization: string;
	phones: { value: string; kind: PhoneKind }[];
	emails: { value: string }[];
	subscription: 'subscribed' | 'unsubscribed';
	birthDate: string;
	street: string;
	postalCode: string;
	city: string;
	region: string;
	country: string;
	note: string;
	listIds: string[];
	custom: Record<string, string>;
}

export type SaveOutcome =
	{ ok: true; contact: Contact; suppressedBy: SuppressionReason[] } | { ok: false };

export function emptyModel(): ContactFormModel {
	return {
		firstName: '',
		lastName: '',
		alias: '',
		organization: '',
		phones: [{ value: '', kind: 'mobile' }],
		emails: [{ value: '' }],
		subscription: 'subscribed',
		birthDate: '',
		street: '',
		postalCode: '',
		city: '',
		region: '',
		country: '',
		note: '',
		listIds: [],
		custom: {}
	};
}

function customToText(value: CustomValue | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return String(value);
}

export function modelFromContact(contact: Contact): ContactFormModel {
	return {
		firstName: contact.firstName,
		lastName: contact.lastName,
		alias: contact.alias,
		organization: contact.organization,
		phones: contact.phones.length
			? contact.phones.map((p) => ({ value: formatPhoneInternational(p.value), kind: p.kind }))
			: [{ value: '', kind: 'mobile' }],
		emails: contact.emails.length
			? contact.emails.map((e) => ({ value: e.value }))
			: [{ value: '' }],
		subscription: contact.subscription,
		birthDate: contact.birthDate,
		street: contact.street,
		postalCode: contact.postalCode,
		city: contact.city,
		region: contact.region,
		country: contact.country,
		note: contact.note,
		listIds: [...contact.listIds],
		custom: Object.fromEntries(Object.entries(contact.custom).map(([k, v]) => [k, customToText(v)]))
	};
}

export class ContactFormState {
	model = $state<ContactFormModel>(emptyModel());
	/** the stored contact being edited, or undefined for a new one */
	original = $state.raw<Contact | undefined>(undefined);
	/** field key ('phones.0', 'emails.1', 'birthDate', 'custom.<id>', 'phones') → message */
	errors = $state.raw<Record<string, string>>({});
	/** 'phones.0' → other contacts that already have this value */
	usedBy = $state.raw<Record<string, { id: string; name: string }[]>>({});
	/** a newer version saved elsewhere while this form was open */
	conflict = $state.raw<Contact | undefined>(undefined);
	saving = $state(false);

	constructor(
		private readonly defaultCountry: () => string,
		private readonly fields: () => FieldDef[]
	) {}

	load(contact: Contact | undefined): void {
		this.original = contact;
		this.model = contact ? modelFromContact(contact) : emptyModel();
		this.errors = {};
		this.usedBy = {};
		this.conflict = undefined;
	}

	addPhone(): void {
		this.model.phones.push({ value: '', kind: 'mobile' });
	}

	removePhone(index: number): void {
		this.model.phones.splice(index, 1);
	}

	addEmail(): void {
		this.model.emails.push({ value: '' });
	}

	removeEmail(index: number): void {
		this.model.emails.splice(index, 1);
	}

	/** the normalized form of a typed phone, shown back as the user types */
	phonePreview(raw: string): string | undefined {
		if (!raw.trim()) return undefined;
		const result = normalizePhone(raw, this.defaultCountry());
		return result.ok ? formatPhoneInternational(result.value) : undefined;
	}

	/** shows a typed phone in readable international form once the user leaves the field */
	async phoneBlurred(index: number): Promise<void> {
		const phone = this.model.phones[index];
		if (!phone) return;
		const result = normalizePhone(phone.value, this.defaultCountry());
		if (result.ok) phone.value = formatPhoneInternational(result.value);
		await this.checkUsed(`phones.${index}`, result.ok ? { phones: [result.value] } : undefined);
	}

	async emailBlurred(index: number): Promise<void> {
		const email = this.model.emails[index];
		if (!email) return;
		const result = normalizeEmail(email.value);
		await this.checkUsed(`emails.${index}`, result.ok ? { emails: [result.value] } : undefined);
	}

	private async checkUsed(
		key: string,
		identifiers: { phones?: string[]; emails?: string[] } | undefined
	): Promise<void> {
		const others = identifiers
			? await findContactsUsing(
					getDatabase(),
					{ phones: identifiers.phones ?? [], emails: identifiers.emails ?? [] },
					this.original?.id
				)
			: [];
		const next = { ...this.usedBy };
		if (others.length) next[key] = others.map((c) => ({ id: c.id, name: displayName(c) }));
		else delete next[key];
		this.usedBy = next;
	}

	/** validates everything, and saves when it can; `overwrite` answers a conflict */
	async save(overwrite = false): Promise<SaveOutcome> {
		this.saving = true;
		try {
			const built = await this.build();
			if (!built) return { ok: false };
			const db = getDatabase();
			const expectedUpdatedAt = overwrite ? this.conflict?.updatedAt : this.original?.updatedAt;
			const result = await saveContact(db, built, { expectedUpdatedAt });
			if (!result.ok) {
				this.conflict = result.conflict;
				return { ok: false };
			}
			this.conflict = undefined;
			this.original = result.contact;
			return { ok: true, contact: result.contact, suppressedBy: result.suppressedBy };
		} finally {
			this.saving = false;
		}
	}

	private async build(): Promise<Contact | undefined> {
		const model = this.model;
		const errors: Record<string, string> = {};

		const birth = parseBirthDateInput(model.birthDate);
		if (!birth.ok) errors.birthDate = errorMessage('birthDate.invalid', model.birthDate);

		const custom: Record<string, CustomValue> = {};
		for (const field of this.fields()) {
			const raw = model.custom[field.id] ?? '';
			const parsed = parseCustomValue(field, raw);
			if (parsed.ok) custom[field.id] = parsed.value;
			else errors[`custom.${field.id}`] = errorMessage(parsed.error, raw);
		}

		const draft: ContactDraft = {
			firstName: model.firstName,
			lastName: model.lastName,
			alias: model.alias,
			organization: model.organization,
			phones: model.phones.filter((p) => p.value.trim()).map((p) => ({ ...p })),
			emails: model.emails.filter((e) => e.value.trim()).map((e) => ({ ...e })),
			subscription: model.subscription,
			birthDate: birth.ok ? birth.value : '',
			street: model.street,
			postalCode: model.postalCode,
			city: model.city,
			region: model.region,
			country: model.country,
			note: model.note,
			listIds: [...model.listIds],
			custom
		};
		const now = Date.now();
		const created = createContact(draft, {
			defaultCountry: this.defaultCountry(),
			now,
			id: this.original?.id
		});
		if (!created.ok) {
			// the draft dropped blank rows, so map its indexes back to the rows the user sees
			const phoneRows = model.phones.flatMap((p, i) => (p.value.trim() ? [i] : []));
			const emailRows = model.emails.flatMap((e, i) => (e.value.trim() ? [i] : []));
			for (const error of created.errors) {
				const [field, index] = error.field.split('.');
				let key = error.field;
				if (field === 'phones' && index !== undefined) key = `phones.${phoneRows[Number(index)]}`;
				if (field === 'emails' && index !== undefined) key = `emails.${emailRows[Number(index)]}`;
				errors[key] ??= errorMessage(error.error, error.value);
			}
			this.errors = errors;
			return undefined;
		}
		const requirePhone = (await getSetting(getDatabase(), 'requirePhone')) ?? false;
		for (const error of validateContact(created.contact, { requirePhone })) {
			errors[error.field] = errorMessage(error.error, error.value);
		}
		this.errors = errors;
		if (Object.keys(errors).length > 0) return undefined;

		const contact = created.contact;
		// an edit keeps when the contact was first made; subscription changes go through their own
		// confirmed actions, never through the form
		if (this.original) {
			contact.createdAt = this.original.createdAt;
			contact.subscription = this.original.subscription;
		}
		return contact;
	}
}
