// the merge scenario, seen from the page: the app's own merge and unmerge (merges-repo.ts) against
// the app's own database, one pair at a time, as a person merges from the merge screen. every merge
// is unmerged again, so the book is the same for the next run.

import { DEFAULT_DATABASE_NAME, openDatabase } from '../../src/lib/db/database';
import { mergeContacts, unmergeContact } from '../../src/lib/db/merges-repo';
import { longTasksBetween } from './long-tasks';
import type { MergeParams, PageMeasurement } from './protocol';
import { settle } from './timing';

export async function measureMerge(params: MergeParams): Promise<PageMeasurement> {
	const db = openDatabase(DEFAULT_DATABASE_NAME);
	try {
		await db.open();
		const total = await db.contacts.count();
		if (total < params.expected) {
			throw new Error(
				`the database holds ${total} contacts, the scenario needs ${params.expected}`
			);
		}
		// pairs spread over the whole book, chosen outside the timing: the i-th contact of the id
		// order and the one half the book further on
		const ids: string[] = [];
		const step = Math.max(1, Math.floor(total / 2 / params.pairs));
		for (let index = 0; index < params.pairs; index += 1) {
			const [first] = await db.contacts
				.offset(index * step)
				.limit(1)
				.primaryKeys();
			const [second] = await db.contacts
				.offset(Math.floor(total / 2) + index * step)
				.limit(1)
				.primaryKeys();
			if (first !== undefined && second !== undefined) ids.push(first, second);
		}

		const merges: number[] = [];
		const unmerges: number[] = [];
		const start = performance.now();
		for (let index = 0; index + 1 < ids.length; index += 2) {
			const survivor = ids[index] ?? '';
			const absorbed = ids[index + 1] ?? '';
			const mergeStart = performance.now();
			const merged = await mergeContacts(db, survivor, absorbed);
			merges.push(performance.now() - mergeStart);
			if (!merged.ok) throw new Error(`mergeContacts refused: ${merged.error}`);
			const unmergeStart = performance.now();
			const undone = await unmergeContact(db, merged.merges[0]?.id ?? '');
			unmerges.push(performance.now() - unmergeStart);
			if (!undone.ok) throw new Error(`unmergeContact refused: ${undone.error}`);
		}
		const end = performance.now();
		await settle();
		return {
			// the table's row shows the worse p95 of merge and unmerge; every figure is in the details
			wallMs: Math.max(percentile(merges, 0.95), percentile(unmerges, 0.95)),
			items: 0,
			longTasks: longTasksBetween(start, end),
			details: {
				contacts: total,
				pairs: merges.length,
				mergeP95Ms: percentile(merges, 0.95),
				mergeMedianMs: percentile(merges, 0.5),
				mergeMaxMs: Math.max(...merges),
				unmergeP95Ms: percentile(unmerges, 0.95),
				unmergeMedianMs: percentile(unmerges, 0.5),
				unmergeMaxMs: Math.max(...unmerges),
				elapsedMs: end - start
			}
		};
	} finally {
		db.close();
	}
}

// nearest rank: the smallest value with at least that share of the values at or below it
function percentile(values: readonly number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}
