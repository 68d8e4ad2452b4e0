// the whole book as a backup file and back. writing reads every table a chunk at a time in
// primary-key order (each chunk its own short read, so the app stays usable meanwhile); restoring
// writes everything in one transaction, after core's BackupReader has checked every row, so a
// restore either happens completely or not at all. a backup of an older schema version is upgraded
// by the same `upgrade` functions that upgrade a device's database (schema.ts), run on the restored
// rows inside that transaction.

import type { IndexableType } from 'dexie';
import { BACKUP_APP, BACKUP_FORMAT, backupText } from '../core/backup/format';
import type { ParsedBackup, ReadBackupOptions } from '../core/backup/read-backup';
import type { CarnetDatabase } from './database';
import { DERIVED_TABLES, type SchemaVersion } from './schema';

/**
 * the tables a backup of a schema version holds and the field each is keyed by, from the store specs
 * of every version up to it (a version lists only the tables it changes; null removes one); derived
 * tables (the contact counts) are left out, a restore recomputes them. undefined for a version the
 * list does not have.
 */
export function tablesAtVersion(
	versions: readonly SchemaVersion[],
	version: number
): Record<string, string> | undefined {
	if (!versions.some((entry) => entry.version === version)) return undefined;
	const tables: Record<string, string> = {};
	for (const entry of versions) {
		if (entry.version > version) break;
		for (const [name, spec] of Object.entries(entry.stores)) {
			if (spec === null || DERIVED_TABLES.includes(name)) delete tables[name];
			else tables[name] = (spec.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '');
		}
	}
	return tables;
}

function currentVersion(db: CarnetDatabase): number {
	return db.schemaVersions.at(-1)?.version ?? 0;
}

/** the tables of this database's newest version, in the order a backup writes them */
export function backupTableNames(db: CarnetDatabase): string[] {
	return Object.keys(tablesAtVersion(db.schemaVersions, currentVersion(db)) ?? {});
}

/** what core's BackupReader needs to know about this database's schema versions */
export function backupReadOptions(db: CarnetDatabase): ReadBackupOptions {
	return {
		currentVersion: currentVersion(db),
		tablesAt: (version) => tablesAtVersion(db.schemaVersions, version)
	};
}

/** how many rows each table holds */
export async function countTables(db: CarnetDatabase): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const name of backupTableNames(db)) counts[name] = await db.table(name).count();
	return counts;
}

/** true when the book holds nothing but settings: a restore then needs no confirmation */
export function isEmptyBook(counts: Readonly<Record<string, number>>): boolean {
	return Object.entries(counts).every(([name, count]) => name === 'settings' || count === 0);
}

export interface BackupChunksOptions {
	/** the backup's createdAt, ms since epoch */
	now: number;
	/** rows per read (default 2,000) */
	chunkSize?: number;
	/** hears the rows written so far and the rows counted before the start */
	onRows?: (rows: number, total: number) => void;
}

/** the backup file as text pieces, in order (see core/backup/format.ts) */
export async function* backupChunks(
	db: CarnetDatabase,
	opts: BackupChunksOptions
): AsyncGenerator<string, Record<string, number>, undefined> {
	const keys = tablesAtVersion(db.schemaVersions, currentVersion(db)) ?? {};
	const names = Object.keys(keys);
	const chunkSize = opts.chunkSize ?? 2_000;
	const total = Object.values(await countTables(db)).reduce((sum, count) => sum + count, 0);
	yield backupText.start({
		format: BACKUP_FORMAT,
		app: BACKUP_APP,
		schemaVersion: currentVersion(db),
		createdAt: opts.now,
		tables: names
	});
	const counts: Record<string, number> = {};
	let written = 0;
	for (const [index, name] of names.entries()) {
		yield backupText.tableStart(name, index === 0);
		const table = db.table<Record<string, unknown>, IndexableType>(name);
		const keyField = keys[name] ?? 'id';
		let last: IndexableType | undefined;
		let count = 0;
		for (;;) {
			const rows =
				last === undefined
					? await table.orderBy(':id').limit(chunkSize).toArray()
					: await table.where(':id').above(last).limit(chunkSize).toArray();
			if (rows.length === 0) break;
			yield backupText.rows(rows, count === 0);
			count += rows.length;
			written += rows.length;
			opts.onRows?.(written, total);
			last = rows[rows.length - 1]?.[keyField] as IndexableType | undefined;
			if (rows.length < chunkSize || last === undefined) break;
		}
		counts[name] = count;
		yield backupText.tableEnd();
	}
	yield backupText.end(counts);
	return counts;
}

