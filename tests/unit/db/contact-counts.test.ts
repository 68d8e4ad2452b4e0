import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact, ContactDraft } from '../../../src/lib/core/contact';
import { createContact } from '../../../src/lib/core/create-contact';
import type { ColumnMapping } from '../../../src/lib/core/import/types';
import { countMatching } from '../../../src/lib/db/contact-list';
import { COUNTS_TABLE } from '../../../src/lib/db/contact-counts';
import {
	addToList,
	deleteContacts,
	removeFromList,
	restoreContacts,
	saveContact,
	suggestionsSettled,
	unsubscribeContacts
} from '../../../src/lib/db/contacts-repo';
import type { CarnetDatabase } from '../../../src/lib/db/database';
import { runImport, undoImport } from '../../../src/lib/db/import-run';
import { createImportJob } from '../../../src/lib/db/imports-repo';
import { createList, deleteList } from '../../../src/lib/db/lists-repo';
import { mergeContacts } from '../../../src/lib/db/merges-repo';
import {
	LIST_IDS,
	closeDatabases,
	database,
	expectCountsRight,
	forget
} from './contact-counts-check';
import { makeBook } from './seed';

afterEach(closeDatabases);

const AT = 1_700_000_000_000;
// few ids, so that puts and deletes often meet a contact that is there
const IDS = ['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6', 'c-7'];
const PHONES = ['+4915123456789', '+33612345678', '+12025550123', '+447400123456', '+4930123456'];

function contactOf(id: string, draft: ContactDraft, now = AT): Contact {
	const result = createContact(draft, { defaultCountry: 'DE', now, id });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.contact;
}

const contacts: fc.Arbitrary<Contact> = fc
	.record({
		id: fc.constantFrom(...IDS),
		firstName: fc.constantFrom('Ada', 'Zoë', ''),
		phones: fc.array(fc.constantFrom(...PHONES), { maxLength: 2 }),
		emails: fc.array(fc.constantFrom('a@example.org', 'B@Example.org'), { maxLength: 2 }),
		unsubscribed: fc.boolean(),
		// a repeated list id too: the engine counts a member once
		listIds: fc.array(fc.constantFrom(...LIST_IDS), { maxLength: 3 })
	})
	.map(({ id, firstName, phones, emails, unsubscribed, listIds }) =>
		contactOf(id, {
			firstName,
			lastName: 'Test',
			phones: phones.map((value) => ({ value })),
			emails: emails.map((value) => ({ value })),
			subscription: unsubscribed ? 'unsubscribed' : 'subscribed',
			listIds
		})
	);

const someIds = fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 4 });

type Step =
	| { kind: 'add'; contact: Contact }
	| { kind: 'bulkAdd'; contacts: Contact[] }
	| { kind: 'put'; contact: Contact }
	| { kind: 'bulkPut'; contacts: Contact[] }
	| { kind: 'parallelPuts'; contacts: Contact[] }
	| { kind: 'delete'; id: string }
	| { kind: 'bulkDelete'; ids: string[] }
	| { kind: 'deleteBetween'; from: string; to: string }
	| { kind: 'clear' }
	| { kind: 'rolledBack'; contacts: Contact[]; ids: string[] }
	| { kind: 'save'; contact: Contact }
	| { kind: 'deleteContacts'; ids: string[]; undo: boolean }
	| { kind: 'list'; ids: string[]; listId: string; add: boolean }
	| { kind: 'deleteList'; listId: string }
	| { kind: 'unsubscribe'; ids: string[] }
	| { kind: 'merge'; survivor: string; absorbed: string };

const steps: fc.Arbitrary<Step> = fc.oneof(
	contacts.map((contact) => ({ kind: 'add' as const, contact })),
	fc
		.array(contacts, { maxLength: 4 })
		.map((list) => ({ kind: 'bulkAdd' as const, contacts: list })),
	contacts.map((contact) => ({ kind: 'put' as const, contact })),
	fc
		.array(contacts, { maxLength: 4 })
		.map((list) => ({ kind: 'bulkPut' as const, contacts: list })),
	fc
		.array(contacts, { minLength: 2, maxLength: 4 })
		.map((list) => ({ kind: 'parallelPuts' as const, contacts: list })),
	fc.constantFrom(...IDS).map((id) => ({ kind: 'delete' as const, id })),
	someIds.map((ids) => ({ kind: 'bulkDelete' as const, ids })),
	fc
		.tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS))
		.map(([a, b]) => ({ kind: 'deleteBetween' as const, from: a < b ? a : b, to: a < b ? b : a })),
	fc.constant({ kind: 'clear' as const }),
	fc
		.record({ contacts: fc.array(contacts, { maxLength: 3 }), ids: someIds })
		.map((parts) => ({ kind: 'rolledBack' as const, ...parts })),
	contacts.map((contact) => ({ kind: 'save' as const, contact })),
	fc
		.record({ ids: someIds, undo: fc.boolean() })
		.map((parts) => ({ kind: 'deleteContacts' as const, ...parts })),
	fc
		.record({ ids: someIds, listId: fc.constantFrom(...LIST_IDS), add: fc.boolean() })
		.map((parts) => ({ kind: 'list' as const, ...parts })),
	fc.constantFrom(...LIST_IDS).map((listId) => ({ kind: 'deleteList' as const, listId })),
	someIds.map((ids) => ({ kind: 'unsubscribe' as const, ids })),
	fc
		.tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS))
		.map(([survivor, absorbed]) => ({ kind: 'merge' as const, survivor, absorbed }))
);

// a failed write is part of the sequence: it must leave contacts and counts as they were
const ignore = (): undefined => undefined;

