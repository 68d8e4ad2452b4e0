import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import type { ContactQuery } from '../../../src/lib/core/contact-query';
import { idsMatching } from '../../../src/lib/db/contact-list';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { contactChunks, countSource, type ExportSource } from '../../../src/lib/db/export-source';
import { fakeIndexedDb, uniqueName } from './harness';
import { LISTS, makeBook } from './seed';

const SIZE = 2_500;
let db: CarnetDatabase;
let book: Contact[];

beforeAll(async () => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
	book = makeBook(SIZE, 5);
	await db.contacts.bulkAdd(book);
}, 60_000);

afterAll(async () => {
	await db.delete();
});

async function read(source: ExportSource, chunkSize: number): Promise<Contact[][]> {
	const chunks: Contact[][] = [];
	for await (const chunk of contactChunks(db, source, chunkSize)) chunks.push(chunk);
	return chunks;
}

const ids = (chunks: Contact[][]) => chunks.flat().map((contact) => contact.id);

describe('the contacts of an export', () => {
	it('reads the whole book in id order, a chunk at a time', async () => {
		const chunks = await read({ kind: 'query', query: { sort: 'name', direction: 'asc' } }, 1_000);
		expect(chunks.map((chunk) => chunk.length)).toEqual([1_000, 1_000, 500]);
		expect(ids(chunks)).toEqual(book.map((c) => c.id).sort());
		expect(
			await countSource(db, { kind: 'query', query: { sort: 'name', direction: 'asc' } })
		).toBe(SIZE);
	});

	it('ends after a last chunk that is exactly full', async () => {
		const chunks = await read({ kind: 'query', query: { sort: 'email', direction: 'desc' } }, 500);
		expect(chunks).toHaveLength(5);
		expect(new Set(ids(chunks)).size).toBe(SIZE);
	});

	const queries: { name: string; input: ContactQuery }[] = [
		{ name: 'a list', input: { sort: 'name', direction: 'asc', listId: LISTS.medium } },
		{ name: 'a search', input: { sort: 'name', direction: 'desc', search: 'mül' } },
		{
			name: 'a calling code with an e-mail, by phone',
			input: { sort: 'phone', direction: 'asc', callingCode: '49', hasEmail: true }
		},
		{
			name: 'the unsubscribed',
			input: { sort: 'createdAt', direction: 'asc', subscription: 'unsubscribed' }
		}
	];
	it.each(queries)('reads $name in the list’s order', async ({ input }) => {
		const expected = await idsMatching(db, input);
		expect(expected.length).toBeGreaterThan(0);
		const chunks = await read({ kind: 'query', query: input }, 100);
		expect(ids(chunks)).toEqual(expected);
		expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
		expect(await countSource(db, { kind: 'query', query: input })).toBe(expected.length);
	});

	it('reads a selection in its order and skips contacts deleted since', async () => {
		const chosen = [book[40], book[3], book[2_000]].map((c) => c?.id ?? '');
		const source: ExportSource = {
			kind: 'ids',
			ids: [chosen[0] ?? '', 'gone', ...chosen.slice(1)]
		};
		expect(ids(await read(source, 2))).toEqual(chosen);
		expect(await countSource(db, source)).toBe(3);
	});
});