export const RESTORE_ERRORS = [
	'restore.not_empty',
	'restore.cancelled',
	'restore.table_gone',
	'restore.failed'
] as const;
export type RestoreError = (typeof RESTORE_ERRORS)[number];

export type RestoreResult =
	| { ok: true; counts: Record<string, number> }
	| { ok: false; error: RestoreError; detail?: string };

export interface RestoreOptions {
	/** replace what the book holds; without it a book that is not empty is left alone */
	replace: boolean;
	/** rows per bulkAdd (default 2,000) */
	chunkSize?: number;
	onRows?: (rows: number, total: number) => void;
	/** asked between chunks; true aborts the transaction, so nothing is written */
	cancelled?: () => boolean;
}

class Refused extends Error {
	constructor(
		readonly code: RestoreError,
		readonly detail?: string
	) {
		super(code);
	}
}

/**
 * writes a checked backup (core's BackupReader) into the book in one transaction: every table is
 * emptied and filled from the backup, then the schema upgrades newer than the backup run on it.
 * when anything fails the transaction aborts and the book is as it was.
 */
export async function restoreBackup(
	db: CarnetDatabase,
	backup: ParsedBackup,
	opts: RestoreOptions
): Promise<RestoreResult> {
	const names = backupTableNames(db);
	// an upgrade that moved a table's rows elsewhere did it while both tables existed; in this
	// transaction the old table is gone, so such a backup cannot be restored by this version
	const gone = Object.keys(backup.tables).find((name) => !names.includes(name));
	if (gone !== undefined) return { ok: false, error: 'restore.table_gone', detail: gone };
	const chunkSize = opts.chunkSize ?? 2_000;
	const total = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
	const counts: Record<string, number> = {};
	// the derived tables too: the contact counts change with every contact written here, and an
	// upgrade of an older backup recomputes them
	const derived = DERIVED_TABLES.filter((name) => db.tables.some((table) => table.name === name));
	try {
		await db.transaction('rw', [...names, ...derived], async (tx) => {
			if (!opts.replace) {
				for (const name of names) {
					if (name !== 'settings' && (await db.table(name).count()) > 0) {
						throw new Refused('restore.not_empty', name);
					}
				}
			}
			for (const name of names) await db.table(name).clear();
			let written = 0;
			for (const name of names) {
				const rows = backup.tables[name] ?? [];
				for (let start = 0; start < rows.length; start += chunkSize) {
					if (opts.cancelled?.()) throw new Refused('restore.cancelled');
					await db.table(name).bulkAdd(rows.slice(start, start + chunkSize));
					written += Math.min(chunkSize, rows.length - start);
					opts.onRows?.(written, total);
				}
			}
			for (const entry of db.schemaVersions) {
				if (entry.version > backup.header.schemaVersion && entry.upgrade) await entry.upgrade(tx);
			}
			if (opts.cancelled?.()) throw new Refused('restore.cancelled');
			for (const name of names) counts[name] = await db.table(name).count();
		});
	} catch (error) {
		if (error instanceof Refused) return { ok: false, error: error.code, detail: error.detail };
		const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		return { ok: false, error: 'restore.failed', detail: reason };
	}
	return { ok: true, counts };
}
