// shared helpers for db tests: an isolated fake IndexedDB per database and the migration harness.

import type { DexieOptions } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Contact } from '../../../src/lib/core/contact';
import { contactKeys } from '../../../src/lib/core/keys';
import { CarnetDatabase } from '../../../src/lib/db/database';
import { newId } from '../../../src/lib/db/ids';
import type { SchemaVersion } from '../../../src/lib/db/schema';

/** a fresh in-memory IndexedDB, so no test sees another's databases */
export function fakeIndexedDb(): DexieOptions {
	return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** a database name no other test uses */
export function uniqueName(prefix = 'carnet-test'): string {
	return `${prefix}-${newId()}`;
}

export interface MigrateOptions {
	name: string;
	/** the full ordered list, as the newest code declares it */
	versions: readonly SchemaVersion[];
	/** the version the fixture rows are written at */
	from: number;
	/** writes the fixture rows into the database as it was at `from` */
	seed: (db: CarnetDatabase) => Promise<void>;
	options: DexieOptions;
}

/**
 * opens `name` declared only up to version `from`, writes the fixture rows, closes it, and reopens it
 * with the full list, the way a device with old data meets new code. resolves to the reopened database.
 */
export async function openMigrated({
	name,
	versions,
	from,
	seed,
	options
}: MigrateOptions): Promise<CarnetDatabase> {
	const older = versions.filter((entry) => entry.version <= from);
	if (older.length === 0) throw new Error(`no schema version at or below ${from}`);
	const old = new CarnetDatabase(name, options, older);
	await old.open();
	await seed(old);
	old.close();
	const current = new CarnetDatabase(name, options, versions);
	await current.open();
	return current;
}

/** a stored contact; its derived keys are computed from the fields unless given */
export function makeContact(overrides: Partial<Contact> = {}): Contact {
	const now = 1_700_000_000_000;
	const contact: Contact = {
		id: newId(),
		firstName: 'Ada',
		lastName: 'Lovelace',
		alias: '',
		organization: '',
		phones: [{ value: '+4915123456789', kind: 'mobile' }],
		emails: [{ value: 'ada@example.org' }],
		subscription: 'subscribed',
		birthDate: '1815-12-10',
		street: '',
		postalCode: '',
		city: 'London',
		region: '',
		country: 'GB',
		note: '',
		listIds: [],
		custom: {},
		createdAt: now,
		updatedAt: now,
		keys: { name: '', email: '', phone: '', callingCode: '', tokens: [] },
		...overrides
	};
	return overrides.keys ? contact : { ...contact, keys: contactKeys(contact) };
}
