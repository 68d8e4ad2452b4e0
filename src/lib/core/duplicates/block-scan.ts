// the full scan of scanDuplicates, over a stream of contacts and without holding their profiles:
// the same blocks, the same owner for each pair, the same namesakes, hence the same pairs, in
// memory that stays within a few hundred bytes per contact (the dedupe worker runs it over a
// million contacts).
//
// 1. reading: each contact is profiled once, and only once: for its blocking keys, and into a
//    compact profile kept for the whole scan (profile-store.ts); the 53-bit hashes of its keys
//    (key-hash.ts) and of its name are kept too.
// 2. blocks: the hashes are counted partition by partition (a sorted copy of a slice, never of
//    all); a key that two or more contacts share is a block. each contact keeps the sorted list of
//    its blocks, each block the list of its members. the oversized blocks get their key strings back
//    (from one member), because their order as strings decides which of them compares a pair, and
//    the key tells whether the block is split (isSplitKey: then it is dropped, its sub-blocks stay).
// 3. comparing: the blocks go in groups of about `profileBudget` members, whose pairs are handed
//    on together; while a group is made, each of its small blocks lists the pairs it owns
//    (ownsPair), so that ownership is worked out once a pair. each candidate is first weighed from
//    what the store holds of the two without their profiles (score-bound.ts: names, birth date,
//    place, and the kinds of the blocks they share); only the few that may reach the threshold get
//    their profiles from the store, for the comparison scanDuplicates makes. (the scan once took
//    the profiles of every member of a group: at a million contacts, 3.5 M profiles, a fifth of its
//    time in collecting them again.)
//
// with `focus`, only the keys of those contacts are blocked and only pairs with one of them are
// compared: the scan after an import, whose memory and comparing follow the import's size. the
// whole book is still read, since the size of each block and the namesakes of each name are the
// book's.

import type { Contact } from '../contact';
import { forEachKey, profileKeys } from './blocking';
import {
	BLOCK_WINDOW,
	MAX_BLOCK_SIZE,
	blockSortKey,
	isSplitKey,
	type ScanStats
} from './find-duplicates';
import { GrowableFloat64, GrowableUint32, GrowableUint8 } from './growable';
import { byScore } from './group';
import { HASH_LIMIT, NO_HASH, hashKey } from './key-hash';
import { hashKind, kindHash } from './key-kinds';
import { nameProfile } from './name-profile';
import { profileOf, type Profile } from './profile';
import { ProfileStore } from './profile-store';
import { DEFAULT_DUPLICATE_THRESHOLD, compareProfiles, scoreProfiles, scoresBelow } from './score';
import { boundBits, kindBit, type PairSketch } from './score-bound';
import type { DuplicateOptions, DuplicatePair } from './types';
import { NAMESAKE_REFERENCE } from './weights';

export interface BlockScanProgress {
	phase: 'reading' | 'comparing';
	/** contacts read, or blocks compared so far */
	done: number;
	total: number;
}

export interface BlockScanOptions extends DuplicateOptions {
	/**
	 * the contacts whose pairs are wanted (the new and changed ones of an import), in chunks; absent:
	 * every pair. each must also come in the stream, as the book holds it.
	 */
	focus?: Iterable<readonly Contact[]> | AsyncIterable<readonly Contact[]>;
	/**
	 * how many contacts' blocks the comparing takes at once, whose pairs then go to onPairs
	 * together; a block always comes whole, so it may exceed it
	 */
	profileBudget?: number;
	/** the size of the book, for progress */
	total?: number;
	onProgress?: (progress: BlockScanProgress) => void;
	/** asked between chunks and groups; true stops the scan (completed: false) */
	shouldStop?: () => boolean;
	/** takes the pairs of each group as they are found; then the result's `pairs` stays empty */
	onPairs?: (pairs: DuplicatePair[]) => void | Promise<void>;
	/**
	 * called now and then while comparing (every PAUSE_EVERY candidates or blocks); a promise it
	 * returns is awaited. the dedupe worker saves a group's pairs while the next group is compared,
	 * and its saving needs the worker's turns to go on
	 */
	pause?: () => Promise<void> | undefined;
}

