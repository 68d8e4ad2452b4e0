// what an import knows about the book and about what it wrote itself: which phone and e-mail tokens
// the book held when the job started (a bloom filter, so that a row whose phones and e-mails are
// certainly new needs no index look-up), which of its own contacts holds each token it wrote (so that
// a row repeating an earlier row is read by id), and which identifiers are suppressed (a set; there
// are few). each index look-up is a round trip to IndexedDB, and a batch of 1,000 rows has ~3,000
// identifiers: looking every one up took longer than writing the batch.
//
// the book's filter is filled once when the job starts. a contact another tab adds meanwhile is not
// in it, so a row of the file may then create a second contact
// with its phone (which duplicate detection reports as an exact duplicate); the suppressions are
// re-read whenever their count changes, so an unsubscribe in another tab is honoured right away.

import { TokenFilter } from '../core/import/token-filter';
import type { CarnetDatabase } from './database';

// reading one index key costs a few µs, one look-up round trip ~100 µs: scanning the book's tokens
// pays off when the book has fewer than this many contacts per row of the file
const SCAN_CONTACTS_PER_ROW = 30;
// tokens read per transaction while filling the filter, so that writers in other tabs are not held up
const SCAN_CHUNK = 50_000;
// more suppressions than this are looked up per batch instead of held in memory
const MAX_HELD_SUPPRESSIONS = 200_000;
// phone and e-mail tokens per contact (two per phone, one per e-mail), with room to spare
const TOKENS_PER_CONTACT = 6;

// the filter holds only tokens that can be a phone's (digits) or an e-mail's (with its @): the other
// search tokens (name words, local parts) are never asked about, and each one held would raise the
// false alarms of the rest. an e-mail token cut before its @ (a very long local part) is not held,
// and is therefore always looked up.
function isIdentifierToken(token: string): boolean {
	return token.includes('@') || DIGITS_ONLY.test(token);
}
const DIGITS_ONLY = /^\d+$/;

/** what the job knows of a phone's or e-mail's token: no holder, one holder, or ask the index */
export type TokenHolder = { kind: 'none' } | { kind: 'holder'; id: string } | { kind: 'look-up' };

const NONE: TokenHolder = { kind: 'none' };
const LOOK_UP: TokenHolder = { kind: 'look-up' };
// a token two of the job's contacts hold (the "create anyway" mode): the index knows them all
const SHARED = '';

// the holders of the phones and e-mails the job wrote, by token, for this many tokens (~50 MB):
// a row that repeats an earlier row of the file is then read by id instead of an index range, which
// costs ~0.5 ms a token in chromium. beyond it (a file of over ~150 k rows) the index is asked.
const MAX_OWN_TOKENS = 400_000;

export class BookIdentifiers {
	/** the book's tokens when the job started; null when it was too big to scan: ask the index */
	readonly #book: TokenFilter | null;
	/** the tokens the job wrote */
	readonly #written: TokenFilter;
	/** the contact that holds each phone and e-mail token the job wrote, while there is room */
	readonly #own = new Map<string, string>();
	#suppressed: Set<string> | null = null;
	#suppressedCount = -1;

	private constructor(book: TokenFilter | null, rows: number) {
		this.#book = book;
		this.#written = new TokenFilter(Math.max(rows, 1_000) * TOKENS_PER_CONTACT);
	}

	/** reads what the import of about `rows` rows needs to know about the book */
	static async load(db: CarnetDatabase, rows: number): Promise<BookIdentifiers> {
		const contacts = await db.contacts.count();
		if (contacts > Math.max(rows, 1_000) * SCAN_CONTACTS_PER_ROW) {
			return new BookIdentifiers(null, rows);
		}
		const filter = new TokenFilter(contacts * TOKENS_PER_CONTACT);
		let last: string | undefined;
		for (;;) {
			const where = db.contacts.where('keys.tokens');
			const range = last === undefined ? where.above('') : where.above(last);
			const keys = (await range.limit(SCAN_CHUNK).keys()) as string[];
			for (const key of keys) if (isIdentifierToken(key)) filter.add(key);
			if (keys.length < SCAN_CHUNK) break;
			last = keys[keys.length - 1];
		}
		return new BookIdentifiers(filter, rows);
	}

	/**
	 * who may hold this token (a phone's or an e-mail's): certainly nobody, the one contact of this
	 * job that does, or ask the index. (a contact whose token is longer, e.g. a second address that
	 * starts with the first one, is missed: search.ts drops a token that starts another token of the
	 * same contact. that is rare, and duplicate detection finds what it causes. so is a contact
	 * another tab gives the token meanwhile.)
	 */
	holderOf(token: string): TokenHolder {
		if (this.#book === null || !isIdentifierToken(token) || this.#book.has(token)) return LOOK_UP;
		const own = this.#own.get(token);
		if (own !== undefined) return own === SHARED ? LOOK_UP : { kind: 'holder', id: own };
		return this.#written.has(token) ? LOOK_UP : NONE;
	}

	/** the job wrote this contact, which holds these phone and e-mail tokens */
	remember(id: string, identifiers: Iterable<string>): void {
		for (const token of identifiers) {
			if (!isIdentifierToken(token)) continue;
			this.#written.add(token);
			const own = this.#own.get(token);
			if (own === undefined) {
				if (this.#own.size < MAX_OWN_TOKENS) this.#own.set(token, id);
			} else if (own !== id) this.#own.set(token, SHARED);
		}
	}

	/**
	 * the keys among `keys` that may be suppressed (call inside the batch's transaction). the set is
	 * re-read when the table's count changed since the last call.
	 */
	async maybeSuppressed(db: CarnetDatabase, keys: readonly string[]): Promise<string[]> {
		const count = await db.suppressions.count();
		if (count > MAX_HELD_SUPPRESSIONS) {
			this.#suppressed = null;
			return [...keys];
		}
		if (count !== this.#suppressedCount || this.#suppressed === null) {
			this.#suppressed = new Set(await db.suppressions.toCollection().primaryKeys());
			this.#suppressedCount = count;
		}
		const held = this.#suppressed;
		return keys.filter((key) => held.has(key));
	}

	/** the job suppressed these keys itself (so the count it sees next is not a change by others) */
	rememberSuppressed(keys: readonly string[]): void {
		if (this.#suppressed === null || keys.length === 0) return;
		for (const key of keys) this.#suppressed.add(key);
		this.#suppressedCount += keys.length;
	}
}
