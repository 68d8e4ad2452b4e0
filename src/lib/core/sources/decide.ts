// the incremental decision for one row of a sync, and what is left over at the end. a row that the
// source had before with the same fingerprint is not written at all; a row gone from the source is
// only forgotten, never deleted from the book (the source may be a filtered view, or a mistake).

import type { FieldHashes } from './field-hashes';

/** what a sync remembers of a row of the source */
export interface RememberedRow {
	fingerprint: string;
	fields: FieldHashes;
}

export type RowDecision =
	/** the source did not have this row last time: imported as the import would */
	| { kind: 'new' }
	/** the source had it and it changed: written with the conflict rule */
	| { kind: 'changed'; previous: FieldHashes }
	/** same fingerprint as last time: nothing is written */
	| { kind: 'unchanged' };

export function decideRow(remembered: RememberedRow | undefined, fingerprint: string): RowDecision {
	if (remembered === undefined) return { kind: 'new' };
	if (remembered.fingerprint === fingerprint) return { kind: 'unchanged' };
	return { kind: 'changed', previous: remembered.fields };
}

/** the remembered keys this sync did not see: rows removed from the source */
export function goneKeys(
	remembered: Iterable<string>,
	seen: { has(key: string): boolean }
): string[] {
	const gone: string[] = [];
	for (const key of remembered) if (!seen.has(key)) gone.push(key);
	return gone;
}
