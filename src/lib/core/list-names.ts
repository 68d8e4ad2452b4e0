// a contact's lists in one spreadsheet cell: `Choir, Newsletter`. a list name may hold a comma
// itself (`Newsletter, weekly`), so such a name is written in double quotes, the way a csv field
// is: `Choir, "Newsletter, weekly"`. a name is quoted only when it has to be, so what people type
// by hand (`Choir, Friends`, `The "A" team`) reads as they meant it.

import { foldText } from './fold';
import { cleanLine } from './text';

const NEEDS_QUOTES = /,|^\s*"/;

/** list names as the text of one cell */
export function joinListNames(names: readonly string[]): string {
	return names
		.map((name) => (NEEDS_QUOTES.test(name) ? `"${name.replaceAll('"', '""')}"` : name))
		.join(', ');
}

/**
 * the list names of a cell, in order, each once (names that differ only in case or accents are
 * one list, as in the lists table); empty names are left out. a quoted name ends at its closing quote; an unclosed quote runs to the end of the cell.
 */
export function splitListNames(cell: string): string[] {
	const names: string[] = [];
	const seen = new Set<string>();
	const keep = (name: string): void => {
		const cleaned = cleanLine(name);
		const key = foldText(cleaned);
		if (cleaned === '' || seen.has(key)) return;
		seen.add(key);
		names.push(cleaned);
	};
	let at = 0;
	while (at <= cell.length) {
		while (at < cell.length && /\s/.test(cell[at] as string)) at++;
		if (cell[at] === '"') {
			let name = '';
			at++;
			while (at < cell.length) {
				if (cell[at] === '"') {
					if (cell[at + 1] === '"') {
						name += '"';
						at += 2;
						continue;
					}
					at++;
					break;
				}
				name += cell[at];
				at++;
			}
			// anything between the closing quote and the next comma belongs to the name
			const comma = cell.indexOf(',', at);
			const end = comma === -1 ? cell.length : comma;
			keep(name + cell.slice(at, end));
			at = end + 1;
		} else {
			const comma = cell.indexOf(',', at);
			const end = comma === -1 ? cell.length : comma;
			keep(cell.slice(at, end));
			at = end + 1;
		}
	}
	return names;
}
