import { afterEach, describe, expect, it } from 'vitest';
import { CarnetDatabase, getDatabase, openDatabase } from '../../../src/lib/db/database';
import { SCHEMA, pairKey } from '../../../src/lib/db/schema';
import { fakeIndexedDb, uniqueName } from './harness';

// written out by hand, not derived from SCHEMA, so that an accidental schema change fails here
const expected = [
	{
		table: 'contacts',
		primKey: 'id',
		indexes: [
			'keys.name',
			'keys.email',
			'keys.phone',
			'[keys.callingCode+keys.name]',
			'createdAt',
			'keys.tokens',
			'listIds',
			'keys.unsubscribed'
		]
	},
	{ table: 'lists', primKey: 'id', indexes: [] },
	{ table: 'fields', primKey: 'id', indexes: [] },
	{ table: 'suppressions', primKey: 'key', indexes: [] },
	{ table: 'events', primKey: 'id', indexes: ['[contactId+at]'] },
	{ table: 'imports', primKey: 'id', indexes: ['sourceId'] },
	{ table: 'importIssues', primKey: 'id', indexes: ['[jobId+row]'] },
	{ table: 'importChanges', primKey: 'id', indexes: ['jobId'] },
	{ table: 'suggestions', primKey: 'id', indexes: ['pair', '[status+score]', 'a', 'b'] },
	{ table: 'merges', primKey: 'id', indexes: ['survivorId', 'absorbedId'] },
	{ table: 'sources', primKey: 'id', indexes: [] },
	{ table: 'sourceRows', primKey: 'id', indexes: ['sourceId'] },
	{ table: 'settings', primKey: 'key', indexes: [] },
	{ table: 'contactCounts', primKey: 'key', indexes: [] },
	{ table: 'listAnchors', primKey: 'index', indexes: [] },
	// keyed [word, contact id] from outside the row (primKey '', no key path)
	{ table: 'searchWords', primKey: '', indexes: [] }
];

let db: CarnetDatabase | undefined;

afterEach(async () => {
	await db?.delete();
	db = undefined;
});

async function freshDatabase(): Promise<CarnetDatabase> {
	db = openDatabase(uniqueName(), fakeIndexedDb());
	await db.open();
	return db;
}

describe('schema v7', () => {
	it('declares exactly the expected tables', async () => {
		const opened = await freshDatabase();
		expect(opened.tables.map((table) => table.name).sort()).toEqual(
			expected.map((entry) => entry.table).sort()
		);
		expect(opened.verno).toBe(SCHEMA.at(-1)?.version);
		// dexie multiplies its version by 10 for IndexedDB; devtools show 70, not 7
		expect(opened.backendDB().version).toBe(70);
	});

	it.each(expected)('$table has primary key $primKey and indexes $indexes', async (entry) => {
		const opened = await freshDatabase();
		const schema = opened.table(entry.table).schema;
		expect(schema.primKey.name).toBe(entry.primKey);
		expect(schema.primKey.auto).toBeFalsy();
		expect(schema.indexes.map((index) => index.name)).toEqual(entry.indexes);

		// what dexie parsed must also be what IndexedDB created
		const store = opened.backendDB().transaction(entry.table, 'readonly').objectStore(entry.table);
		expect(store.keyPath).toBe(entry.primKey === '' ? null : entry.primKey);
		expect(store.autoIncrement).toBe(false);
		expect([...store.indexNames].sort()).toEqual([...entry.indexes].sort());
	});

	it('marks listIds and tokens as multi-entry and pair as unique', async () => {
		const opened = await freshDatabase();
		const contacts = opened.contacts.schema.idxByName;
		expect(contacts['listIds']?.multi).toBe(true);
		expect(contacts['keys.tokens']?.multi).toBe(true);
		expect(contacts['keys.name']?.multi).toBeFalsy();
		expect(contacts['[keys.callingCode+keys.name]']?.keyPath).toEqual([
			'keys.callingCode',
			'keys.name'
		]);
		expect(opened.suggestions.schema.idxByName['pair']?.unique).toBe(true);
		expect(opened.events.schema.idxByName['[contactId+at]']?.keyPath).toEqual(['contactId', 'at']);
	});

	it('rejects a version list that is not strictly increasing', () => {
		const v1 = SCHEMA[0];
		if (!v1) throw new Error('SCHEMA is empty');
		expect(() => new CarnetDatabase(uniqueName(), fakeIndexedDb(), [v1, v1])).toThrow(/increasing/);
		expect(() => new CarnetDatabase(uniqueName(), fakeIndexedDb(), [])).toThrow(/at least one/);
	});
});

describe('getDatabase', () => {
	it('creates one instance lazily and does not open it', () => {
		const first = getDatabase();
		expect(getDatabase()).toBe(first);
		expect(first.name).toBe('carnet');
		expect(first.isOpen()).toBe(false);
	});
});

describe('pairKey', () => {
	it.each([
		{ name: 'orders the pair', input: ['b', 'a'], expected: 'a|b' },
		{ name: 'keeps an ordered pair', input: ['a', 'b'], expected: 'a|b' },
		{
			name: 'orders v7 ids by time',
			input: ['01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000001'],
			expected: '01900000-0000-7000-8000-000000000001|01900000-0000-7000-8000-000000000002'
		}
	])('$name', ({ input, expected }) => {
		const [x = '', y = ''] = input;
		expect(pairKey(x, y)).toBe(expected);
	});
});
