import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarnetDatabase } from '../../../src/lib/db/database';
import { rememberUnscanned, takeUnscanned } from '../../../src/lib/db/unscanned-syncs';
import { fakeIndexedDb, uniqueName } from './harness';

// syncs the service worker ran in the background leave their duplicate scan to the next page
let db: CarnetDatabase;

beforeEach(() => {
	db = openDatabase(uniqueName(), fakeIndexedDb());
});

afterEach(async () => {
	await db.delete();
});

describe('background syncs awaiting their duplicate scan', () => {
	it('hands out each remembered sync once, in order, without repeats', async () => {
		expect(await takeUnscanned(db)).toEqual([]);
		await rememberUnscanned(db, ['job-1', 'job-2']);
		await rememberUnscanned(db, ['job-2', 'job-3']);
		await rememberUnscanned(db, []);
		expect(await takeUnscanned(db)).toEqual(['job-1', 'job-2', 'job-3']);
		expect(await takeUnscanned(db)).toEqual([]);
	});

	it('keeps what a later background sync remembers after a page took the earlier ones', async () => {
		await rememberUnscanned(db, ['job-1']);
		expect(await takeUnscanned(db)).toEqual(['job-1']);
		await rememberUnscanned(db, ['job-4']);
		expect(await takeUnscanned(db)).toEqual(['job-4']);
	});
});
