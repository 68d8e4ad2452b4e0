// a row's fingerprint: what tells a sync that a row of the source is the same as last time. it is
// taken over the cells by column name, so moving a column, renaming its case or padding a cell with
// spaces does not make every row look changed; empty cells are left out, so adding an empty column
// does not either.

import { foldText } from '../fold';

/** a 64-bit fnv-1a hash of the text as 16 hex digits (two 32-bit halves with different seeds) */
export function hashText(text: string): string {
	let low = 0x811c9dc5;
	let high = 0x050c5d1f;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		low = Math.imul(low ^ code, 0x01000193);
		high = Math.imul(high ^ code, 0x01000193);
		// mixing the halves keeps them from being two copies of the same walk
		high ^= low >>> 15;
	}
	return (low >>> 0).toString(16).padStart(8, '0') + (high >>> 0).toString(16).padStart(8, '0');
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** the fingerprint of one data row under its header */
export function rowFingerprint(header: readonly string[], values: readonly string[]): string {
	const cells: string[] = [];
	const length = Math.max(header.length, values.length);
	for (let column = 0; column < length; column++) {
		const value = squeeze(values[column] ?? '');
		if (value === '') continue;
		// a cell beyond the header has no name; its position is the best name it has
		const name = column < header.length ? foldText(squeeze(header[column] ?? '')) : `#${column}`;
		cells.push(`${name}\u001f${value}`);
	}
	cells.sort();
	return hashText(cells.join('\u001e'));
}
