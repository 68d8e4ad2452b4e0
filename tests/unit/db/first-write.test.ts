import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/db/database';
import { firstWriteMiddleware } from '../../../src/lib/db/first-write';
import { getSetting, setSetting } from '../../../src/lib/db/settings-repo';
import { fakeIndexedDb, uniqueName } from './harness';

describe('firstWriteMiddleware', () => {
	it('tells once, on the first write and not on reads', async () => {
		const db = openDatabase(uniqueName(), fakeIndexedDb());
		let calls = 0;
		db.use(firstWriteMiddleware(() => (calls += 1)));
		await getSetting(db, 'defaultCountry');
		await Promise.resolve();
		expect(calls).toBe(0);

		await setSetting(db, 'defaultCountry', 'DE');
		await setSetting(db, 'requirePhone', true);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(calls).toBe(1);
		expect(await getSetting(db, 'defaultCountry')).toBe('DE');
		await db.delete();
	});
});
