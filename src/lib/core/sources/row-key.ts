// the key that recognises a row of a source from one sync to the next. like the import, a row is
// known by its phone or e-mail: the first one the row has, so that a corrected name or a new city
// keeps the key and the row counts as changed, not as one row gone and another new. a row without
// either (only possible where a name alone makes a valid contact) falls back to its fingerprint.
// two rows of one file with the same key are told apart by their order (#2, #3 …).

import type { Contact } from '../contact';
import { emailKey } from '../email';

export function baseRowKey(
	contact: Pick<Contact, 'phones' | 'emails'> | null,
	fingerprint: string
): string {
	const phone = contact?.phones[0]?.value;
	if (phone) return `phone:${phone}`;
	const email = contact?.emails[0]?.value;
	if (email) return `email:${emailKey(email)}`;
	return `row:${fingerprint}`;
}

/** hands out the keys of one sync's rows, numbering repeats */
export class RowKeys {
	readonly #seen = new Map<string, number>();

	next(contact: Pick<Contact, 'phones' | 'emails'> | null, fingerprint: string): string {
		const base = baseRowKey(contact, fingerprint);
		const count = (this.#seen.get(base) ?? 0) + 1;
		this.#seen.set(base, count);
		return count === 1 ? base : `${base}#${count}`;
	}

	/** every key handed out so far */
	*keys(): Generator<string> {
		for (const [base, count] of this.#seen) {
			yield base;
			for (let n = 2; n <= count; n++) yield `${base}#${n}`;
		}
	}

	has(key: string): boolean {
		const hash = key.lastIndexOf('#');
		const numbered = hash > 0 && /^\d+$/.test(key.slice(hash + 1));
		const base = numbered ? key.slice(0, hash) : key;
		const n = numbered ? Number(key.slice(hash + 1)) : 1;
		return n >= 1 && n <= (this.#seen.get(base) ?? 0);
	}
}