export interface BlockScanResult {
	completed: boolean;
	/** every pair, highest score first, unless `onPairs` took them */
	pairs: DuplicatePair[];
	/** how many pairs were found */
	found: number;
	stats: ScanStats & {
		/**
		 * groups of blocks compared, and profiles taken from the store for them: for the candidates
		 * that score-bound.ts could not rule out, and for the members of oversized blocks
		 */
		groups: number;
		profiled: number;
		/** bytes the stored profiles took (an estimate: most of them are strings on the js heap) */
		recordBytes: number;
		/**
		 * bytes of the typed arrays at their peak (while the blocks are built): held outside the js
		 * heap, so a heap sampler does not see them
		 */
		arrayBytes: number;
	};
}

// a group holds no profiles, only its pairs: a book up to ONE_GROUP is compared in one, a bigger
// one in groups of GROUP_BUDGET contacts, whose pairs (about one in ten contacts has one, each
// with its reasons) are handed on as each group ends
const ONE_GROUP = 120_000;
// how often the comparing offers to pause (see BlockScanOptions.pause): a few milliseconds of work
export const PAUSE_EVERY = 4_096;
const GROUP_BUDGET = 40_000;
// hashes sorted at once while counting: 32 MB (each partition is a pass over all the hashes: at a
// million contacts, 3 passes over 12 M of them instead of 12)
const PARTITION = 1 << 22;

/**
 * the pairs scanDuplicates would find among the streamed contacts (each contact once), or with
 * `focus` those of them that involve a focus contact
 */
