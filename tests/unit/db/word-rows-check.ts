// shared by the search words tests: the rows the table holds, and the rows it must hold for a set of
// contacts (every word of each, once, from core's searchWords), both in the table's key order
import type { Contact } from '../../../src/lib/core/contact';
import { searchWords } from '../../../src/lib/core/search-words';
import type { CarnetDatabase } from '../../../src/lib/db/database';
import { WORDS_TABLE, type WordRowKey } from '../../../src/lib/db/word-rows';

export const byKey = ([a, x]: WordRowKey, [b, y]: WordRowKey): number =>
	a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0;

export function rowsFor(contacts: readonly Contact[]): WordRowKey[] {
	return contacts
		.flatMap((contact) =>
			[...new Set(searchWords(contact.keys.tokens, contact.keys.name))].map((word): WordRowKey => [
				word,
				contact.id
			])
		)
		.sort(byKey);
}

export async function storedRows(db: CarnetDatabase): Promise<WordRowKey[]> {
	return (await db.table(WORDS_TABLE).toCollection().primaryKeys()) as unknown as WordRowKey[];
}
