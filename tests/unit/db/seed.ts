// a deterministic book of contacts for the list engine tests: accents, hyphens, missing e-mails and
// phones, several countries, lists of every size, unsubscribed few, and many equal creation times.

import type { Contact, ContactDraft } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import { newId } from '../../../src/lib/db/ids';

const FIRST = [
	'Hans',
	'Jürgen',
	'Anna',
	'Zoë',
	'Élodie',
	'Marie',
	'Jean-Luc',
	'Seán',
	'Björn',
	'Ana',
	'Omar',
	'Li',
	'Søren',
	'Łukasz',
	'Mia',
	'anna',
	'HANS'
];
const LAST = [
	'Müller',
	'Mueller',
	'Muller',
	'Schmidt',
	'Curie',
	"O'Brien",
	'Nguyễn',
	'García',
	'Weiß',
	'Groß',
	'Dupont',
	'Rossi',
	'Kim',
	'Smith',
	'Ådahl',
	''
];
const ORGS = ['ACME', 'Bäckerei Kunz', 'Studio 54', 'Émile & Söhne', ''];

export const LISTS = { small: 'list-small', medium: 'list-medium', big: 'list-big' } as const;
export const BASE_TIME = 1_700_000_000_000;

// mulberry32: small, fast and the same on every machine
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function digits(next: () => number, count: number): string {
	let text = '';
	for (let i = 0; i < count; i++) text += String(Math.floor(next() * 10));
	return text;
}

function phone(next: () => number): string {
	const kind = Math.floor(next() * 6);
	if (kind <= 1) return `+49 151 ${digits(next, 8)}`;
	if (kind === 2) return `0170 ${digits(next, 7)}`;
	if (kind === 3) return `+33 6 ${digits(next, 8)}`;
	if (kind === 4) return `+44 7400 ${digits(next, 6)}`;
	return `+39 06 ${digits(next, 8)}`;
}

export function makeBook(size: number, seed = 1): Contact[] {
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const contacts: Contact[] = [];
	for (let i = 0; i < size; i++) {
		const first = next() < 0.08 ? '' : pick(FIRST);
		const last = pick(LAST);
		const listIds: string[] = [];
		if (next() < 0.01) listIds.push(LISTS.small);
		if (next() < 0.12) listIds.push(LISTS.medium);
		if (next() < 0.6) listIds.push(LISTS.big);
		const draft: ContactDraft = {
			firstName: first,
			lastName: last,
			organization: next() < 0.2 ? pick(ORGS) : '',
			phones: next() < 0.85 ? [{ value: phone(next) }] : [],
			emails:
				next() < 0.75
					? [{ value: `${(first || 'x').replace(/[^a-z]/gi, '') || 'y'}.${i}@example.org` }]
					: [],
			subscription: next() < 0.05 ? 'unsubscribed' : 'subscribed',
			listIds
		};
		if (next() < 0.1) draft.phones?.push({ value: phone(next) });
		// equal creation times are common (an import stamps a whole batch)
		const now = BASE_TIME + Math.floor(next() * 400) * 60_000;
		let result = createContact(draft, { defaultCountry: 'DE', now, id: newId() });
		if (!result.ok)
			result = createContact({ ...draft, phones: [] }, { defaultCountry: 'DE', now, id: newId() });
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		contacts.push(result.contact);
	}
	return contacts;
}
