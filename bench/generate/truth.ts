// the truth beside a generated file: which rows describe the same person. a duplicate finder is
// scored against it (pairs it finds that are true, pairs it misses).

import type { Change, GeneratedRow } from './columns';

export const TRUTH_HEADER = 'row,personId,original,changes\n';

export type TruthEntry = Pick<GeneratedRow, 'row' | 'personId' | 'original' | 'changes'>;

/** `row,personId,original,changes`; changes are joined with `|` */
export function truthLine(entry: TruthEntry): string {
	return `${entry.row},${entry.personId},${entry.original ? 1 : 0},${entry.changes.join('|')}\n`;
}

/** reads a truth file's text back (the format of `truthLine`) */
export function parseTruth(text: string): TruthEntry[] {
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trim() !== TRUTH_HEADER.trim())
		throw new Error('not a truth file: unexpected header');
	const entries: TruthEntry[] = [];
	for (const line of lines.slice(1)) {
		if (!line) continue;
		const [row = '', personId = '', original = '', changes = ''] = line.split(',');
		entries.push({
			row: Number(row),
			personId: Number(personId),
			original: original === '1',
			changes: changes ? (changes.split('|') as Change[]) : []
		});
	}
	return entries;
}

/**
 * every pair of rows that describe the same person, as [smaller row, larger row], sorted. holds
 * one entry per person, so it is for scoring, not for streaming.
 */
export function truthPairs(
	entries: Iterable<Pick<TruthEntry, 'row' | 'personId'>>
): [number, number][] {
	const rowsByPerson = new Map<number, number[]>();
	for (const { row, personId } of entries) {
		const rows = rowsByPerson.get(personId);
		if (rows) rows.push(row);
		else rowsByPerson.set(personId, [row]);
	}
	const pairs: [number, number][] = [];
	for (const rows of rowsByPerson.values()) {
		if (rows.length < 2) continue;
		rows.sort((a, b) => a - b);
		for (let i = 0; i < rows.length; i++) {
			for (let j = i + 1; j < rows.length; j++) pairs.push([rows[i] ?? 0, rows[j] ?? 0]);
		}
	}
	return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
