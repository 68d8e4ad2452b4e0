import type { Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupReader, type ParsedBackup } from '../../../src/lib/core/backup/read-backup';
import type { Contact, ContactKeys } from '../../../src/lib/core/contact';
import {
	backupChunks,
	backupReadOptions,
	countTables,
	isEmptyBook,
	restoreBackup,
	tablesAtVersion
} from '../../../src/lib/db/backup';
import { CarnetDatabase } from '../../../src/lib/db/database';
import { SCHEMA, type SchemaVersion } from '../../../src/lib/db/schema';
import { bookTables, dump, fill } from './backup-fixtures';
import { fakeIndexedDb, makeContact, uniqueName } from './harness';

const open: CarnetDatabase[] = [];
function database(versions: readonly SchemaVersion[] = SCHEMA): CarnetDatabase {
	const db = new CarnetDatabase(uniqueName(), fakeIndexedDb(), versions);
	open.push(db);
	return db;
}

afterEach(async () => {
	for (const db of open.splice(0)) await db.delete();
});

async function backupOf(db: CarnetDatabase, chunkSize = 300): Promise<string> {
	let text = '';
	for await (const piece of backupChunks(db, { now: 1_700_000_000_000, chunkSize })) text += piece;
	return text;
}

function read(db: CarnetDatabase, text: string): ParsedBackup {
	const reader = new BackupReader(backupReadOptions(db));
	// in pieces, as the worker reads a file
	for (let at = 0; at < text.length; at += 64 * 1024) reader.push(text.slice(at, at + 64 * 1024));
	const result = reader.finish();
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.backup;
}

