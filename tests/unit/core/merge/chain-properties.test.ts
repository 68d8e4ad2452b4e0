import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import { emailKey } from '../../../../src/lib/core/email';
import { contactKeys } from '../../../../src/lib/core/keys';
import { Book } from './book';
import { choicesArb, contactArb, T0 } from './helpers';

// each case is undone in every order (2, 6 or 24 orders of 2 to 4 merges) and checked after every
// step, so this is thousands of unmerges. a run of 2,500 cases of 3-4 merges passed while this was
// written; the count here fits a slow shared machine, and the timeout is generous for the same
// reason (speed is measured by the bench, never asserted here).
const RUNS = 250;
const TIMEOUT = 60_000;

const IDS = ['A', 'B', 'C', 'D', 'E'];
const chainArb = fc.record({
	contacts: fc.tuple(...IDS.map((id) => contactArb(id))),
	size: fc.integer({ min: 3, max: 5 }),
	steps: fc.array(fc.tuple(fc.nat(), fc.nat(), choicesArb), { minLength: 4, maxLength: 4 })
});

type Chain = typeof chainArb extends fc.Arbitrary<infer T> ? T : never;

/** the book after merging `size` contacts in the steps' order; survivors may be absorbed later */
function mergedBook({ contacts, size, steps }: Chain): {
	book: Book;
	originals: Contact[];
} {
	const originals = contacts.slice(0, size);
	const book = new Book(originals, T0 + 5_000);
	for (const [s, a, choices] of steps.slice(0, size - 1)) {
		const alive = [...book.contacts.keys()];
		const survivorId = alive[s % alive.length] ?? '';
		const rest = alive.filter((id) => id !== survivorId);
		book.merge(survivorId, rest[a % rest.length] ?? '', choices);
	}
	return { book, originals };
}

// every order of a list
function permutations<T>(items: readonly T[]): T[][] {
	if (items.length <= 1) return [[...items]];
	return items.flatMap((item, index) =>
		permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
			item,
			...rest
		])
	);
}

describe('chains of merges', () => {
	it(
		'unmerging in every order gives every contact and event back, honest at every step',
		() => {
			fc.assert(
				fc.property(chainArb, (input) => {
					const { book, originals } = mergedBook(input);
					const startEvents = new Map([...book.events].map(([id]) => [id, id.split('-')[0]]));
					expect(dishonesty(book, originals)).toEqual([]);
					for (const order of permutations(book.records.map((record) => record.id))) {
						const copy = book.clone();
						for (const id of order) {
							copy.unmerge(id);
							expect(dishonesty(copy, originals)).toEqual([]);
						}
						expect([...copy.contacts.values()].sort(byId)).toEqual(originals);
						expect(copy.events).toEqual(startEvents);
						expect(copy.records).toEqual([]);
					}
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		'an edit made after the merges stays on its contact, whatever the order of the unmerges',
		() => {
			const NEW_PHONE = { value: '+33612345678', kind: 'work' as const };
			fc.assert(
				fc.property(chainArb, fc.nat(), (input, pick) => {
					const { book, originals } = mergedBook(input);
					const ids = [...book.contacts.keys()];
					const editedId = ids[pick % ids.length] ?? '';
					const edited = book.get(editedId);
					book.contacts.set(editedId, {
						...edited,
						region: 'Edited',
						phones: [...edited.phones, NEW_PHONE],
						updatedAt: book.clock
					});
					for (const order of permutations(book.records.map((record) => record.id))) {
						const copy = book.clone();
						for (const id of order) copy.unmerge(id);
						for (const original of originals) {
							const contact = copy.get(original.id);
							if (original.id !== editedId) {
								expect(contact).toEqual(original);
								continue;
							}
							expect(withoutTimesAndKeys(contact)).toEqual({
								...withoutTimesAndKeys(original),
								region: 'Edited',
								phones: [...original.phones, NEW_PHONE]
							});
						}
					}
				}),
				{ numRuns: 80 }
			);
		},
		TIMEOUT
	);
});

function withoutTimesAndKeys(contact: Contact): Partial<Contact> {
	const rest: Partial<Contact> = { ...contact };
	delete rest.updatedAt;
	delete rest.keys;
	return rest;
}

/**
 * with no edits, every contact of the book holds exactly what the original contacts merged into it
 * (and not unmerged since) hold: all their identifiers, lists and note paragraphs and nothing else,
 * values one of them had, the earliest creation, their events. returns what is not so.
 */
function dishonesty(book: Book, originals: readonly Contact[]): string[] {
	const byOriginalId = new Map(originals.map((contact) => [contact.id, contact]));
	const members = (id: string): Contact[] => [
		byOriginalId.get(id) as Contact,
		...book.records
			.filter((record) => record.survivorId === id)
			.flatMap((record) => members(record.absorbedId))
	];
	const keysOf = (contacts: readonly Contact[], pick: (c: Contact) => string[]): string =>
		[...new Set(contacts.flatMap(pick))].sort().join('|');
	const phoneKeys = (c: Contact): string[] => c.phones.map((phone) => phone.value);
	const emailKeys = (c: Contact): string[] => c.emails.map((email) => emailKey(email.value));
	const paragraphs = (c: Contact): string[] => (c.note === '' ? [] : c.note.split('\n\n'));
	const json = (value: unknown): string => JSON.stringify(value);

	const problems: string[] = [];
	for (const contact of book.contacts.values()) {
		const group = members(contact.id);
		const check = (ok: boolean, what: string): void => {
			if (!ok) problems.push(`${contact.id} (${group.map((c) => c.id).join('')}): ${what}`);
		};
		check(keysOf([contact], phoneKeys) === keysOf(group, phoneKeys), 'phones');
		check(keysOf([contact], emailKeys) === keysOf(group, emailKeys), 'e-mails');
		check(keysOf([contact], (c) => c.listIds) === keysOf(group, (c) => c.listIds), 'lists');
		check(keysOf([contact], paragraphs) === keysOf(group, paragraphs), 'note');
		const entries = new Set(group.flatMap((c) => [...c.phones, ...c.emails]).map(json));
		for (const entry of [...contact.phones, ...contact.emails]) {
			check(entries.has(json(entry)), `entry ${json(entry)}`);
		}
		for (const field of ['firstName', 'lastName', 'organization', 'city', 'birthDate'] as const) {
			check(
				group.some((c) => c[field] === contact[field]),
				field
			);
		}
		for (const [id, value] of Object.entries(contact.custom)) {
			check(
				group.some((c) => c.custom[id] === value),
				`custom.${id}`
			);
		}
		const unsubscribed = group.some((c) => c.subscription === 'unsubscribed');
		check(contact.subscription === (unsubscribed ? 'unsubscribed' : 'subscribed'), 'subscription');
		check(contact.createdAt === Math.min(...group.map((c) => c.createdAt)), 'createdAt');
		for (const member of group) {
			check(book.events.get(`${member.id}-e1`) === contact.id, `events of ${member.id}`);
		}
		check(json(contact.keys) === json(contactKeys(contact)), 'keys');
	}
	return problems;
}

function byId(a: Contact, b: Contact): number {
	return a.id < b.id ? -1 : 1;
}
