// folds the log of order edits (list-edits.ts) into the stored anchors (list-anchors.ts), so that
// readers have little to apply. runs in the anchors worker with the survey (list-survey.ts): it reads
// the five anchor rows (~0.7 MB each at a million contacts) and the log, and writes the rows back at
// the log's last version, in a transaction that only touches the anchors table.

import type { CarnetDatabase } from './database';
import {
	FOLD_FROM,
	ORDER_INDEXES,
	ORDER_VERSION_KEY,
	anchorsTable,
	isAnchors,
	keepsAnchors,
	logRows,
	orderRow,
	type OrderVersion
} from './list-anchors';
import { chainOf, changesIn, foldChain } from './list-edits';

/**
 * 'current': the stored anchors hold with an empty (or shorter) log; 'stale': they do not hold, a
 * survey must make new ones; 'wide': they hold, but writes left a stretch of some index without
 * anchors that a jump would walk (list-edits.ts, tooWide), which only a survey fills, or an older
 * version of the app stored them without their ends
 */
export type Folded = 'current' | 'stale' | 'wide';

export async function foldLog(db: CarnetDatabase): Promise<Folded> {
	const table = anchorsTable(db);
	// a fold that lost the race against another fold or a survey looks again
	for (let attempt = 0; attempt < 3; attempt += 1) {
		const { order, rows, log } = await db.transaction('r', table, async () => {
			const order = await orderRow(db);
			// nothing logged since the last fold or survey (as when a second session asks right
			// after the first one's fold): the rows need not be read
			if (order.version === order.base) return { order, rows: undefined, log: [] };
			if (order.base === undefined && order.version === '') return { order, rows: [], log: [] };
			const rows = (await table.bulkGet([...ORDER_INDEXES])).filter(isAnchors);
			return { order, rows, log: await logRows(db) };
		});
		if (rows === undefined) return order.wide === true ? 'wide' : 'current';
		// anchors that hold at the current version, from before writes logged (an older version of
		// the app made them): writes log from here on
		const base = order.base ?? order.version;
		const chain = chainOf(log, base, order.version);
		if (chain === undefined) return 'stale';
		const result = foldChain(rows, chain, base, order.version);
		if (result === undefined) return 'stale';
		const { folded, legacy, wide } = result;
		const done = await db.transaction('rw', table, async () => {
			const now = await orderRow(db);
			if (now.base !== order.base) return false;
			if (order.base === undefined && now.version !== order.version) return false;
			if (chain.length > 0 || legacy) await table.bulkPut(folded);
			// writes logged meanwhile stay in the log, which now starts at the folded version
			const next: OrderVersion = {
				...now,
				index: ORDER_VERSION_KEY,
				base: order.version,
				logged: Math.max(0, (now.logged ?? 0) - changesIn(chain)),
				wide
			};
			await table.put(next);
			// when writes start logging here, whatever the log held before is from older anchors
			const gone = order.base === undefined ? log : chain;
			await table.bulkDelete(gone.map((row) => row.index));
			return true;
		});
		if (!done) continue;
		// rows without ends hold, but a survey would keep an import's contacts anchored too
		return wide ? 'wide' : 'current';
	}
	return 'stale';
}

/**
 * after a job that wrote many contacts (an import, its undo): folds a log longer than readers should
 * apply, so that the list's next jump finds it short. never fails the job: a fold that did not
 * happen leaves the log to the list's own refresh.
 */
export async function foldAfterWrites(db: CarnetDatabase): Promise<void> {
	try {
		if (!keepsAnchors(db)) return;
		const order = await orderRow(db);
		if (order.base !== undefined && (order.logged ?? 0) > FOLD_FROM) await foldLog(db);
	} catch (error) {
		console.error(error);
	}
}