async function apply(db: CarnetDatabase, step: Step): Promise<void> {
	switch (step.kind) {
		case 'add':
			return db.contacts.add(step.contact).then(ignore, ignore);
		case 'bulkAdd':
			// outside a transaction the adds that worked stay, the ones whose id is taken do not
			return db.contacts.bulkAdd(step.contacts).then(ignore, ignore);
		case 'put':
			return db.contacts.put(step.contact).then(ignore);
		case 'bulkPut':
			return db.contacts.bulkPut(step.contacts).then(ignore);
		case 'parallelPuts':
			return db.transaction('rw', db.contacts, async () => {
				await Promise.all(step.contacts.map((contact) => db.contacts.put(contact)));
			});
		case 'delete':
			return db.contacts.delete(step.id);
		case 'bulkDelete':
			return db.contacts.bulkDelete(step.ids);
		case 'deleteBetween':
			return db.contacts.where(':id').between(step.from, step.to).delete().then(ignore);
		case 'clear':
			return db.contacts.clear();
		case 'rolledBack':
			return db
				.transaction('rw', db.contacts, async () => {
					await db.contacts.bulkPut(step.contacts);
					await db.contacts.bulkDelete(step.ids);
					throw new Error('changed my mind');
				})
				.then(ignore, ignore);
		case 'save': {
			const stored = await db.contacts.get(step.contact.id);
			await saveContact(db, step.contact, { expectedUpdatedAt: stored?.updatedAt });
			return;
		}
		case 'deleteContacts': {
			const deleted = await deleteContacts(db, step.ids);
			if (step.undo) await restoreContacts(db, deleted);
			return;
		}
		case 'list':
			if (!(await db.lists.get(step.listId))) {
				await db.lists.add({ id: step.listId, name: step.listId, createdAt: AT, updatedAt: AT });
			}
			if (step.add) await addToList(db, step.ids, step.listId);
			else await removeFromList(db, step.ids, step.listId);
			return;
		case 'deleteList':
			await deleteList(db, step.listId);
			return;
		case 'unsubscribe':
			await unsubscribeContacts(db, step.ids, AT);
			return;
		case 'merge':
			await mergeContacts(db, step.survivor, step.absorbed);
			return;
	}
}

describe('stored contact counts', () => {
	it('match counting every contact after any sequence of writes (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(steps, { minLength: 1, maxLength: 12 }), async (sequence) => {
				const db = database();
				try {
					for (const step of sequence) {
						await apply(db, step);
						await expectCountsRight(db);
					}
				} finally {
					await suggestionsSettled();
					forget(db);
					await db.delete();
				}
			}),
			{ numRuns: 60 }
		);
	}, 300_000);

	it('are left as they were by a transaction that fails', async () => {
		const db = database();
		const book = makeBook(40);
		await db.contacts.bulkAdd(book);
		const before = await db.table(COUNTS_TABLE).toArray();
		expect(before.find((row) => row.key === 'all')).toEqual({ key: 'all', count: 40 });

		const changed = book.slice(0, 10).map((contact) => ({
			...contact,
			listIds: ['list-new'],
			keys: { ...contact.keys, email: '\uffff' }
		}));
		const failed = db.transaction('rw', db.contacts, db.events, async () => {
			await db.contacts.bulkPut(changed);
			await db.contacts.bulkDelete(book.slice(10, 20).map((contact) => contact.id));
			// an id that is taken: the add fails and, not caught, aborts everything before it
			await db.contacts.add(book[30] as Contact);
		});
		await expect(failed).rejects.toThrow();
		expect(await db.table(COUNTS_TABLE).toArray()).toEqual(before);
		await expectCountsRight(db);
	});

	it('follow an import, its undo, a merge and the deletion of a list', async () => {
		const db = database();
		const list = await createList(db, 'Leads');
		if (!list.ok) throw new Error(list.error);
		await db.contacts.bulkAdd(makeBook(30));
		const header = ['First name', 'Mobile', 'E-mail'];
		const mapping: ColumnMapping = [
			{ kind: 'field', field: 'firstName' },
			{ kind: 'phone', phoneKind: 'mobile' },
			{ kind: 'email' }
		];
		const lines = [
			header.join(','),
			'Ada,+4915199990001,ada@example.org',
			'Bea,+33699990002,',
			'Cem,,cem@example.org',
			'Dan,+12025550199,dan@example.org'
		];
		const file = new File([lines.join('\r\n') + '\r\n'], 'people.csv', { type: 'text/csv' });
		const job = await createImportJob(db, {
			file: { name: file.name, size: file.size, type: file.type, lastModified: 1 },
			header,
			mapping,
			options: {
				defaultCountry: 'DE',
				listIds: [list.list.id],
				unsubscribeAll: false,
				duplicates: 'fill',
				format: 'csv',
				encoding: '',
				delimiter: '',
				sheet: ''
			},
			totalRows: 0
		});
		await runImport(db, job.id, file, { batchSize: 2 });
		expect(await countMatching(db, { sort: 'name', direction: 'asc', listId: list.list.id })).toBe(
			4
		);
		await expectCountsRight(db);

		const [first, second] = await db.contacts.orderBy('keys.name').limit(2).primaryKeys();
		if (!first || !second) throw new Error('no contacts');
		expect((await mergeContacts(db, first, second)).ok).toBe(true);
		await expectCountsRight(db);

		await undoImport(db, job.id);
		await expectCountsRight(db);
		await deleteList(db, list.list.id);
		await expectCountsRight(db);
		expect(await countMatching(db, { sort: 'name', direction: 'asc' })).toBe(
			await db.contacts.count()
		);
	});
});
