// three records of one person are three pairs; the duplicates page shows them as one group.

import type { DuplicatePair } from './types';

export interface DuplicateGroup {
	/** the contacts of the group, sorted */
	ids: string[];
	/** the pairs that tie them together, highest score first */
	pairs: DuplicatePair[];
	/** the highest score among the pairs */
	score: number;
}

/**
 * the connected groups of the pairs (union-find). a group of two is simply its pair; a pair of a
 * group of three or more may be missing (a–b and b–c found, a–c below the threshold), which is why
 * the group keeps the pairs it was made of.
 */
export function groupPairs(pairs: readonly DuplicatePair[]): DuplicateGroup[] {
	const parent = new Map<string, string>();
	const root = (id: string): string => {
		let node = id;
		for (
			let next = parent.get(node);
			next !== undefined && next !== node;
			next = parent.get(node)
		) {
			// path halving keeps the trees flat
			const grand = parent.get(next) ?? next;
			parent.set(node, grand);
			node = grand;
		}
		return node;
	};
	for (const { a, b } of pairs) {
		if (!parent.has(a)) parent.set(a, a);
		if (!parent.has(b)) parent.set(b, b);
		const ra = root(a);
		const rb = root(b);
		// the smaller id becomes the root, so groups come out the same whatever the order of pairs
		if (ra !== rb) {
			if (ra < rb) parent.set(rb, ra);
			else parent.set(ra, rb);
		}
	}
	const groups = new Map<string, DuplicateGroup>();
	for (const pair of pairs) {
		const key = root(pair.a);
		let group = groups.get(key);
		if (!group) {
			group = { ids: [], pairs: [], score: 0 };
			groups.set(key, group);
		}
		group.pairs.push(pair);
		group.score = Math.max(group.score, pair.score);
	}
	for (const id of parent.keys()) groups.get(root(id))?.ids.push(id);
	const result = [...groups.values()];
	for (const group of result) {
		group.ids.sort();
		group.pairs.sort(byScore);
	}
	return result.sort((x, y) => y.score - x.score || compareText(x.ids[0] ?? '', y.ids[0] ?? ''));
}

/** highest score first, then by ids, so that the same pairs always come out in the same order */
export function byScore(x: DuplicatePair, y: DuplicatePair): number {
	return y.score - x.score || compareText(x.a, y.a) || compareText(x.b, y.b);
}

function compareText(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}
