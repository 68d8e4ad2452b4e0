// contacts for the merge tests, built through createContact so they are what the app stores.

import fc from 'fast-check';
import type { Contact, ContactDraft, PhoneKind } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import type { MergeChoices, MergeSide } from '../../../../src/lib/core/merge';

export const T0 = Date.UTC(2025, 0, 1);

/** a valid contact from a draft; createdAt and updatedAt default to T0 */
export function person(
	id: string,
	draft: ContactDraft,
	times: { createdAt?: number; updatedAt?: number } = {}
): Contact {
	const createdAt = times.createdAt ?? T0;
	const result = createContact(draft, { defaultCountry: 'DE', now: createdAt, id });
	if (!result.ok) throw new Error(`invalid draft: ${JSON.stringify(result.errors)}`);
	return { ...result.contact, updatedAt: times.updatedAt ?? createdAt };
}

// small pools, so that two arbitrary contacts often share a phone, an e-mail (in another spelling),
// a list or a custom field
const PHONES = Array.from({ length: 8 }, (_, i) => `+49176123456${10 + i}`);
const EMAILS = ['ada@example.org', 'Ada@example.org', 'bob@example.org', 'cy@test.de', 'd@x.de'];
const NAMES = ['', 'Ada', 'Anna', 'Bob', 'Émile'];
const NOTES = ['', 'call back', 'call back\nprefers mail', 'vip', 'met at the fair'];
const LISTS = ['l1', 'l2', 'l3', 'l4'];
const CUSTOM_IDS = ['size', 'vip', 'code'];
const KINDS: PhoneKind[] = ['mobile', 'work', 'home'];

const customValue = fc.constantFrom<string | number | boolean | null>(
	null,
	'',
	'red',
	'blue',
	42,
	7,
	true,
	false
);

/** a contact draft drawn from the pools, and its times */
export const draftArb = fc.record({
	firstName: fc.constantFrom(...NAMES),
	lastName: fc.constantFrom('', 'Lovelace', 'Müller'),
	organization: fc.constantFrom('', 'ACME'),
	city: fc.constantFrom('', 'Berlin', 'Paris'),
	country: fc.constantFrom('', 'DE', 'FR'),
	birthDate: fc.constantFrom('', '1990-05-01', '--05-01'),
	phones: fc.uniqueArray(
		fc.record({ value: fc.constantFrom(...PHONES), kind: fc.constantFrom(...KINDS) }),
		{ maxLength: 3, selector: (phone) => phone.value }
	),
	emails: fc.uniqueArray(
		fc.constantFrom(...EMAILS).map((value) => ({ value })),
		{ maxLength: 3, selector: (email) => email.value.toLowerCase() }
	),
	subscription: fc.constantFrom<'subscribed' | 'unsubscribed'>(
		'subscribed',
		'subscribed',
		'unsubscribed'
	),
	note: fc.constantFrom(...NOTES),
	listIds: fc.uniqueArray(fc.constantFrom(...LISTS), { maxLength: 3 }),
	custom: fc.dictionary(fc.constantFrom(...CUSTOM_IDS), customValue, { maxKeys: 3 }),
	createdAt: fc.integer({ min: 0, max: 1000 }),
	age: fc.integer({ min: 0, max: 1000 })
});

/** a valid contact with the given id */
export function contactArb(id: string): fc.Arbitrary<Contact> {
	return draftArb.map(({ createdAt, age, ...draft }) =>
		person(id, draft, { createdAt: T0 + createdAt, updatedAt: T0 + createdAt + age })
	);
}

/** choices for some of the fields the pools make differ, the rest left to the defaults */
export const choicesArb: fc.Arbitrary<MergeChoices> = fc.dictionary(
	fc.constantFrom(
		'firstName',
		'lastName',
		'organization',
		'phones',
		'emails',
		'birthDate',
		'city',
		'country',
		'custom.size',
		'custom.vip',
		'custom.code'
	),
	fc.constantFrom<MergeSide>('survivor', 'absorbed')
);
