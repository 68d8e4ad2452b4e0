// the full scan over contacts held in memory: block, compare each candidate pair once, keep the
// pairs at or above the threshold. the dedupe worker does the same over the database, block by
// block in key order (see blocking.ts and ownsPair), so that it never holds every contact.

import type { Contact } from '../contact';
import { profileKeys } from './blocking';
import { byScore } from './group';
import { countNamesakes, profileOf, type Profile } from './profile';
import { DEFAULT_DUPLICATE_THRESHOLD, compareProfiles, scoreProfiles } from './score';
import type { DuplicateOptions, DuplicatePair } from './types';

/**
 * a block with more members than this is not compared all against all (that would be quadratic:
 * a very common name, a postcode with thousands of people). its members are sorted instead, and
 * each is compared with its next BLOCK_WINDOW neighbours (a sorted-neighbourhood pass), so the
 * cost of the block grows linearly with its size.
 */
export const MAX_BLOCK_SIZE = 20;
// three neighbours: at a million generated contacts the window passes found 1,028 true pairs at
// distance 1, 87 at 2 or 3 and 47 at 4 to 10, which cost 3.5 times the comparisons of the first three
export const BLOCK_WINDOW = 3;

/**
 * true when the block `key` is the one that compares the pair, so that a pair sharing several keys
 * is compared once without remembering the pairs already seen: the first key (in sort order) the
 * two share whose block is small (`isSmall`), or, when they share only oversized blocks, the first
 * of those. (an oversized block compares neighbours only, so such a pair may not be compared at
 * all: the price of a scan that stays linear.) an oversized block of a split key (isSplitKey) is no
 * block: leave its key out of `keysA` and `keysB`.
 */
export function ownsPair(
	key: string,
	keysA: readonly string[],
	keysB: readonly string[],
	isSmall: (key: string) => boolean
): boolean {
	let firstShared: string | undefined;
	let i = 0;
	let j = 0;
	while (i < keysA.length && j < keysB.length) {
		const ka = keysA[i] ?? '';
		const kb = keysB[j] ?? '';
		if (ka < kb) i++;
		else if (kb < ka) j++;
		else {
			if (isSmall(ka)) return ka === key;
			firstShared ??= ka;
			i++;
			j++;
		}
	}
	return firstShared === key;
}

/**
 * true for a key whose block, when oversized, is not compared at all: its sub-blocks are (a name
 * block n: and its s: blocks by birthday or postcode, an address block a: or c: and its h: or v:
 * blocks by the surname's initial; see blocking.ts), so its window pass would mostly weigh
 * neighbours that the sub-blocks keep apart for good reason. such a block is no block for ownsPair
 * either.
 */
export function isSplitKey(key: string): boolean {
	return key.startsWith('n:') || key.startsWith('a:') || key.startsWith('c:');
}

/**
 * the order in which the members of an oversized block meet their neighbours: in a block of one
 * name sound, by birthday (day and month first, so that a date written without its year sits
 * beside the full one) and then by address; in other blocks, by name
 */
export function blockSortKey(key: string, profile: Profile): string {
	if (!key.startsWith('n:') && !key.startsWith('s:')) {
		return `${profile.last.compact}|${profile.first.compact}`;
	}
	const birth = profile.birth;
	const day = birth ? `${birth.month}-${birth.day}|${birth.year}` : '';
	return `${day}|${profile.postcode}|${profile.street?.compact ?? ''}`;
}

/** what a scan did: for the benchmarks and the quality test */
export interface ScanStats {
	contacts: number;
	/** distinct blocking keys (most hold one contact and cost nothing) */
	blocks: number;
	/** blocks above MAX_BLOCK_SIZE, compared with neighbours only (not the split ones: isSplitKey) */
	oversizedBlocks: number;
	/** pairs weighed: each candidate once, however many keys it shares */
	candidatePairs: number;
}

/**
 * every pair of `contacts` that scores at least `threshold` (DEFAULT_DUPLICATE_THRESHOLD), highest
 * score first, each with a < b. the same id passed twice counts once.
 */
export function findDuplicates(
	contacts: readonly Contact[],
	opts: DuplicateOptions = {}
): DuplicatePair[] {
	return scanDuplicates(contacts, opts).pairs;
}