export async function scanDuplicatesInBlocks(
	chunks: AsyncIterable<readonly Contact[]> | Iterable<readonly Contact[]>,
	opts: BlockScanOptions = {}
): Promise<BlockScanResult> {
	const threshold = opts.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
	const uniqueFields = opts.uniqueFields ?? [];
	const stopped = (): boolean => opts.shouldStop?.() ?? false;
	const stats: BlockScanResult['stats'] = {
		contacts: 0,
		blocks: 0,
		oversizedBlocks: 0,
		candidatePairs: 0,
		groups: 0,
		profiled: 0,
		recordBytes: 0,
		arrayBytes: 0
	};
	const stop = (): BlockScanResult => ({ completed: false, pairs: [], found: 0, stats });

	// 1. reading
	let focusKeys: Set<number> | null = null;
	const focusIds = new Set<string>();
	if (opts.focus) {
		focusKeys = new Set();
		for await (const chunk of opts.focus) {
			for (const contact of chunk) {
				focusIds.add(contact.id);
				for (const key of profileKeys(profileOf(contact, uniqueFields))) {
					focusKeys.add(kindHash(key));
				}
			}
		}
	}
	const total = opts.total ?? 0;
	const store = new ProfileStore(focusKeys ? 1024 : total);
	// about 11 keys a contact (generated people: 11.3): room for them at once, since growing the
	// buffer holds the old and the new one together (at a million, 64 MB and 96 MB). a scan after an
	// import keeps only the keys of the import's blocks
	const keyHashes = new GrowableFloat64(focusKeys ? 1024 : total * 12);
	const keyStart = new GrowableUint32(total + 1);
	keyStart.push(0);
	const bookNames = new GrowableFloat64(total);
	const names = new GrowableFloat64(focusKeys ? 1024 : total);
	const inFocus = new GrowableUint8(focusKeys ? 1024 : total);
	const own = new GrowableFloat64(64);
	for await (const chunk of chunks) {
		if (stopped()) return stop();
		for (const contact of chunk) {
			const profile = profileOf(contact, uniqueFields);
			const name = profile.nameKey === '' ? NO_HASH : hashKey(profile.nameKey);
			bookNames.push(name);
			const before = keyHashes.length;
			// the contact's key hashes, each once (a key may come twice: see forEachKey)
			own.clear();
			forEachKey(profile, (key) => own.push(kindHash(key)));
			const hashes = own.view().sort();
			for (let k = 0; k < hashes.length; k++) {
				const hash = hashes[k] ?? NO_HASH;
				if (k > 0 && hash === hashes[k - 1]) continue;
				if (!focusKeys || focusKeys.has(hash)) keyHashes.push(hash);
			}
			if (keyHashes.length === before) continue;
			store.add(profile);
			keyStart.push(keyHashes.length);
			names.push(name);
			inFocus.push(focusIds.has(contact.id) ? 1 : 0);
		}
		stats.contacts = bookNames.length;
		opts.onProgress?.({ phase: 'reading', done: stats.contacts, total });
	}
	stats.recordBytes = store.bytes;

	// 2. blocks
	const namesakeCounts = countNamesakes(bookNames.view(), names.view());
	const namesakes = (index: number): number => namesakeCounts[index] ?? 1;
	bookNames.release();
	names.release();
	const counted = countShared(keyHashes.view());
	stats.blocks = counted.distinct;
	// the kind of each block, from its hash (see key-kinds.ts)
	const kinds = Uint8Array.from(counted.hashes, hashKind);
	const held =
		kinds.byteLength +
		store.arrayBytes +
		keyStart.bytes +
		namesakeCounts.byteLength +
		inFocus.bytes +
		counted.hashes.byteLength +
		counted.counts.byteLength;
	const hashBytes = keyHashes.bytes;
	const blocks = buildBlocks(keyHashes, keyStart.view(), counted.hashes, counted.counts);
	keyStart.release();
	// the key hashes are let go before the members are listed (see buildBlocks)
	const blockBytes = blocks.start.byteLength + blocks.contactStart.byteLength;
	stats.arrayBytes =
		held +
		blockBytes +
		blocks.contactBlocks.byteLength +
		Math.max(hashBytes, blocks.members.byteLength);
	const oversizedKeys = new Map<number, string>();
	// an oversized block that its sub-blocks stand in for (isSplitKey) is no block at all: not
	// compared, and never the owner of a pair
	const dropped = new Uint8Array(counted.hashes.length);
	for (let b = 0; b < counted.hashes.length; b++) {
		if ((counted.counts[b] ?? 0) <= MAX_BLOCK_SIZE) continue;
		const member = blocks.members[blocks.start[b] ?? 0] ?? 0;
		const keys = profileKeys(store.profile(member));
		const hash = counted.hashes[b];
		const key = keys.find((k) => kindHash(k) === hash) ?? '';
		if (isSplitKey(key)) dropped[b] = 1;
		else oversizedKeys.set(b, key);
	}
	stats.oversizedBlocks = oversizedKeys.size;
	// the oversized blocks in the order of their keys: the first a pair shares is the one that may
	// compare it (ownsPair); among small ones any will do, so they keep the order of their hashes
	const oversizedRank = new Int32Array(counted.hashes.length).fill(-1);
	[...oversizedKeys]
		.sort(([, x], [, y]) => (x < y ? -1 : x > y ? 1 : 0))
		.forEach(([b], rank) => (oversizedRank[b] = rank));
	const blockCount = counted.hashes.length;
	// the blocks are known by their numbers from here on
	counted.hashes = new Float64Array(0);
	counted.counts = new Uint32Array(0);

	const owner = (i: number, j: number): number => {
		let best = -1;
		let x = blocks.contactStart[i] ?? 0;
		let y = blocks.contactStart[j] ?? 0;
		const xEnd = blocks.contactStart[i + 1] ?? 0;
		const yEnd = blocks.contactStart[j + 1] ?? 0;
		while (x < xEnd && y < yEnd) {
			const bx = blocks.contactBlocks[x] ?? 0;
			const by = blocks.contactBlocks[y] ?? 0;
			if (bx < by) x++;
			else if (by < bx) y++;
			else if (dropped[bx] === 1) {
				x++;
				y++;
			} else {
				const rank = oversizedRank[bx] ?? -1;
				if (rank === -1) return bx;
				if (best === -1 || rank < (oversizedRank[best] ?? 0)) best = bx;
				x++;
				y++;
			}
		}
		return best;
	};

	// owner(i, j) === b for a small block b of both: no small block before b is shared. the blocks
	// after b need not be looked at, and b ends the walk
	const ownsSmall = (b: number, i: number, j: number): boolean => {
		let x = blocks.contactStart[i] ?? 0;
		let y = blocks.contactStart[j] ?? 0;
		for (;;) {
			const bx = blocks.contactBlocks[x] ?? b;
			const by = blocks.contactBlocks[y] ?? b;
			if (bx < by) x++;
			else if (by < bx) y++;
			else if (bx >= b) return true;
			else if (dropped[bx] !== 1 && oversizedRank[bx] === -1) return false;
			else {
				x++;
				y++;
			}
		}
	};

	// the kinds of the blocks two contacts share, a bit each (see score-bound.ts)
	const sharedKinds = (i: number, j: number): number => {
		let shared = 0;
		let x = blocks.contactStart[i] ?? 0;
		let y = blocks.contactStart[j] ?? 0;
		const xEnd = blocks.contactStart[i + 1] ?? 0;
		const yEnd = blocks.contactStart[j + 1] ?? 0;
		while (x < xEnd && y < yEnd) {
			const bx = blocks.contactBlocks[x] ?? 0;
			const by = blocks.contactBlocks[y] ?? 0;
			if (bx < by) x++;
			else if (by < bx) y++;
			else {
				shared |= kindBit(kinds[bx] ?? 0);
				x++;
				y++;
			}
		}
		return shared;
	};

	// 3. comparing
	const focusOnly = focusKeys !== null;
	const focused = inFocus.view();
	const budget = opts.profileBudget ?? (store.size <= ONE_GROUP ? ONE_GROUP : GROUP_BUDGET);
	const collected: DuplicatePair[] = [];
	let found = 0;
	// the pairs that the small blocks of the group own, two indexes each: found while the group is
	// made, so that ownership is worked out once a pair
	const ownedPairs = new GrowableUint32(1024);
	const blockPairs = new GrowableUint32(1024);
	// the profiles of an oversized block's members, while it is compared (they are sorted)
	const blockProfiles = new Map<number, Profile>();
	const profileAt = (index: number): Profile => {
		const known = blockProfiles.get(index);
		if (known) return known;
		stats.profiled++;
		const profile = store.profile(index);
		if (profile.nameKey !== '') profile.namesakes = namesakes(index);
		return profile;
	};
	// two sketches, filled again for each candidate (nothing is made for it)
	const sketchA = emptySketch();
	const sketchB = emptySketch();
	const sketchOf = (index: number, into: PairSketch): PairSketch => {
		store.sketch(index, NAMESAKE_REFERENCE, into);
		if (into.first.compact !== '' || into.last.compact !== '') into.namesakes = namesakes(index);
		return into;
	};
	let pairs: DuplicatePair[] = [];
	let paused = 0;
	const below = scoresBelow(threshold);
	const consider = (i: number, j: number): void => {
		stats.candidatePairs++;
		const most = boundBits(sketchOf(i, sketchA), sketchOf(j, sketchB), sharedKinds(i, j), below);
		if (most !== Infinity && below(most)) return;
		const p = profileAt(i);
		const q = profileAt(j);
		const [a, b] = p.id < q.id ? [p, q] : [q, p];
		if (scoreProfiles(a, b, threshold) < threshold) return;
		const { score, reasons } = compareProfiles(a, b);
		pairs.push({ a: a.id, b: b.id, score, reasons });
	};

	const compareGroup = async (oversized: number[]): Promise<void> => {
		stats.groups++;
		pairs = [];
		const owned = ownedPairs.view();
		for (let k = 0; k < owned.length; k += 2) {
			consider(owned[k] ?? 0, owned[k + 1] ?? 0);
			if (k % (2 * PAUSE_EVERY) === 0) await opts.pause?.();
		}
		for (const b of oversized) {
			const members = blocks.members.subarray(blocks.start[b] ?? 0, blocks.start[b + 1] ?? 0);
			const key = oversizedKeys.get(b) ?? '';
			for (const index of members) blockProfiles.set(index, profileAt(index));
			const ordered = [...members]
				.map((index) => {
					const profile = profileAt(index);
					return { index, sort: blockSortKey(key, profile), id: profile.id };
				})
				.sort((x, y) => compareText(x.sort, y.sort) || compareText(x.id, y.id));
			for (let x = 0; x < ordered.length; x++) {
				const i = ordered[x]?.index ?? 0;
				const end = Math.min(ordered.length, x + 1 + BLOCK_WINDOW);
				for (let y = x + 1; y < end; y++) {
					const j = ordered[y]?.index ?? 0;
					if (focusOnly && focused[i] !== 1 && focused[j] !== 1) continue;
					if (owner(i, j) === b) consider(i, j);
					if (++paused % PAUSE_EVERY === 0) await opts.pause?.();
				}
			}
			blockProfiles.clear();
		}
		found += pairs.length;
		if (opts.onPairs) await opts.onPairs(pairs);
		else collected.push(...pairs);
	};

	// the members of a small block that have a pair this block owns, its pairs going to
	// `blockPairs`. a pair that another block owns is compared there, so a contact whose pairs all
	// belong elsewhere is not profiled for this block
	const marked = new Int32Array(store.size).fill(-1);
	const ownedBy = (b: number, members: Uint32Array): Uint32Array => {
		blockPairs.clear();
		let count = 0;
		for (let x = 0; x < members.length; x++) {
			const i = members[x] ?? 0;
			for (let y = x + 1; y < members.length; y++) {
				const j = members[y] ?? 0;
				if (focusOnly && focused[i] !== 1 && focused[j] !== 1) continue;
				if (!ownsSmall(b, i, j)) continue;
				blockPairs.push(i);
				blockPairs.push(j);
				if (marked[i] !== b) {
					marked[i] = b;
					count++;
				}
				if (marked[j] !== b) {
					marked[j] = b;
					count++;
				}
			}
		}
		if (count === members.length) return members;
		return members.filter((index) => marked[index] === b);
	};

	const stamp = new Int32Array(store.size).fill(-1);
	let group = 0;
	let groupOversized: number[] = [];
	let groupMembers: number[] = [];
	opts.onProgress?.({ phase: 'comparing', done: 0, total: blockCount });
	for (let b = 0; b < blockCount; b++) {
		if (b % PAUSE_EVERY === 0) await opts.pause?.();
		if (dropped[b] === 1) continue;
		const all = blocks.members.subarray(blocks.start[b] ?? 0, blocks.start[b + 1] ?? 0);
		// an oversized block needs all its members profiled (they are sorted)
		const isOversized = oversizedKeys.has(b);
		const members = isOversized ? all : ownedBy(b, all);
		// an oversized block of an import's key may hold no focus contact (one was deleted meanwhile)
		if (members.length === 0 || (focusOnly && !members.some((i) => focused[i] === 1))) continue;
		let fresh = 0;
		for (const index of members) if (stamp[index] !== group) fresh++;
		if (groupMembers.length > 0 && groupMembers.length + fresh > budget) {
			if (stopped()) return stop();
			await compareGroup(groupOversized);
			opts.onProgress?.({ phase: 'comparing', done: b, total: blockCount });
			group++;
			groupOversized = [];
			groupMembers = [];
			ownedPairs.clear();
		}
		for (const index of members) {
			if (stamp[index] === group) continue;
			stamp[index] = group;
			groupMembers.push(index);
		}
		if (isOversized) groupOversized.push(b);
		else ownedPairs.append(blockPairs.view());
	}
	if (groupMembers.length > 0) {
		if (stopped()) return stop();
		await compareGroup(groupOversized);
	}
	opts.onProgress?.({ phase: 'comparing', done: blockCount, total: blockCount });
	return { completed: true, pairs: collected.sort(byScore), found, stats };
}

