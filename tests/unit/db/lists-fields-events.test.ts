import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import {
	addNote,
	deleteNote,
	eventData,
	listEvents,
	makeEvent,
	updateNote
} from '../../../src/lib/db/events-repo';
import {
	countValues,
	createField,
	deleteField,
	listFields,
	renameField,
	reorderFields,
	setFieldOptions,
	setFieldUnique
} from '../../../src/lib/db/fields-repo';
import {
	countMembers,
	createList,
	deleteList,
	getList,
	listLists,
	renameList
} from '../../../src/lib/db/lists-repo';
import { fakeIndexedDb, makeContact, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	await db.delete();
});

async function listId(name: string): Promise<string> {
	const result = await createList(db, name, 1);
	if (!result.ok) throw new Error(result.error);
	return result.list.id;
}

describe('lists', () => {
	it('creates with a cleaned name and refuses bad names', async () => {
		const choir = await createList(db, '  Choir\u0000 ', 5);
		expect(choir).toMatchObject({ ok: true, list: { name: 'Choir', createdAt: 5, updatedAt: 5 } });
		const cases = [
			{ name: 'blank', input: ' \t', expected: 'list.name_empty' },
			{ name: 'taken, ignoring case and accents', input: 'CHÖIR', expected: 'list.name_taken' },
			{ name: 'too long', input: 'x'.repeat(10_001), expected: 'field.too_long' }
		];
		for (const { name, input, expected } of cases) {
			expect(await createList(db, input), name).toEqual({ ok: false, error: expected });
		}
	});

	it('lists by name as people sort, numbers by value', async () => {
		for (const name of ['Zebra', 'äpfel', 'Apfel 10', 'Apfel 9', 'bären']) await listId(name);
		expect((await listLists(db, 'de')).map((list) => list.name)).toEqual([
			'äpfel',
			'Apfel 9',
			'Apfel 10',
			'bären',
			'Zebra'
		]);
	});

	it('renames, keeping its own name allowed and others refused', async () => {
		const a = await listId('A');
		await listId('B');
		expect(await renameList(db, a, 'a', 9)).toMatchObject({
			ok: true,
			list: { name: 'a', updatedAt: 9 }
		});
		expect(await renameList(db, a, 'b')).toEqual({ ok: false, error: 'list.name_taken' });
		expect(await renameList(db, 'missing', 'C')).toEqual({ ok: false, error: 'list.not_found' });
	});

	it('deletes a list and takes it out of its members, who stay', async () => {
		const choir = await listId('Choir');
		const band = await listId('Band');
		await db.contacts.bulkAdd([
			makeContact({ listIds: [choir, band] }),
			makeContact({ listIds: [choir] }),
			makeContact({ listIds: [band] })
		]);
		expect(await countMembers(db, choir)).toBe(2);
		expect(await deleteList(db, choir, 1_800_000_000_000)).toBe(2);
		expect(await getList(db, choir)).toBeUndefined();
		expect(await countMembers(db, choir)).toBe(0);
		expect(await db.contacts.count()).toBe(3);
		const lists = (await db.contacts.toArray()).map((contact) => contact.listIds);
		expect(lists.sort()).toEqual([[band], [band], []].sort());
		const touched = await db.contacts.toArray();
		expect(touched.filter((contact) => contact.updatedAt === 1_800_000_000_000)).toHaveLength(2);
	});
});

