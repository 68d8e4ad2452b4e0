import { afterEach, describe, expect, it } from 'vitest';
import { BackupReader } from '../../../src/lib/core/backup/read-backup';
import type { ContactQuery } from '../../../src/lib/core/contact-query';
import { backupChunks, backupReadOptions, restoreBackup } from '../../../src/lib/db/backup';
import { countMatching, pageAt } from '../../../src/lib/db/contact-list';
import { COUNTS_TABLE, checkContactCounts } from '../../../src/lib/db/contact-counts';
import { CarnetDatabase } from '../../../src/lib/db/database';
import { SCHEMA } from '../../../src/lib/db/schema';
import { closeDatabases, database, expectCountsRight, keep } from './contact-counts-check';
import { fakeIndexedDb, openMigrated, uniqueName } from './harness';
import { makeBook } from './seed';

afterEach(closeDatabases);

const V2 = SCHEMA.filter((entry) => entry.version <= 2);
const AT = 1_700_000_000_000;

describe('stored contact counts, across versions and repairs', () => {
	it('are filled from the contacts there when a version 2 book opens as version 3', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const book = makeBook(300);
		const db = await openMigrated({
			name,
			versions: SCHEMA,
			from: 2,
			seed: async (old) => {
				// version 2 kept no counts
				expect(old.tables.map((table) => table.name)).not.toContain(COUNTS_TABLE);
				await old.contacts.bulkAdd(book);
			},
			options
		});
		keep(db);
		expect(await db.table(COUNTS_TABLE).get('all')).toEqual({ key: 'all', count: 300 });
		await expectCountsRight(db);
		// and kept from then on
		await db.contacts.bulkDelete(book.slice(0, 50).map((contact) => contact.id));
		await expectCountsRight(db);
	});

	it('are recomputed when a backup is restored, of this version or an older one', async () => {
		const backupText = async (db: CarnetDatabase): Promise<string> => {
			let text = '';
			for await (const piece of backupChunks(db, { now: AT })) text += piece;
			return text;
		};
		const target = database();
		await target.contacts.bulkAdd(makeBook(120, 7));

		const current = database();
		await current.contacts.bulkAdd(makeBook(80, 3));
		const older = new CarnetDatabase(uniqueName(), fakeIndexedDb(), V2);
		keep(older);
		await older.contacts.bulkAdd(makeBook(50, 5));

		for (const source of [current, older]) {
			const reader = new BackupReader(backupReadOptions(target));
			reader.push(await backupText(source));
			const read = reader.finish();
			if (!read.ok) throw new Error(JSON.stringify(read.errors));
			expect(read.backup.tables).not.toHaveProperty(COUNTS_TABLE);
			expect((await restoreBackup(target, read.backup, { replace: true })).ok).toBe(true);
			expect(await target.table(COUNTS_TABLE).get('all')).toEqual({
				key: 'all',
				count: await source.contacts.count()
			});
			await expectCountsRight(target);
		}
	});

	it('are repaired once a handle notices that contacts were written around them', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const db = database(name, options);
		const book = makeBook(60, 9);
		await db.contacts.bulkAdd(book.slice(0, 20));
		const query: ContactQuery = { sort: 'name', direction: 'asc' };
		expect(await countMatching(db, query)).toBe(20);
		expect(await checkContactCounts(db)).toBe(false);

		// raw IndexedDB, as a tab of the previous version or a test seed writes: no middleware
		const raw = db.backendDB().transaction('contacts', 'readwrite');
		for (const contact of book.slice(20)) raw.objectStore('contacts').put(contact);
		await new Promise((resolve) => (raw.oncomplete = resolve));
		const other = database(name, options);
		expect(await countMatching(other, query)).toBe(20);

		expect(await checkContactCounts(other)).toBe(true);
		expect(await countMatching(other, query)).toBe(60);
		expect(await pageAt(other, query, 40, 50)).toHaveLength(20);
		await expectCountsRight(other);
		// once per handle
		expect(await checkContactCounts(other)).toBe(true);
	});

	it('are checked once per build of the app, on its first start', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const book = makeBook(30, 10);
		await database(name, options).contacts.bulkAdd(book.slice(0, 10));
		const query: ContactQuery = { sort: 'name', direction: 'asc' };
		expect(await checkContactCounts(database(name, options), 'build-1')).toBe(false);

		const db = database(name, options);
		const raw = db.backendDB() ?? (await db.open()).backendDB();
		const write = raw.transaction('contacts', 'readwrite');
		for (const contact of book.slice(10)) write.objectStore('contacts').put(contact);
		await new Promise((resolve) => (write.oncomplete = resolve));

		// the same build started again does not walk the records
		const again = database(name, options);
		expect(await checkContactCounts(again, 'build-1')).toBe(false);
		expect(await countMatching(again, query)).toBe(10);
		// the next build does, and repairs them
		const next = database(name, options);
		expect(await checkContactCounts(next, 'build-2')).toBe(true);
		expect(await countMatching(next, query)).toBe(30);
		await expectCountsRight(next);
	});
});
