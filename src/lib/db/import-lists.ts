// the lists a file's lists column names (`Choir, Newsletter`): a name the book has goes to that
// list (case and accents aside, as list names are unique), a name it lacks becomes a new list. the
// new list gets its id when a row first names it, so that rows can be prepared before their batch
// is written, and is created in the transaction of that batch: a list exists once a contact is in
// it, and an interrupted import leaves no list that no committed row named.

import { foldText } from '../core/fold';
import type { CarnetDatabase } from './database';
import { newId } from './ids';
import type { List } from './schema';

export class ImportLists {
	readonly #byName: Map<string, string>;
	#fresh: { id: string; name: string }[] = [];

	private constructor(byName: Map<string, string>) {
		this.#byName = byName;
	}

	static async load(db: CarnetDatabase): Promise<ImportLists> {
		const byName = new Map<string, string>();
		for (const list of await db.lists.toArray()) {
			const key = foldText(list.name);
			if (!byName.has(key)) byName.set(key, list.id);
		}
		return new ImportLists(byName);
	}

	/** the id of the list named so; a name the book lacks gets the id of a list still to create */
	readonly idOf = (name: string): string => {
		const key = foldText(name);
		const known = this.#byName.get(key);
		if (known !== undefined) return known;
		const id = newId();
		this.#byName.set(key, id);
		this.#fresh.push({ id, name });
		return id;
	};

	/** the lists named for the first time since the last call, as records to write */
	takeNew(now: number): List[] {
		const lists = this.#fresh.map(({ id, name }) => ({ id, name, createdAt: now, updatedAt: now }));
		this.#fresh = [];
		return lists;
	}
}
