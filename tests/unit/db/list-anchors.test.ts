import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/lib/core/contact';
import { compareKeys, type IndexKey } from '../../../src/lib/core/contact-query';
import { contactKeys } from '../../../src/lib/core/keys';
import { ContactListSession, DEFAULT_TUNING } from '../../../src/lib/db/contact-list';
import { saveContact } from '../../../src/lib/db/contacts-repo';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import {
	ORDER_INDEXES,
	changesOrder,
	orderKeyOf,
	readAnchors,
	setSurveyor,
	surveyAnchors
} from '../../../src/lib/db/list-anchors';
import { widestGap } from '../../../src/lib/db/list-edits';
import { thin } from '../../../src/lib/db/list-survey';
import { fakeIndexedDb, uniqueName } from './harness';
import { makeBook } from './seed';

// one handle per database is deleted after the test, the others are closed
const open = new Map<string, CarnetDatabase[]>();
function database(name = uniqueName(), options = fakeIndexedDb()): CarnetDatabase {
	const db = openDatabase(name, options);
	open.set(name, [...(open.get(name) ?? []), db]);
	return db;
}

afterEach(async () => {
	for (const [first, ...others] of open.values()) {
		for (const db of others) db.close();
		await first?.delete();
	}
	open.clear();
});

// each index's entries in its own order: key, then id
function indexOrder(book: readonly Contact[], index: string): { key: IndexKey; id: string }[] {
	return book
		.flatMap((contact) => {
			const key = orderKeyOf(contact, index);
			return key === undefined ? [] : [{ key, id: contact.id }];
		})
		.sort((a, b) => compareKeys(a.key, b.key) || compareKeys(a.id, b.id));
}

function renamed(contact: Contact, lastName: string): Contact {
	const next = { ...contact, lastName };
	return { ...next, keys: contactKeys(next) };
}

describe('which writes change the order of the list', () => {
	const [a, b] = makeBook(2, 3);
	if (!a || !b) throw new Error('the seed made no contacts');
	const cases: { name: string; before: unknown; after: unknown; expected: boolean }[] = [
		{ name: 'an added contact', before: undefined, after: a, expected: true },
		{ name: 'a deleted contact', before: a, after: undefined, expected: true },
		{ name: 'nothing to nothing', before: undefined, after: undefined, expected: false },
		{ name: 'a new note', before: a, after: { ...a, note: 'called back' }, expected: false },
		{ name: 'another list', before: a, after: { ...a, listIds: ['x'] }, expected: false },
		{ name: 'a new last name', before: a, after: renamed(a, 'Zwicky'), expected: true },
		{
			name: 'another e-mail',
			before: a,
			after: { ...a, keys: { ...a.keys, email: 'other@example.org' } },
			expected: true
		},
		{ name: 'an earlier creation', before: a, after: { ...a, createdAt: 1 }, expected: true },
		{ name: 'another contact entirely', before: a, after: b, expected: true }
	];
	it.each(cases)('$name: $expected', ({ before, after, expected }) => {
		expect(changesOrder(before, after)).toBe(expected);
	});
});