describe('backup and restore', () => {
	it('restores into an empty book the very same tables', async () => {
		const source = database();
		await fill(source, bookTables(1_000));
		const text = await backupOf(source);

		const target = database();
		const result = await restoreBackup(target, read(target, text), {
			replace: false,
			chunkSize: 250
		});
		expect(result).toEqual({ ok: true, counts: await countTables(source) });
		expect(await dump(target)).toEqual(await dump(source));
		// and a backup of the restored book is the same file
		expect(await backupOf(target)).toBe(text);
	});

	it('writes one JSON document with the app, the schema version and every table', async () => {
		const source = database();
		await fill(source, bookTables(3));
		const document = JSON.parse(await backupOf(source)) as {
			backup: { app: string; format: string; schemaVersion: number; tables: string[] };
			tables: Record<string, unknown[]>;
			counts: Record<string, number>;
		};
		expect(document.backup).toMatchObject({
			app: 'carnet',
			format: 'carnet-backup',
			schemaVersion: 7
		});
		expect(Object.keys(document.tables).sort()).toEqual(
			[
				'contacts',
				'events',
				'fields',
				'importChanges',
				'importIssues',
				'imports',
				'lists',
				'merges',
				'settings',
				'sourceRows',
				'sources',
				'suggestions',
				'suppressions'
			].sort()
		);
		expect(document.counts.contacts).toBe(3);
	});

	it('leaves a book that is not empty alone unless asked to replace it', async () => {
		const source = database();
		await fill(source, bookTables(50, 1));
		const target = database();
		await fill(target, bookTables(20, 2));
		const before = await dump(target);
		const backup = read(target, await backupOf(source));

		expect(await restoreBackup(target, backup, { replace: false })).toEqual({
			ok: false,
			error: 'restore.not_empty',
			detail: 'contacts'
		});
		expect(await dump(target)).toEqual(before);

		expect((await restoreBackup(target, backup, { replace: true })).ok).toBe(true);
		expect(await dump(target)).toEqual(await dump(source));
	});

	it('counts a book with nothing but settings as empty', async () => {
		const target = database();
		await fill(target, { settings: bookTables(0).settings });
		expect(isEmptyBook(await countTables(target))).toBe(true);
		await fill(target, { lists: bookTables(0).lists });
		expect(isEmptyBook(await countTables(target))).toBe(false);
	});

	it('writes nothing when a row fails on the way in', async () => {
		const source = database();
		const tables = bookTables(600);
		await fill(source, tables);
		const target = database();
		await fill(target, bookTables(30, 3));
		const before = await dump(target);
		const backup = read(target, await backupOf(source));
		// two suggestions for one pair pass the file's checks but break the unique pair index
		const [suggestion] = tables.suggestions;
		backup.tables.suggestions?.push({ ...suggestion, id: 'suggestion-2' });

		const result = await restoreBackup(target, backup, { replace: true, chunkSize: 100 });
		expect(result).toMatchObject({ ok: false, error: 'restore.failed' });
		expect(await dump(target)).toEqual(before);
	});

	it('writes nothing when cancelled half-way', async () => {
		const source = database();
		await fill(source, bookTables(600));
		const target = database();
		await fill(target, bookTables(30, 3));
		const before = await dump(target);
		let chunks = 0;
		const result = await restoreBackup(target, read(target, await backupOf(source)), {
			replace: true,
			chunkSize: 100,
			onRows: () => (chunks += 1),
			cancelled: () => chunks >= 3
		});
		expect(result).toEqual({ ok: false, error: 'restore.cancelled' });
		expect(await dump(target)).toEqual(before);
	});

	it('refuses a damaged file before anything is written', async () => {
		const source = database();
		await fill(source, bookTables(200));
		const text = await backupOf(source);
		const target = database();
		await fill(target, bookTables(30, 3));
		const before = await dump(target);
		for (const damaged of [
			text.slice(0, Math.floor(text.length / 2)),
			text.replace('"subscription":"subscribed"', '"subscription":"maybe"'),
			text.replace(/\n,\{[^\n]*\n/, '\n')
		]) {
			const reader = new BackupReader(backupReadOptions(target));
			reader.push(damaged);
			expect(reader.finish().ok).toBe(false);
		}
		expect(await dump(target)).toEqual(before);
	});
});

describe('restoring a backup of an older schema', () => {
	// the same synthetic v2 as the migration test: an organization key and its index
	type ContactV2 = Contact & { keys: ContactKeys & { organization?: string } };
	const LATEST = SCHEMA.at(-1)?.version ?? 0;
	const v2: SchemaVersion = {
		version: LATEST + 1,
		stores: { contacts: `${SCHEMA[0]?.stores['contacts'] ?? ''}, keys.organization` },
		upgrade: async (tx: Transaction) => {
			await tx
				.table<ContactV2, string>('contacts')
				.toCollection()
				.modify((contact) => {
					contact.keys.organization = contact.organization.trim().toLowerCase();
				});
		}
	};

	it('upgrades the rows with the schema’s own migrations', async () => {
		const old = database(SCHEMA);
		const acme = makeContact({ organization: 'ACME ' });
		const solo = makeContact({ organization: '' });
		await fill(old, { contacts: [acme, solo], lists: bookTables(0).lists });
		const text = await backupOf(old);

		const current = database([...SCHEMA, v2]);
		const backup = read(current, text);
		expect(backup.header.schemaVersion).toBe(LATEST);
		expect((await restoreBackup(current, backup, { replace: false })).ok).toBe(true);

		expect(await current.contacts.where('keys.organization').equals('acme').primaryKeys()).toEqual([
			acme.id
		]);
		expect(await current.table<ContactV2, string>('contacts').get(solo.id)).toEqual({
			...solo,
			keys: { ...solo.keys, organization: '' }
		});
		expect(await current.lists.count()).toBe(3);
	});

	it('restores a version 1 backup: sources get the fields of automatic import', async () => {
		const old = database(SCHEMA.slice(0, 1));
		const v1Source = {
			id: 'source-1',
			name: 'Choir sheet',
			kind: 'url',
			location: 'https://example.org/choir.csv',
			mapping: [],
			options: bookTables(0).sources[0]?.options,
			enabled: true,
			lastRunAt: null,
			lastJobId: null,
			createdAt: 1,
			updatedAt: 1
		};
		await old.table('sources').add(v1Source);
		const text = await backupOf(old);
		expect(text).not.toContain('sourceRows');

		const current = database();
		const backup = read(current, text);
		expect(backup.header.schemaVersion).toBe(1);
		expect((await restoreBackup(current, backup, { replace: false })).ok).toBe(true);
		expect(await current.sources.get('source-1')).toEqual({
			...v1Source,
			header: [],
			intervalMinutes: 30,
			handle: null,
			pending: false,
			lastError: null,
			lastErrorDetail: ''
		});
		expect(await current.sourceRows.count()).toBe(0);
	});

	it('knows the tables of every version from the store specs', () => {
		const versions: SchemaVersion[] = [
			{ version: 1, stores: { contacts: 'id, name', notes: 'id' } },
			{ version: 2, stores: { settings: 'key' } },
			{ version: 3, stores: { notes: null, pairs: '&pair, a' } }
		];
		expect(tablesAtVersion(versions, 1)).toEqual({ contacts: 'id', notes: 'id' });
		expect(tablesAtVersion(versions, 2)).toEqual({ contacts: 'id', notes: 'id', settings: 'key' });
		expect(tablesAtVersion(versions, 3)).toEqual({
			contacts: 'id',
			settings: 'key',
			pairs: 'pair'
		});
		expect(tablesAtVersion(versions, 4)).toBeUndefined();
	});
});
