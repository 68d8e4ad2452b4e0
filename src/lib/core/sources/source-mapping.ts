// a source's mapping: detected once like an import's (suggestMapping), with every column the
// detection does not know going to a new custom field named after it, so nothing of the source is
// dropped unless the user says so. sources change their columns over time: at each sync the stored
// mapping is carried over to the new header by column name, and columns that appeared since are
// detected the same way.

import { foldText } from '../fold';
import { suggestMapping, type SuggestMappingOptions } from '../import/suggest-mapping';
import type { ColumnMapping, ColumnTarget } from '../import/types';

/** the first mapping of a source: the import's detection, unknown named columns as new fields */
export function detectSourceMapping(
	header: readonly string[],
	sample: readonly string[][],
	opts: SuggestMappingOptions = {}
): ColumnMapping {
	const suggested = suggestMapping(
		[...header],
		sample.map((row) => [...row]),
		opts
	);
	return suggested.map((target, column) => target ?? newFieldFor(header[column] ?? ''));
}

function newFieldFor(name: string): ColumnTarget | null {
	const label = name.replace(/\s+/g, ' ').trim();
	return label === '' ? null : { kind: 'newCustom', label };
}

export type AlignedMapping =
	| {
			ok: true;
			mapping: ColumnMapping;
			/** names of the columns the stored header did not have */
			added: string[];
			/** names of stored columns the new header lacks */
			removed: string[];
	  }
	/** neither a phone nor an e-mail column is left: the content is no longer a contacts table */
	| { ok: false; removed: string[] };

/** the stored mapping applied to the header the source has now */
export function alignMapping(
	storedHeader: readonly string[],
	storedMapping: ColumnMapping,
	header: readonly string[],
	sample: readonly string[][],
	opts: SuggestMappingOptions = {}
): AlignedMapping {
	// the n-th column of a name in the new header is the n-th column of that name before
	const storedAt = new Map<string, number[]>();
	storedHeader.forEach((name, column) => {
		const key = foldText(name.trim());
		storedAt.set(key, [...(storedAt.get(key) ?? []), column]);
	});
	const taken = new Map<string, number>();
	const fromStored: (number | undefined)[] = header.map((name) => {
		const key = foldText(name.trim());
		const nth = taken.get(key) ?? 0;
		taken.set(key, nth + 1);
		return storedAt.get(key)?.[nth];
	});
	const newIndex = new Map<number, number>();
	fromStored.forEach((stored, column) => {
		if (stored !== undefined) newIndex.set(stored, column);
	});

	const detected = fromStored.some((stored) => stored === undefined)
		? detectSourceMapping(header, sample, opts)
		: [];
	const mapping: ColumnMapping = fromStored.map((stored, column) => {
		if (stored === undefined) return detected[column] ?? null;
		const target = storedMapping[stored] ?? null;
		if (target?.kind !== 'phoneKind') return target;
		const of = newIndex.get(target.of);
		return of === undefined ? null : { kind: 'phoneKind', of };
	});
	const added = header.filter((_, column) => fromStored[column] === undefined);
	const removed = storedHeader.filter((_, column) => !newIndex.has(column));
	const reachable = mapping.some((target) => target?.kind === 'phone' || target?.kind === 'email');
	return reachable ? { ok: true, mapping, added, removed } : { ok: false, removed };
}
