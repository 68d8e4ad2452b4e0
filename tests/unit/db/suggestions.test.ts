import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import type { DuplicatePair } from '../../../src/lib/core/duplicates/types';
import { saveContact, suggestionsSettled } from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { runDedupe, type DedupeProgress } from '../../../src/lib/db/dedupe-run';
import { pairKey } from '../../../src/lib/db/schema';
import {
	countOpenSuggestions,
	dismissSuggestions,
	listOpenSuggestions,
	suggestionsOfContact,
	upsertSuggestions
} from '../../../src/lib/db/suggestions-repo';
import { fakeIndexedDb, makeContact, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	// a save writes its duplicate suggestions after it returns
	await suggestionsSettled();
	await db.delete();
});

function pair(a: string, b: string, score: number): DuplicatePair {
	return { a, b, score, reasons: [{ code: 'same-phone', values: ['+49151', '+49151'] }] };
}

describe('upsertSuggestions', () => {
	it('lists open suggestions best first and counts them', async () => {
		await upsertSuggestions(db, [pair('a', 'b', 0.85), pair('c', 'd', 1), pair('e', 'f', 0.9)]);
		const open = await listOpenSuggestions(db);
		expect(open.map((row) => row.pair)).toEqual(['c|d', 'e|f', 'a|b']);
		expect(await countOpenSuggestions(db)).toBe(3);
		expect(await listOpenSuggestions(db, { offset: 1, limit: 1 })).toHaveLength(1);
	});

	it('stores one row per unordered pair and keeps the reasons with their values', async () => {
		await upsertSuggestions(db, [pair('b', 'a', 0.85)]);
		await upsertSuggestions(db, [pair('a', 'b', 0.95)]);
		const rows = await db.suggestions.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ pair: 'a|b', a: 'a', b: 'b', score: 0.95, status: 'open' });
		expect(rows[0]?.reasons[0]?.values).toEqual(['+49151', '+49151']);
	});

	it('never reopens a dismissed pair', async () => {
		await upsertSuggestions(db, [pair('a', 'b', 0.9), pair('a', 'c', 0.9)]);
		expect(await dismissSuggestions(db, [pairKey('a', 'b')])).toBe(1);
		const open = await upsertSuggestions(db, [pair('b', 'a', 1), pair('a', 'c', 0.9)]);
		expect(open).toBe(1);
		expect((await listOpenSuggestions(db)).map((row) => row.pair)).toEqual(['a|c']);
		expect((await db.suggestions.where('pair').equals('a|b').first())?.status).toBe('dismissed');
	});

	it('names the open rows it wrote, a row found again by the id it had', async () => {
		const first = new Set<string>();
		await upsertSuggestions(db, [pair('a', 'b', 0.9), pair('a', 'c', 0.9)], 1, first);
		const ids = new Map((await db.suggestions.toArray()).map((row) => [row.pair, row.id]));
		expect(first).toEqual(new Set(ids.values()));
		await dismissSuggestions(db, [pairKey('a', 'c')]);
		// a rescan: a|b again, a|c dismissed (not written), d|e new
		const again = new Set<string>();
		await upsertSuggestions(
			db,
			[pair('b', 'a', 1), pair('a', 'c', 0.9), pair('d', 'e', 1)],
			2,
			again
		);
		const rows = await db.suggestions.toArray();
		const open = rows.filter((row) => row.status === 'open').map((row) => row.id);
		expect(again).toEqual(new Set(open));
		expect(again.has(ids.get('a|b') ?? '')).toBe(true);
		expect(again.has(ids.get('a|c') ?? '')).toBe(false);
		expect(rows.find((row) => row.pair === 'a|b')).toMatchObject({ createdAt: 1, updatedAt: 2 });
	});

	it("finds a contact's suggestions on either side", async () => {
		await upsertSuggestions(db, [pair('a', 'm', 0.85), pair('m', 'z', 0.95), pair('x', 'y', 1)]);
		const rows = await suggestionsOfContact(db, 'm');
		expect(rows.map((row) => row.pair)).toEqual(['m|z', 'a|m']);
	});
});

const T0 = Date.UTC(2026, 4, 3, 9);

function person(id: string, overrides: Partial<Contact>): Contact {
	return makeContact({ id, phones: [], emails: [], birthDate: '', city: '', ...overrides });
}

describe('runDedupe', () => {
	const book = [
		person('01', {
			firstName: 'Hans',
			lastName: 'Meier',
			birthDate: '1970-03-04',
			postalCode: '10115'
		}),
		person('02', {
			firstName: 'Hans',
			lastName: 'Mayer',
			birthDate: '1970-03-04',
			postalCode: '10115'
		}),
		person('03', { firstName: 'Anna', lastName: 'Schmidt', birthDate: '1981-01-01' }),
		person('04', {
			firstName: 'Lea',
			lastName: 'Roth',
			phones: [{ value: '+4915111111111', kind: 'mobile' }]
		}),
		person('05', {
			firstName: 'Leo',
			lastName: 'Brandt',
			phones: [{ value: '+4915111111111', kind: 'mobile' }]
		})
	];

	it('finds exact and fuzzy pairs over chunks, with progress', async () => {
		await db.contacts.bulkAdd(book);
		const progress: DedupeProgress[] = [];
		const result = await runDedupe(db, { chunkSize: 2, onProgress: (p) => progress.push(p) });
		expect(result.completed).toBe(true);
		const open = await listOpenSuggestions(db);
		expect(open.map((row) => row.pair)).toEqual(['04|05', '01|02']);
		expect(open[1]?.reasons.map((reason) => reason.code)).toContain('same-birth-date');
		expect(progress.at(-1)?.phase).toBe('saving');
		expect(progress.filter((p) => p.phase === 'reading').map((p) => p.done)).toEqual([0, 2, 4, 5]);
	});

	it('keeps a dismissed pair dismissed on a rescan and drops pairs no longer found', async () => {
		await db.contacts.bulkAdd(book);
		await runDedupe(db);
		await dismissSuggestions(db, ['01|02']);
		await db.contacts.delete('05');
		await runDedupe(db);
		expect(await countOpenSuggestions(db)).toBe(0);
		expect((await db.suggestions.toArray()).map((row) => [row.pair, row.status])).toEqual([
			['01|02', 'dismissed']
		]);
	});

	it('keeps only pairs with the given contacts, and stops when asked', async () => {
		await db.contacts.bulkAdd(book);
		await runDedupe(db, { onlyIds: ['05'] });
		expect((await listOpenSuggestions(db)).map((row) => row.pair)).toEqual(['04|05']);
		const stopped = await runDedupe(db, { shouldStop: () => true });
		expect(stopped.completed).toBe(false);
	});
});

describe('saveContact', () => {
	it('suggests an exact duplicate of a shared phone at once, with its reason', async () => {
		const phone = [{ value: '+4915123456789', kind: 'mobile' as const }];
		const first = await saveContact(db, person('0a', { firstName: 'Ada', phones: phone }), {
			now: T0
		});
		expect(first.ok).toBe(true);
		await suggestionsSettled();
		expect(await countOpenSuggestions(db)).toBe(0);
		await saveContact(db, person('0b', { firstName: 'Bob', lastName: 'Other', phones: phone }), {
			now: T0
		});
		await suggestionsSettled();
		const [row] = await listOpenSuggestions(db);
		expect(row).toMatchObject({ pair: '0a|0b', score: 1 });
		expect(row?.reasons[0]).toMatchObject({ code: 'same-phone' });
	});
});
