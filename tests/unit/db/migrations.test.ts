import type { Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact, ContactKeys } from '../../../src/lib/core/contact';
import { CarnetDatabase } from '../../../src/lib/db/database';
import { newId } from '../../../src/lib/db/ids';
import {
	SCHEMA,
	type ImportOptions,
	pairKey,
	type CarnetTables,
	type SchemaVersion,
	type Source,
	type V1TableName
} from '../../../src/lib/db/schema';
import { fakeIndexedDb, makeContact, openMigrated, uniqueName } from './harness';

const LATEST = SCHEMA.at(-1)?.version ?? 0;

let db: CarnetDatabase | undefined;

afterEach(async () => {
	await db?.delete();
	db = undefined;
});

// a source as version 1 stored it; version 2 added the fields of automatic import
type V1Source = Omit<
	Source,
	'header' | 'intervalMinutes' | 'handle' | 'pending' | 'lastError' | 'lastErrorDetail'
>;
type V1Rows = { [T in Exclude<V1TableName, 'sources'>]: CarnetTables[T] } & { sources: V1Source };

// one row per table, as version 1 writes them
function v1Fixtures(): V1Rows {
	const ada = makeContact({ id: '01900000-0000-7000-8000-00000000000a', listIds: ['list-1'] });
	const at = 1_700_000_000_000;
	const stamps = { createdAt: at, updatedAt: at };
	const options: ImportOptions = {
		defaultCountry: 'DE',
		listIds: ['list-1'],
		unsubscribeAll: false,
		duplicates: 'fill',
		format: 'csv',
		encoding: 'utf-8',
		delimiter: ';',
		sheet: ''
	};
	return {
		contacts: ada,
		lists: { id: 'list-1', name: 'Choir', ...stamps },
		fields: {
			id: 'field-1',
			label: 'Voice',
			type: 'choice',
			options: ['soprano', 'alto'],
			unique: false,
			order: 0,
			...stamps
		},
		suppressions: {
			key: '+4915123456789',
			kind: 'phone',
			at,
			reason: 'manual',
			contactId: ada.id,
			...stamps
		},
		events: {
			id: 'event-1',
			contactId: ada.id,
			at,
			type: 'note',
			data: {},
			note: 'met at rehearsal',
			...stamps
		},
		imports: {
			id: 'job-1',
			file: { name: 'choir.csv', size: 1234, type: 'text/csv', lastModified: at },
			format: 'csv',
			header: ['First name', 'Notes', 'Phone'],
			mapping: [
				{ kind: 'field', field: 'firstName' },
				null,
				{ kind: 'phone', phoneKind: 'mobile' }
			],
			options,
			status: 'committed',
			counts: {
				rows: 3,
				created: 2,
				updated: 0,
				unchanged: 0,
				skipped: 0,
				failed: 1,
				suppressed: 0
			},
			totalRows: 3,
			lastCommittedRow: 4,
			startedAt: at,
			finishedAt: at,
			sourceId: null,
			error: null,
			...stamps
		},
		importIssues: {
			id: 'issue-1',
			jobId: 'job-1',
			row: 2,
			values: ['Bob', '', '4.91511E+11'],
			reasons: [{ column: 2, field: 'phones.0', value: '4.91511E+11', error: 'phone.scientific' }],
			failed: true,
			...stamps
		},
		importChanges: {
			id: 'change-1',
			jobId: 'job-1',
			firstRow: 2,
			created: [ada.id],
			updated: [],
			...stamps
		},
		suggestions: {
			id: 'suggestion-1',
			pair: pairKey(ada.id, 'other'),
			a: ada.id,
			b: 'other',
			score: 0.8,
			reasons: [{ code: 'similar-name', detail: 'lovelace' }],
			status: 'dismissed',
			...stamps
		},
		merges: {
			id: 'merge-1',
			survivorId: ada.id,
			absorbedId: 'absorbed-1',
			survivorBefore: ada,
			absorbedBefore: makeContact({ id: 'absorbed-1' }),
			merged: ada,
			choices: { firstName: 'survivor' },
			provenance: { firstName: ada.id },
			movedEventIds: [],
			at,
			undoneAt: null,
			...stamps
		},
		sources: {
			id: 'source-1',
			name: 'Choir sheet',
			kind: 'url',
			location: 'https://example.org/choir.csv',
			mapping: [{ kind: 'field', field: 'firstName' }],
			options,
			enabled: true,
			lastRunAt: null,
			lastJobId: null,
			...stamps
		},
		settings: { key: 'defaultCountry', value: 'DE', ...stamps }
	};
}

async function seedAll(target: CarnetDatabase): Promise<void> {
	const rows = v1Fixtures();
	const names = Object.keys(rows) as V1TableName[];
	await target.transaction('rw', names, async () => {
		for (const name of names) await target.table(name).add(rows[name]);
	});
}