describe('the survey of the sort indexes', () => {
	it('stores, for every sort, anchors at the exact positions of their entries', async () => {
		const db = database();
		const book = makeBook(700, 5);
		await db.contacts.bulkAdd(book);
		expect(await surveyAnchors(db, { every: 7, chunk: 90 })).toBe(true);
		for (const index of ORDER_INDEXES) {
			const stored = await readAnchors(db, index, book.length);
			if (!stored) throw new Error(`no anchors for ${index}`);
			const entries = indexOrder(book, index);
			expect(stored.size).toBe(entries.length);
			// one entry in 7, the first and the last: a sample of every contact (7 / 4 rounds down to
			// 1) thinned to stretches of at most 7
			expect(stored.positions.length).toBeGreaterThanOrEqual(Math.ceil(book.length / 7));
			expect(stored.positions.length).toBeLessThanOrEqual(Math.ceil(book.length / 7) + 2);
			expect([stored.positions[0], stored.positions.at(-1)]).toEqual([0, entries.length - 1]);
			expect(widestGap(stored)).toBeLessThanOrEqual(7);
			stored.positions.forEach((pos, i) => {
				expect({ index, at: entries[pos] }).toEqual({
					index,
					at: { key: stored.keys[i], id: stored.ids[i] }
				});
			});
		}
	});

	it('keeps them through writes that move nobody, and moves them with writes that do', async () => {
		const db = database();
		const book = makeBook(120, 6);
		await db.contacts.bulkAdd(book);
		await surveyAnchors(db, { every: 10, chunk: 50 });
		const first = book[0];
		if (!first) throw new Error('no contact');

		const noted = await saveContact(
			db,
			{ ...first, note: 'still here' },
			{ expectedUpdatedAt: first.updatedAt }
		);
		if (!noted.ok) throw new Error('the save was refused');
		expect(await readAnchors(db, 'keys.name', book.length)).toBeDefined();
		// a book of another size (counts written around the middleware) does not match them
		expect(await readAnchors(db, 'keys.name', book.length + 1)).toBeUndefined();

		const moved = await saveContact(db, renamed(noted.contact, 'Aaberg'), {
			expectedUpdatedAt: noted.contact.updatedAt
		});
		if (!moved.ok) throw new Error('the save was refused');
		await db.contacts.delete(book[1]?.id ?? '');
		const now = [moved.contact, ...book.slice(2)];
		for (const index of ['keys.name', 'createdAt']) {
			const stored = await readAnchors(db, index, now.length);
			if (!stored) throw new Error(`the anchors of ${index} went stale`);
			const entries = indexOrder(now, index);
			stored.positions.forEach((pos, i) => {
				const anchor = { key: stored.keys[i] as IndexKey, id: stored.ids[i] as string };
				const before = entries.filter(
					(entry) => (compareKeys(entry.key, anchor.key) || compareKeys(entry.id, anchor.id)) < 0
				);
				expect({ index, anchor, pos }).toEqual({ index, anchor, pos: before.length });
			});
		}
	});

	it('thins a dense sample to stretches of at most `every`, where the sample allows', () => {
		const evenly = Array.from({ length: 101 }, (_, i) => i * 10);
		expect(thin(evenly, 100).map((i) => evenly[i])).toEqual(
			Array.from({ length: 11 }, (_, i) => i * 100)
		);
		// random samples: the first and last stay, a stretch is wider than `every` only where the
		// sample left such a gap itself, and no two stretches in a row could have been one
		let seed = 7;
		const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 60;
		for (let run = 0; run < 50; run += 1) {
			const positions: number[] = [];
			for (let pos = Math.floor(next()); positions.length < 300; pos += 1 + Math.floor(next())) {
				positions.push(pos);
			}
			const kept = thin(positions, 100);
			expect([kept[0], kept.at(-1)]).toEqual([0, positions.length - 1]);
			kept.slice(1).forEach((at, i) => {
				const from = kept[i] as number;
				const gap = (positions[at] as number) - (positions[from] as number);
				if (gap > 100) expect(at).toBe(from + 1);
				const after = kept[i + 2];
				if (after !== undefined) {
					expect((positions[after] as number) - (positions[from] as number)).toBeGreaterThan(100);
				}
			});
		}
	});

	it('stores nothing when the order changed while it read, or when it was stopped', async () => {
		const db = database();
		const book = makeBook(200, 7);
		await db.contacts.bulkAdd(book.slice(0, 150));
		let writing: Promise<unknown> | undefined;
		const surveyed = await surveyAnchors(db, {
			every: 10,
			chunk: 40,
			stopped: () => {
				writing ??= db.contacts.bulkAdd(book.slice(150));
				return false;
			}
		});
		await writing;
		expect(surveyed).toBe(false);
		expect(await readAnchors(db, 'keys.name', 200)).toBeUndefined();
		expect(await readAnchors(db, 'keys.name', 150)).toBeUndefined();

		expect(await surveyAnchors(db, { every: 10, chunk: 40, stopped: () => true })).toBe(false);
		expect(await readAnchors(db, 'keys.name', 200)).toBeUndefined();
	});
});

