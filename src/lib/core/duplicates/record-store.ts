// the contacts of a scan, kept as compact utf-8 records in a few large byte pages: only what
// duplicate detection reads (names, alias, phones, e-mails, birth date, address, unique values),
// about 150 bytes a contact where the contact object takes over a kilobyte and its profile more. a
// record becomes a contact again (and then a profile) when a block needs it.
//
// fields are joined with control characters, which stored values never hold (core/text.ts removes
// them from every field a contact is built from).

import type { Contact, CustomValue, PhoneKind } from '../contact';
import { GrowableFloat64, GrowableUint32 } from './growable';

const FIELD = '\u001f';
const ITEM = '\u001e';
const PART = '\u001d';
const PAGE_BYTES = 1 << 22;
const EMPTY_KEYS = {} as Contact['keys'];

export class RecordStore {
	readonly #uniqueFields: readonly string[];
	readonly #pages: Uint8Array[] = [];
	// where each record starts (page × PAGE_BYTES + offset) and how many bytes it has
	readonly #starts = new GrowableFloat64(1024);
	readonly #lengths = new GrowableUint32(1024);
	#used = PAGE_BYTES;
	readonly #encoder = new TextEncoder();
	readonly #decoder = new TextDecoder();

	constructor(uniqueFields: readonly string[]) {
		this.#uniqueFields = uniqueFields;
	}

	get size(): number {
		return this.#lengths.length;
	}

	/** stores the contact; resolves to its index */
	add(contact: Contact): number {
		const text = this.#encode(contact);
		// utf-8 needs at most 3 bytes per utf-16 unit
		const room = text.length * 3;
		let page = this.#pages[this.#pages.length - 1];
		if (!page || this.#used + room > page.length) {
			page = new Uint8Array(Math.max(PAGE_BYTES, room));
			this.#pages.push(page);
			this.#used = 0;
		}
		const { written } = this.#encoder.encodeInto(text, page.subarray(this.#used));
		this.#starts.push((this.#pages.length - 1) * PAGE_BYTES + this.#used);
		this.#lengths.push(written);
		this.#used += written;
		return this.#lengths.length - 1;
	}

	/** the stored contact: its duplicate-relevant fields, the rest empty */
	get(index: number): Contact {
		const start = this.#starts.at(index);
		const page = this.#pages[Math.floor(start / PAGE_BYTES)] ?? new Uint8Array(0);
		const offset = start % PAGE_BYTES;
		const text = this.#decoder.decode(page.subarray(offset, offset + this.#lengths.at(index)));
		return this.#decode(text);
	}

	/** bytes held, for the benchmarks */
	get bytes(): number {
		return this.#pages.reduce((sum, page) => sum + page.length, 0) + this.size * 12;
	}

	#encode(contact: Contact): string {
		const phones = contact.phones.map((phone) => phone.value + PART + phone.kind).join(ITEM);
		const emails = contact.emails.map((email) => email.value).join(ITEM);
		const uniques = this.#uniqueFields.map((field) => encodeValue(contact.custom[field]));
		return [
			contact.id,
			contact.firstName,
			contact.lastName,
			contact.organization,
			phones,
			emails,
			contact.birthDate,
			contact.street,
			contact.postalCode,
			contact.city,
			contact.region,
			contact.country,
			contact.alias,
			...uniques
		].join(FIELD);
	}

	#decode(text: string): Contact {
		const fields = text.split(FIELD);
		const field = (index: number): string => fields[index] ?? '';
		const custom: Contact['custom'] = {};
		this.#uniqueFields.forEach((id, i) => {
			const value = decodeValue(field(13 + i));
			if (value !== undefined) custom[id] = value;
		});
		return {
			id: field(0),
			firstName: field(1),
			lastName: field(2),
			alias: field(12),
			organization: field(3),
			phones: splitItems(field(4)).map((item) => {
				const [value = '', kind = 'other'] = item.split(PART);
				return { value, kind: kind as PhoneKind };
			}),
			emails: splitItems(field(5)).map((value) => ({ value })),
			subscription: 'subscribed',
			birthDate: field(6),
			street: field(7),
			postalCode: field(8),
			city: field(9),
			region: field(10),
			country: field(11),
			note: '',
			listIds: [],
			custom,
			createdAt: 0,
			updatedAt: 0,
			keys: EMPTY_KEYS
		};
	}
}

function splitItems(text: string): string[] {
	return text === '' ? [] : text.split(ITEM);
}

// a unique value keeps its type: 's' text, 'n' number; anything else is no value to match
function encodeValue(value: CustomValue | undefined): string {
	if (typeof value === 'string') return `s${value}`;
	if (typeof value === 'number') return `n${String(value)}`;
	return '';
}

function decodeValue(text: string): CustomValue | undefined {
	if (text.startsWith('s')) return text.slice(1);
	if (text.startsWith('n')) return Number(text.slice(1));
	return undefined;
}