describe('migration harness', () => {
	it('reopens a database written at v1 with every row intact', async () => {
		db = await openMigrated({
			name: uniqueName(),
			versions: SCHEMA,
			from: 1,
			seed: seedAll,
			options: fakeIndexedDb()
		});
		expect(db.verno).toBe(LATEST);
		const rows = v1Fixtures();
		for (const name of Object.keys(rows) as V1TableName[]) {
			if (name === 'sources' || name === 'settings') continue;
			expect(await db.table(name).toArray(), name).toEqual([rows[name]]);
		}
		// versions 5 and 6 noted that the contacts there lack their search words (db/search-words.ts)
		expect(await db.settings.toArray()).toEqual(
			expect.arrayContaining([
				rows.settings,
				expect.objectContaining({ key: 'searchWordsFrom', value: '' })
			])
		);
		expect(await db.settings.count()).toBe(2);
		// version 2 gave the source the fields of automatic import, with the defaults
		expect(await db.sources.toArray()).toEqual([
			{
				...rows.sources,
				header: [],
				intervalMinutes: 30,
				handle: null,
				pending: false,
				lastError: null,
				lastErrorDetail: ''
			}
		]);
		expect(await db.sourceRows.count()).toBe(0);
	});

	it("finds a source's import jobs by the index version 2 added", async () => {
		db = await openMigrated({
			name: uniqueName(),
			versions: SCHEMA,
			from: 1,
			seed: async (old) => {
				await seedAll(old);
				const job = v1Fixtures().imports;
				await old.imports.add({ ...job, id: 'job-of-source', sourceId: 'source-1' });
			},
			options: fakeIndexedDb()
		});
		expect(await db.imports.where('sourceId').equals('source-1').primaryKeys()).toEqual([
			'job-of-source'
		]);
	});

	describe('with a synthetic v2', () => {
		type ContactV2 = Contact & { keys: ContactKeys & { organization?: string } };

		let upgrades = 0;
		const v2: SchemaVersion = {
			version: LATEST + 1,
			stores: {
				contacts: `${SCHEMA[0]?.stores['contacts'] ?? ''}, keys.organization`
			},
			upgrade: async (tx: Transaction) => {
				upgrades += 1;
				await tx
					.table<ContactV2, string>('contacts')
					.toCollection()
					.modify((contact) => {
						contact.keys.organization = contact.organization.trim().toLowerCase();
					});
			}
		};

		const acme1 = makeContact({ id: newId(), organization: 'ACME ' });
		const acme2 = makeContact({ id: newId(), organization: 'Acme' });
		const solo = makeContact({ id: newId(), organization: '' });

		async function migrate(name: string, options = fakeIndexedDb()): Promise<CarnetDatabase> {
			return openMigrated({
				name,
				versions: [...SCHEMA, v2],
				from: LATEST,
				seed: async (old) => {
					await old.contacts.bulkAdd([acme1, acme2, solo]);
				},
				options
			});
		}

		it('runs the upgrade once and the new index answers a query', async () => {
			upgrades = 0;
			const name = uniqueName();
			const options = fakeIndexedDb();
			db = await migrate(name, options);

			expect(upgrades).toBe(1);
			expect(db.verno).toBe(LATEST + 1);
			expect(db.contacts.schema.idxByName['keys.organization']).toBeDefined();
			const found = await db.contacts.where('keys.organization').equals('acme').primaryKeys();
			expect(found.sort()).toEqual([acme1.id, acme2.id].sort());
			const backfilled = await db.table<ContactV2, string>('contacts').get(solo.id);
			// the upgrade only adds a key: everything else is as written at v1
			expect(backfilled).toEqual({ ...solo, keys: { ...solo.keys, organization: '' } });
			expect(
				[...db.backendDB().transaction('contacts').objectStore('contacts').indexNames].includes(
					'keys.organization'
				)
			).toBe(true);

			// opening again at the same version must not run the upgrade a second time
			db.close();
			const again = new CarnetDatabase(name, options, [...SCHEMA, v2]);
			await again.open();
			db = again;
			expect(upgrades).toBe(1);
			expect(await db.contacts.count()).toBe(3);
		});

		it('does not run the upgrade for a database created at v2', async () => {
			upgrades = 0;
			const name = uniqueName();
			const options = fakeIndexedDb();
			db = await openMigrated({
				name,
				versions: [...SCHEMA, v2],
				from: LATEST + 1,
				seed: async (fresh) => {
					await fresh.contacts.add(acme1);
				},
				options
			});
			expect(upgrades).toBe(0);
			expect(db.verno).toBe(LATEST + 1);
		});
	});
});
