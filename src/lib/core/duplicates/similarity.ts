// string comparators for names and streets. both work on folded text (see fold.ts) and count
// utf-16 code units, which is exact for the latin names we fold to. a scan calls them millions of
// times, so they reuse their scratch arrays instead of allocating per call.

let matchedScratch = new Uint8Array(64);
let positionsScratch = new Int32Array(64);

/**
 * jaro-winkler similarity in [0, 1]: 1 for equal strings. it rewards a shared beginning, which
 * suits names, where typos sit more often at the end than at the start.
 */
export function jaroWinkler(a: string, b: string): number {
	if (a === b) return 1;
	// the greedy matching can depend on which string comes first: a fixed order keeps it symmetric
	const jaro = a < b ? jaroSimilarity(a, b) : jaroSimilarity(b, a);
	let prefix = 0;
	const max = Math.min(4, a.length, b.length);
	while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
	return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * a cheap upper bound of jaroWinkler(a, b): a letter can only match a letter it equals, each once,
 * and the bonus is only that of the prefix the two share. letters are counted by their code's last
 * seven bits, which can only make the bound looser.
 */
export function jaroWinklerBound(a: string, b: string): number {
	if (a === b) return 1;
	if (a.length === 0 || b.length === 0) return 0;
	const counts = letterCounts;
	for (let i = 0; i < a.length; i++) {
		const code = a.charCodeAt(i) & 127;
		counts[code] = (counts[code] ?? 0) + 1;
	}
	let m = 0;
	for (let i = 0; i < b.length; i++) {
		const code = b.charCodeAt(i) & 127;
		const left = counts[code] ?? 0;
		if (left > 0) {
			counts[code] = left - 1;
			m++;
		}
	}
	for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127] = 0;
	if (m === 0) return 0;
	let prefix = 0;
	const max = Math.min(4, a.length, b.length);
	while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
	const jaro = (m / a.length + m / b.length + 1) / 3;
	return jaro + prefix * 0.1 * (1 - jaro);
}

// zero between calls of jaroWinklerBound
const letterCounts = new Int32Array(128);

function jaroSimilarity(a: string, b: string): number {
	if (a.length === 0 || b.length === 0) return 0;
	if (matchedScratch.length < b.length) matchedScratch = new Uint8Array(b.length * 2);
	if (positionsScratch.length < a.length) positionsScratch = new Int32Array(a.length * 2);
	const matchedB = matchedScratch;
	const positions = positionsScratch;
	matchedB.fill(0, 0, b.length);
	const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
	let matches = 0;
	for (let i = 0; i < a.length; i++) {
		const from = Math.max(0, i - window);
		const to = Math.min(b.length - 1, i + window);
		const ca = a.charCodeAt(i);
		for (let j = from; j <= to; j++) {
			if (matchedB[j] === 0 && ca === b.charCodeAt(j)) {
				matchedB[j] = 1;
				positions[matches++] = i;
				break;
			}
		}
	}
	if (matches === 0) return 0;
	let transpositions = 0;
	let k = 0;
	for (let j = 0; j < b.length; j++) {
		if (matchedB[j] === 0) continue;
		if (a.charCodeAt(positions[k] ?? 0) !== b.charCodeAt(j)) transpositions++;
		k++;
	}
	const m = matches;
	return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

let rowsScratch = new Int32Array(3 * 64);

/**
 * the edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment, the usual "damerau-levenshtein" of record linkage). stops early and returns
 * `max + 1` once the distance is sure to exceed `max`, since callers only ask "is it small".
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	const width = b.length + 1;
	if (rowsScratch.length < 3 * width) rowsScratch = new Int32Array(6 * width);
	const rows = rowsScratch;
	// three rows side by side: two rows back, the previous row and the current one
	let before = 0;
	let previous = width;
	let current = 2 * width;
	for (let j = 0; j < width; j++) rows[previous + j] = j;
	for (let i = 1; i <= a.length; i++) {
		rows[current] = i;
		let rowMin = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const cb = b.charCodeAt(j - 1);
			let value = Math.min(
				(rows[previous + j] ?? 0) + 1,
				(rows[current + j - 1] ?? 0) + 1,
				(rows[previous + j - 1] ?? 0) + (ca === cb ? 0 : 1)
			);
			if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
				value = Math.min(value, (rows[before + j - 2] ?? 0) + 1);
			}
			rows[current + j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		[before, previous, current] = [previous, current, before];
	}
	return rows[previous + b.length] ?? 0;
}

/**
 * true when at most one edit (a letter changed, added or dropped, or two neighbours swapped) turns
 * one string into the other: damerauLevenshtein(a, b) <= 1 in linear time.
 */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	const extra = long.length - short.length;
	if (extra > 1) return false;
	// the common start and the common end must leave at most one edit between them
	let start = 0;
	while (start < short.length && short.charCodeAt(start) === long.charCodeAt(start)) start++;
	let end = 0;
	while (
		end < short.length - start &&
		short.charCodeAt(short.length - 1 - end) === long.charCodeAt(long.length - 1 - end)
	) {
		end++;
	}
	const left = short.length - start - end;
	if (extra === 1) return left === 0;
	if (left <= 1) return true;
	// two neighbours swapped
	return (
		left === 2 &&
		short.charCodeAt(start) === long.charCodeAt(start + 1) &&
		short.charCodeAt(start + 1) === long.charCodeAt(start)
	);
}

/**
 * true when one slip of the keyboard (or two in a long word) turns one string into the other:
 * `meier`/`meir`, `schmidt`/`schmitd`. short strings need to be equal: `li`/`le` are two names.
 */
export function isTypo(a: string, b: string): boolean {
	const shorter = Math.min(a.length, b.length);
	if (shorter < 4) return false;
	if (shorter < 8) return withinOneEdit(a, b);
	if (Math.abs(a.length - b.length) > 2) return false;
	return damerauLevenshtein(a, b, 2) <= 2;
}

/**
 * two place or street names a typo or two apart. one or two edits keep jaro-winkler above 0.8, so
 * the edit distance is only worked out for the few pairs above it.
 */
export function similarText(a: string, b: string): boolean {
	if (jaroWinklerBound(a, b) < 0.8) return false;
	const similarity = jaroWinkler(a, b);
	if (similarity >= 0.9) return true;
	return similarity >= 0.8 && isTypo(a, b);
}
