// the merges that came after a given one and built on its result: later merges into the same
// survivor, the merge that absorbed that survivor into another contact, merges into that one, and
// so on. the last contact of that path holds the merge's values now, and is what an unmerge edits.

import type { MergeRecord, MergeSide } from './merge-types';

/** a later merge of the path, and which of its two inputs held the earlier merge's result */
export interface PathStep<R extends MergeRecord> {
	record: R;
	side: MergeSide;
}

export interface UnmergeScope<R extends MergeRecord> {
	/** the id of the contact that holds the merge's result now: pass it as `current` */
	holderId: string;
	/** the later records on the path, in order: pass them as `later` */
	later: R[];
}

/**
 * the path of later merges, from `records`: the active (not undone) merge records, in the order
 * they were made. order is by `at`, and by position in `records` for equal `at`, so records of one
 * chain must either have distinct `at` values or come in the order they were made (v7 ids do).
 * records before `record` or off its path are ignored.
 */
export function pathAfter<R extends MergeRecord>(
	record: MergeRecord,
	records: readonly R[]
): PathStep<R>[] {
	const ordered = [...records].sort((a, b) => a.at - b.at);
	const own = ordered.findIndex((other) => isSameRecord(other, record));
	const candidates =
		own === -1 ? ordered.filter((other) => other.at > record.at) : ordered.slice(own + 1);

	const steps: PathStep<R>[] = [];
	let holder = record.survivorId;
	for (const other of candidates) {
		if (other.survivorId === holder) steps.push({ record: other, side: 'survivor' });
		else if (other.absorbedId === holder) {
			steps.push({ record: other, side: 'absorbed' });
			holder = other.survivorId;
		}
	}
	return steps;
}

export function unmergeScope<R extends MergeRecord>(
	record: MergeRecord,
	records: readonly R[]
): UnmergeScope<R> {
	const steps = pathAfter(record, records);
	return {
		holderId: steps.at(-1)?.record.survivorId ?? record.survivorId,
		later: steps.map((step) => step.record)
	};
}

// an absorbed contact exists no more, so among active records its id names one merge; `at` tells
// it apart from an earlier, undone merge of the same contact
function isSameRecord(a: MergeRecord, b: MergeRecord): boolean {
	return (
		a === b || (a.absorbedId === b.absorbedId && a.survivorId === b.survivorId && a.at === b.at)
	);
}