describe('jumps from stored anchors', () => {
	it('land right in a new session, either direction, and after writes that move contacts', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const db = database(name, options);
		const book = makeBook(3_000, 8);
		await db.contacts.bulkAdd(book);
		// tiny sizes: no walk reaches far on its own, so the jumps below start from stored anchors
		const tuning = { ...DEFAULT_TUNING, anchorStep: 50, surveyFrom: 100 };
		await new ContactListSession(db, { sort: 'name', direction: 'asc' }, tuning).warm();

		for (const sort of ['name', 'email', 'callingCode', 'phone', 'createdAt'] as const) {
			for (const direction of ['asc', 'desc'] as const) {
				const fresh = database(name, options);
				const session = new ContactListSession(fresh, { sort, direction }, tuning);
				const want = (await session.ids()).slice();
				for (const offset of [2_200, 1_111, 2_990, 60]) {
					const page = await session.page(offset, 20);
					expect({ sort, direction, offset, ids: page.map((c) => c.id) }).toEqual({
						sort,
						direction,
						offset,
						ids: want.slice(offset, offset + 20)
					});
				}
			}
		}

		// renaming contacts moves them: the anchors move with them and still serve the jumps
		const writer = database(name, options);
		for (const contact of book.slice(0, 40)) {
			const saved = await saveContact(writer, renamed(contact, `Aa${contact.id.slice(-6)}`), {
				expectedUpdatedAt: contact.updatedAt
			});
			if (!saved.ok) throw new Error('the save was refused');
		}
		const after = database(name, options);
		expect(await readAnchors(after, 'keys.name', book.length)).toBeDefined();
		const session = new ContactListSession(
			after,
			{ sort: 'name', direction: 'asc' },
			{ ...tuning, surveyFrom: Number.POSITIVE_INFINITY }
		);
		const want = await session.ids();
		expect((await session.page(1_500, 20)).map((c) => c.id)).toEqual(want.slice(1_500, 1_520));
	});
});

describe('where surveys run', () => {
	it('hands them to the surveyor it is given, and walks when that one fails', async () => {
		const db = database();
		const book = makeBook(1_500, 9);
		await db.contacts.bulkAdd(book);
		const asked: string[] = [];
		setSurveyor((target) => {
			asked.push(target.name);
			return Promise.reject(new Error('no worker here'));
		});
		try {
			const tuning = { ...DEFAULT_TUNING, anchorStep: 50, surveyFrom: 100 };
			const session = new ContactListSession(db, { sort: 'phone', direction: 'desc' }, tuning);
			const want = await session.ids();
			expect((await session.page(700, 30)).map((c) => c.id)).toEqual(want.slice(700, 730));
			expect(asked).toEqual([db.name]);
			expect(await readAnchors(db, 'keys.phone', book.length)).toBeUndefined();
		} finally {
			setSurveyor(undefined);
		}
	});

	it('lets a session use what another surveyed meanwhile, without surveying again', async () => {
		const name = uniqueName();
		const options = fakeIndexedDb();
		const db = database(name, options);
		const book = makeBook(1_500, 11);
		await db.contacts.bulkAdd(book);
		let surveys = 0;
		// as the worker does: another handle on the same database
		setSurveyor(() => {
			surveys += 1;
			return surveyAnchors(database(name, options), { every: 10, chunk: 200 });
		});
		try {
			const tuning = { ...DEFAULT_TUNING, anchorStep: 50, surveyFrom: 100 };
			const byEmail = new ContactListSession(db, { sort: 'email', direction: 'asc' }, tuning);
			const want = await byEmail.ids();
			// near enough to walk: it looks for stored anchors, finds none, and surveys nothing
			expect((await byEmail.page(300, 10)).map((c) => c.id)).toEqual(want.slice(300, 310));
			expect(surveys).toBe(0);
			await new ContactListSession(db, { sort: 'name', direction: 'asc' }, tuning).warm();
			expect(surveys).toBe(1);
			// far: the anchors the other session's survey stored serve it
			expect((await byEmail.page(1_000, 10)).map((c) => c.id)).toEqual(want.slice(1_000, 1_010));
			expect(surveys).toBe(1);
		} finally {
			setSurveyor(undefined);
		}
	});
});