/** findDuplicates, and what it took */
export function scanDuplicates(
	contacts: readonly Contact[],
	opts: DuplicateOptions = {}
): { pairs: DuplicatePair[]; stats: ScanStats } {
	const threshold = opts.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
	const uniqueFields = opts.uniqueFields ?? [];
	// a contact passed twice is one contact: the first copy counts
	const seen = new Set<string>();
	const profiles: Profile[] = [];
	for (const contact of contacts) {
		if (seen.has(contact.id)) continue;
		seen.add(contact.id);
		profiles.push(profileOf(contact, uniqueFields));
	}
	seen.clear();
	countNamesakes(profiles);

	// keys become their rank in sort order (the same order as the strings, compared as numbers); a
	// key that only one contact has can never be shared, so it is dropped: most keys are such
	const keyLists = profiles.map(profileKeys);
	const members = new Map<string, number[]>();
	keyLists.forEach((keys, index) => {
		for (const key of keys) {
			const list = members.get(key);
			if (list) list.push(index);
			else members.set(key, [index]);
		}
	});
	const keyCount = members.size;
	const sortedKeys = [...members.keys()]
		.filter((key) => {
			const size = members.get(key)?.length ?? 0;
			return size > 1 && !(size > MAX_BLOCK_SIZE && isSplitKey(key));
		})
		.sort();
	const rank = new Map<string, number>();
	sortedKeys.forEach((key, r) => rank.set(key, r));
	const blocks = sortedKeys.map((key) => members.get(key) ?? []);
	members.clear();
	const small = Uint8Array.from(blocks, (block) => (block.length <= MAX_BLOCK_SIZE ? 1 : 0));
	const ranks = keyLists.map((keys) => {
		const shared: number[] = [];
		for (const key of keys) {
			const r = rank.get(key);
			if (r !== undefined) shared.push(r);
		}
		return Int32Array.from(shared);
	});
	rank.clear();
	keyLists.length = 0;

	const pairs: DuplicatePair[] = [];
	let candidatePairs = 0;
	const consider = (i: number, j: number): void => {
		const p = profiles[i];
		const q = profiles[j];
		if (!p || !q) return;
		candidatePairs++;
		// the smaller id goes first, so that the reasons list its values first
		const [a, b] = p.id < q.id ? [p, q] : [q, p];
		// weigh first, explain only the pairs that are kept
		if (scoreProfiles(a, b, threshold) < threshold) return;
		const { score, reasons } = compareProfiles(a, b);
		pairs.push({ a: a.id, b: b.id, score, reasons });
	};

	const none = new Int32Array(0);
	blocks.forEach((block, r) => {
		if (block.length < 2) return;
		if (small[r] === 1) {
			for (let x = 0; x < block.length; x++) {
				const i = block[x] ?? 0;
				const ranksI = ranks[i] ?? none;
				for (let y = x + 1; y < block.length; y++) {
					const j = block[y] ?? 0;
					if (ownerRank(ranksI, ranks[j] ?? none, small) === r) consider(i, j);
				}
			}
			return;
		}
		const key = sortedKeys[r] ?? '';
		const ordered = block
			.map((index) => {
				const profile = profiles[index];
				return { index, sort: profile ? blockSortKey(key, profile) : '', id: profile?.id ?? '' };
			})
			.sort((x, y) => compareText(x.sort, y.sort) || compareText(x.id, y.id));
		for (let x = 0; x < ordered.length; x++) {
			const i = ordered[x]?.index ?? 0;
			const end = Math.min(ordered.length, x + 1 + BLOCK_WINDOW);
			for (let y = x + 1; y < end; y++) {
				const j = ordered[y]?.index ?? 0;
				if (ownerRank(ranks[i] ?? none, ranks[j] ?? none, small) === r) consider(i, j);
			}
		}
	});
	const stats: ScanStats = {
		contacts: profiles.length,
		blocks: keyCount,
		oversizedBlocks: small.reduce((count, isSmall) => count + (isSmall === 1 ? 0 : 1), 0),
		candidatePairs
	};
	return { pairs: pairs.sort(byScore), stats };
}

// ownsPair on ranks: the first small block two contacts share, else the first block, else -1
function ownerRank(a: Int32Array, b: Int32Array, small: Uint8Array): number {
	let firstShared = -1;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const ra = a[i] ?? 0;
		const rb = b[j] ?? 0;
		if (ra < rb) i++;
		else if (rb < ra) j++;
		else {
			if (small[ra] === 1) return ra;
			if (firstShared === -1) firstShared = ra;
			i++;
			j++;
		}
	}
	return firstShared;
}

function compareText(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}
