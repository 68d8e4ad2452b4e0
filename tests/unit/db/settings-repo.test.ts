import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { getSetting, setSetting } from '../../../src/lib/db/settings-repo';
import { fakeIndexedDb, uniqueName } from './harness';

let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	await db.delete();
});

describe('settings repo', () => {
	it('answers undefined for a setting never set', async () => {
		expect(await getSetting(db, 'defaultCountry')).toBeUndefined();
	});

	it('round-trips a value of each type', async () => {
		await setSetting(db, 'defaultCountry', 'DE');
		await setSetting(db, 'requirePhone', false);
		await setSetting(db, 'persistAsked', true);
		expect(await getSetting(db, 'defaultCountry')).toBe('DE');
		// false must come back as false, not as "missing"
		expect(await getSetting(db, 'requirePhone')).toBe(false);
		expect(await getSetting(db, 'persistAsked')).toBe(true);
	});

	it('keeps createdAt and moves updatedAt when a setting changes', async () => {
		await setSetting(db, 'defaultCountry', 'DE', 1_000);
		expect(await db.settings.get('defaultCountry')).toEqual({
			key: 'defaultCountry',
			value: 'DE',
			createdAt: 1_000,
			updatedAt: 1_000
		});

		await setSetting(db, 'defaultCountry', 'FR', 2_000);
		expect(await db.settings.get('defaultCountry')).toEqual({
			key: 'defaultCountry',
			value: 'FR',
			createdAt: 1_000,
			updatedAt: 2_000
		});
		expect(await db.settings.count()).toBe(1);
	});

	it('stamps the current time by default', async () => {
		const before = Date.now();
		await setSetting(db, 'requirePhone', true);
		const row = await db.settings.get('requirePhone');
		expect(row?.createdAt).toBeGreaterThanOrEqual(before);
		expect(row?.updatedAt).toBe(row?.createdAt);
	});
});