// how many contacts of the book carry the name of each kept contact (countNamesakes, by hash)
function countNamesakes(bookNames: Float64Array, names: Float64Array): Uint32Array {
	const sorted = Float64Array.from(bookNames).sort();
	return Uint32Array.from(names, (name) => upperBound(sorted, name) - lowerBound(sorted, name));
}

/** the hashes that two or more entries share, sorted, with their counts; and how many are distinct */
function countShared(hashes: Float64Array): {
	hashes: Float64Array;
	counts: Uint32Array;
	distinct: number;
} {
	const parts = Math.max(1, Math.ceil(hashes.length / PARTITION));
	// partition p holds the hashes from bounds[p] up to bounds[p + 1]: each pass over the hashes
	// then compares instead of dividing (at a million contacts, a dozen passes over 12 M hashes)
	const width = HASH_LIMIT / parts;
	const bounds = Float64Array.from({ length: parts + 1 }, (_, p) =>
		p === parts ? Infinity : p * width
	);
	const partOf = (hash: number): number => {
		let p = Math.min(parts - 1, Math.floor(hash / width));
		while (p > 0 && hash < (bounds[p] ?? 0)) p--;
		while (hash >= (bounds[p + 1] ?? Infinity)) p++;
		return p;
	};
	const sizes = new Uint32Array(parts);
	for (const hash of hashes) sizes[partOf(hash)] = (sizes[partOf(hash)] ?? 0) + 1;
	const shared = new GrowableFloat64(1024);
	const counts = new GrowableUint32(1024);
	let distinct = 0;
	for (let part = 0; part < parts; part++) {
		const slice = new Float64Array(sizes[part] ?? 0);
		const low = bounds[part] ?? 0;
		const high = bounds[part + 1] ?? Infinity;
		let n = 0;
		for (const hash of hashes) if (hash >= low && hash < high) slice[n++] = hash;
		slice.sort();
		let run = 0;
		for (let k = 0; k <= slice.length; k++) {
			if (k < slice.length && run > 0 && slice[k] === slice[k - 1]) {
				run++;
				continue;
			}
			if (run > 0) distinct++;
			if (run > 1) {
				shared.push(slice[k - 1] ?? 0);
				counts.push(run);
			}
			run = 1;
		}
	}
	return { hashes: shared.view().slice(), counts: counts.view().slice(), distinct };
}