describe('custom fields', () => {
	it('creates fields in order and refuses bad ones', async () => {
		const voice = await createField(
			db,
			{ label: ' Voice ', type: 'choice', options: ['Alto', ' alto', '', 'Bass'] },
			3
		);
		expect(voice).toMatchObject({
			ok: true,
			field: { label: 'Voice', type: 'choice', options: ['Alto', 'Bass'], unique: false, order: 0 }
		});
		const member = await createField(db, { label: 'Member no.', type: 'text', unique: true });
		expect(member).toMatchObject({ ok: true, field: { order: 1, unique: true } });
		expect(member.ok && 'options' in member.field).toBe(false);
		const cases = [
			{
				name: 'blank label',
				input: { label: '', type: 'text' as const },
				expected: 'field.label_empty'
			},
			{
				name: 'taken label',
				input: { label: 'VOICE', type: 'number' as const },
				expected: 'field.label_taken'
			},
			{
				name: 'choice without options',
				input: { label: 'X', type: 'choice' as const, options: [' '] },
				expected: 'field.options_empty'
			}
		];
		for (const { name, input, expected } of cases) {
			expect(await createField(db, input), name).toEqual({ ok: false, error: expected });
		}
		expect((await listFields(db)).map((field) => field.label)).toEqual(['Voice', 'Member no.']);
	});

	it('renames, changes options, marks unique and reorders', async () => {
		const ids: string[] = [];
		for (const label of ['A', 'B', 'C']) {
			const result = await createField(db, { label, type: 'choice', options: ['x'] }, 1);
			if (result.ok) ids.push(result.field.id);
		}
		const [a = '', b = '', c = ''] = ids;
		expect(await renameField(db, a, 'Alpha', 7)).toMatchObject({
			ok: true,
			field: { label: 'Alpha', updatedAt: 7 }
		});
		expect(await renameField(db, a, 'b')).toEqual({ ok: false, error: 'field.label_taken' });
		expect(await renameField(db, 'missing', 'Z')).toEqual({ ok: false, error: 'field.not_found' });
		expect(await setFieldOptions(db, b, ['y', 'z'])).toMatchObject({
			ok: true,
			field: { options: ['y', 'z'] }
		});
		expect(await setFieldOptions(db, b, [])).toEqual({ ok: false, error: 'field.options_empty' });
		expect(await setFieldUnique(db, c, true)).toMatchObject({ ok: true, field: { unique: true } });
		const reordered = await reorderFields(db, [c, 'unknown', a]);
		expect(reordered.map((field) => [field.label, field.order])).toEqual([
			['C', 0],
			['Alpha', 1],
			['B', 2]
		]);
	});

	it('counts and deletes values in one go', async () => {
		const created = await createField(db, { label: 'Size', type: 'number' });
		if (!created.ok) throw new Error(created.error);
		const size = created.field.id;
		await db.contacts.bulkAdd([
			makeContact({ custom: { [size]: 38, other: 'keep' } }),
			makeContact({ custom: { [size]: 0 } }),
			makeContact({ custom: { [size]: null } }),
			makeContact({ custom: { [size]: '' } }),
			makeContact({ custom: {} })
		]);
		expect(await countValues(db, size)).toBe(2);
		expect(await deleteField(db, size, 9)).toBe(2);
		expect(await listFields(db)).toEqual([]);
		const customs = (await db.contacts.toArray()).map((contact) => contact.custom);
		expect(customs).toContainEqual({ other: 'keep' });
		expect(customs.filter((custom) => size in custom)).toEqual([]);
		expect(await deleteField(db, size)).toBe(-1);
	});

	it('scans past one chunk of contacts', async () => {
		const created = await createField(db, { label: 'Flag', type: 'boolean' });
		if (!created.ok) throw new Error(created.error);
		const flag = created.field.id;
		await db.contacts.bulkAdd(
			Array.from({ length: 4_500 }, (_, i) =>
				makeContact({ custom: i % 3 === 0 ? { [flag]: true } : {} })
			)
		);
		expect(await countValues(db, flag)).toBe(1_500);
		expect(await deleteField(db, flag)).toBe(1_500);
		expect(await countValues(db, flag)).toBe(0);
	}, 60_000);
});

describe('timeline and notes', () => {
	it('lists one contact’s events oldest first, ties in creation order', async () => {
		const ada = makeContact();
		await db.contacts.add(ada);
		const first = makeEvent(ada.id, 'created', 10, {});
		const second = makeEvent(ada.id, 'list-added', 10, { listId: 'l' });
		const earlier = makeEvent(ada.id, 'note', 5, {}, 'before');
		const other = makeEvent('someone-else', 'created', 7, {});
		await db.events.bulkAdd([second, other, first, earlier]);
		expect((await listEvents(db, ada.id)).map((event) => event.id)).toEqual([
			earlier.id,
			first.id,
			second.id
		]);
		expect(eventData(second, 'list-added')).toEqual({ listId: 'l' });
		expect(eventData(second, 'changed')).toBeUndefined();
	});

	it('adds, edits and deletes notes, and only notes', async () => {
		const ada = makeContact();
		await db.contacts.add(ada);
		const added = await addNote(db, ada.id, '  met at rehearsal\r\n\tbass  ', 100);
		if (!added.ok) throw new Error(added.error);
		expect(added.event).toMatchObject({ type: 'note', note: 'met at rehearsal\n\tbass', at: 100 });
		const edited = await updateNote(db, added.event.id, 'tenor', 200);
		expect(edited).toMatchObject({ ok: true, event: { note: 'tenor', at: 100, updatedAt: 200 } });
		const cases = [
			{ name: 'empty', input: () => addNote(db, ada.id, ' \n '), expected: 'note.empty' },
			{
				name: 'too long',
				input: () => addNote(db, ada.id, 'x'.repeat(10_001)),
				expected: 'field.too_long'
			},
			{
				name: 'no such contact',
				input: () => addNote(db, 'missing', 'x'),
				expected: 'note.not_found'
			},
			{
				name: 'no such note',
				input: () => updateNote(db, 'missing', 'x'),
				expected: 'note.not_found'
			}
		];
		for (const { name, input, expected } of cases) {
			expect(await input(), name).toEqual({ ok: false, error: expected });
		}
		const created = makeEvent(ada.id, 'created', 1, {});
		await db.events.add(created);
		expect(await updateNote(db, created.id, 'x')).toEqual({ ok: false, error: 'note.not_found' });
		expect(await deleteNote(db, created.id)).toBe(false);
		expect(await deleteNote(db, added.event.id)).toBe(true);
		expect((await listEvents(db, ada.id)).map((event) => event.type)).toEqual(['created']);
	});
});
