// the note of a merged contact holds both notes, the older one first, separated by a blank line.
// notes are read as paragraphs (text between blank lines), so that a paragraph both notes have is
// written once, and so that an unmerge can take away exactly the paragraphs the absorbed contact
// brought, the way it takes away its phones: whatever the user wrote since stays.

import { LIST_RULES, unmergeEntries } from './identifier-lists';

const SEPARATOR = '\n\n';

// split and join are exact inverses for any text, extra blank lines included
function paragraphs(note: string): string[] {
	return note === '' ? [] : note.split(SEPARATOR);
}

/** `first` (the older note) whole, then the paragraphs of `second` it does not have yet */
export function combineNotes(first: string, second: string): string {
	const known = new Set(paragraphs(first));
	const added = paragraphs(second).filter((paragraph) => !known.has(paragraph));
	return [...paragraphs(first), ...added].join(SEPARATOR);
}

/**
 * the note an unmerge leaves on the survivor: its own paragraphs, then those written since the
 * merge or brought by contacts merged in later (`others`); a paragraph only the absorbed contact
 * brought leaves, one the user deleted since stays deleted.
 */
export function unmergeNote(
	current: string,
	merged: string,
	before: string,
	others: readonly string[]
): string {
	return unmergeEntries(
		{
			current: paragraphs(current),
			merged: paragraphs(merged),
			before: paragraphs(before),
			others: others.map(paragraphs),
			primary: false
		},
		LIST_RULES
	).join(SEPARATOR);
}