interface Blocks {
	/** where each block's members start in `members` (one more entry than blocks) */
	start: Uint32Array;
	/** the members of every block, each block's in ascending order */
	members: Uint32Array;
	/** where each contact's blocks start in `contactBlocks` */
	contactStart: Uint32Array;
	/** the blocks of every contact, each contact's in ascending order */
	contactBlocks: Uint32Array;
}

// first each contact's blocks from its key hashes, then (the hashes let go: at a million contacts
// they take ~90 MB) each block's members from the contacts' blocks, so that the hashes and the
// members are never held at once
function buildBlocks(
	keyHashes: GrowableFloat64,
	keyStart: Uint32Array,
	shared: Float64Array,
	counts: Uint32Array
): Blocks {
	const start = new Uint32Array(shared.length + 1);
	for (let b = 0; b < shared.length; b++) start[b + 1] = (start[b] ?? 0) + (counts[b] ?? 0);
	const contactBlocks = new Uint32Array(start[shared.length] ?? 0);
	const contacts = keyStart.length - 1;
	const contactStart = new Uint32Array(contacts + 1);
	const hashes = keyHashes.view();
	const find = blockFinder(shared);
	let written = 0;
	for (let index = 0; index < contacts; index++) {
		const first = written;
		for (let k = keyStart[index] ?? 0; k < (keyStart[index + 1] ?? 0); k++) {
			const b = find(hashes[k] ?? NO_HASH);
			if (b !== -1) contactBlocks[written++] = b;
		}
		contactBlocks.subarray(first, written).sort();
		contactStart[index + 1] = written;
	}
	keyHashes.release();
	const members = new Uint32Array(contactBlocks.length);
	const fill = start.slice(0, shared.length);
	for (let index = 0; index < contacts; index++) {
		for (let k = contactStart[index] ?? 0; k < (contactStart[index + 1] ?? 0); k++) {
			const b = contactBlocks[k] ?? 0;
			members[fill[b] ?? 0] = index;
			fill[b] = (fill[b] ?? 0) + 1;
		}
	}
	return { start, members, contactStart, contactBlocks };
}

// where a hash sits among the sorted shared ones, or -1. the hashes are spread evenly, so their top
// BUCKET_BITS bits point to a run of two or three candidates: at a million contacts a binary
// search for each of 12 M hashes took ten seconds, mostly waiting for memory
const BUCKET_BITS = 20;
const BUCKET_WIDTH = HASH_LIMIT / 2 ** BUCKET_BITS;

function blockFinder(sorted: Float64Array): (hash: number) => number {
	const buckets = 2 ** BUCKET_BITS;
	const bucketStart = new Uint32Array(buckets + 1);
	let at = 0;
	for (let bucket = 0; bucket <= buckets; bucket++) {
		while (at < sorted.length && Math.floor((sorted[at] ?? 0) / BUCKET_WIDTH) < bucket) at++;
		bucketStart[bucket] = at;
	}
	return (hash) => {
		if (hash < 0) return -1;
		const bucket = Math.floor(hash / BUCKET_WIDTH);
		const end = bucketStart[bucket + 1] ?? 0;
		for (let k = bucketStart[bucket] ?? 0; k < end; k++) {
			const value = sorted[k] ?? 0;
			if (value === hash) return k;
			if (value > hash) return -1;
		}
		return -1;
	};
}

function lowerBound(sorted: Float64Array, value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((sorted[mid] ?? 0) < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

function upperBound(sorted: Float64Array, value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((sorted[mid] ?? 0) <= value) low = mid + 1;
		else high = mid;
	}
	return low;
}

function emptySketch(): PairSketch {
	const none = nameProfile('');
	return {
		first: none,
		last: none,
		namesakes: NAMESAKE_REFERENCE,
		birth: undefined,
		place: { postcode: '', city: '', region: '', country: '' },
		street: false,
		locals: false
	};
}

function compareText(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}
