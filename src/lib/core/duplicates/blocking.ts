// blocking: only contacts that share a key are ever compared, so a scan costs about as many
// comparisons as there are contacts, not their square. a key is a plain string, so that the
// dedupe worker can keep the keys of each contact in a multi-entry index and read one block at a
// time in index order, without ever holding every contact:
//   - exact check on save: look the new contact's exact keys (isExactKey) up in the index.
//   - full scan: walk the index's distinct keys in order; a block of at most MAX_BLOCK_SIZE
//     members compares each pair that ownsPair gives it (so a pair that shares several keys is
//     compared once, with no memory of pairs seen); a larger block sorts its members by
//     blockSortKey and compares each with its next BLOCK_WINDOW neighbours (find-duplicates.ts
//     does exactly this in memory), unless its key is split (isSplitKey: n:, a:, c:), when its
//     sub-blocks (s:, h:, v:) stand in for it. the oversized keys are few: count them first.
//   - new and changed contacts: the same, restricted to the blocks of their keys.
//
// exact keys (a phone, a mailbox, a unique value) make a pair a duplicate on their own; fuzzy keys
// bring together what may be one person written differently. each fuzzy key pairs two facts, so
// that a typo in one fact leaves the pair another key to meet by:
//   n:  the sound of both names, in either order          (a spelling variant, a swap)
//   s:  the same, with the birthday or else the postcode   (an oversized n: block, split)
//   b:  the birth date and the initial of a name word      (the name may be garbled)
//   a:  the postcode and a house number                    (name and birth date may be garbled)
//   c:  the city and a house number                        (as above, for a postcode typo)
//   h:, v:  a: and c: with the surname's initial           (an oversized a: or c: block, split)
//   t:  the last digits of a phone                         (the prefix was read in another country)
//   l:  the local part of an e-mail address                (the same person at another provider)
//   d:  the letters of a local part and its domain         (another spelling at one provider)
// a sub-block's letter sorts after its block's (s after n, h after a, v after c): of the small
// blocks a pair shares, the first in key order compares it (ownsPair), so while a block is small it
// compares its sub-blocks' pairs itself, and the sub-blocks need none of their members profiled.

import type { Contact } from '../contact';
import { fullNamesOf } from './nicknames';
import { nameProfile, type NameProfile } from './name-profile';
import { profileOf, type Profile } from './profile';

export interface BlockingOptions {
	/** ids of the custom fields marked "unique identifier" */
	uniqueFields?: readonly string[];
}

const EXACT_PREFIXES = ['p:', 'e:', 'u:'];

/** true for a key that makes two contacts an exact duplicate (a shared phone, mailbox, unique value) */
export function isExactKey(key: string): boolean {
	return EXACT_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** the blocking keys of a contact, sorted and without repeats */
export function blockingKeys(contact: Contact, opts: BlockingOptions = {}): string[] {
	return profileKeys(profileOf(contact, opts.uniqueFields ?? []));
}

export function profileKeys(profile: Profile): string[] {
	const keys: string[] = [];
	forEachKey(profile, (key) => keys.push(key));
	keys.sort();
	let distinct = 0;
	for (const key of keys) if (distinct === 0 || keys[distinct - 1] !== key) keys[distinct++] = key;
	keys.length = distinct;
	return keys;
}

/**
 * every blocking key of a profile, in no order and possibly more than once (two phones with one
 * tail): what profileKeys sorts, for a scan that only hashes them
 */
export function forEachKey(profile: Profile, visit: (key: string) => void): void {
	profile.phones.forEach((phone, i) => {
		visit(`p:${phone}`);
		const tail = profile.phoneTails[i];
		if (tail) visit(`t:${tail}`);
	});
	profile.emails.forEach((mailbox, i) => {
		visit(`e:${mailbox}`);
		// a local part that is only the name would make a block of all namesakes at every provider
		const local = profile.locals[i];
		if (local && profile.localKinds[i] !== 'name') visit(`l:${local}`);
		// the same letters at the same provider (`anna.meier@web.de`, `meier_anna@web.de`): a block
		// of one person's spellings, however common the name
		if (local) visit(`d:${local}@${profile.domains[i] ?? ''}`);
	});
	// the field id's length keeps `u:a:b` apart from field `a:b`
	for (const [field, value] of profile.uniques) visit(`u:${field.length}:${field}:${value}`);

	const sub = nameSubKey(profile);
	for (const key of nameKeys(profile)) {
		visit(key);
		visit(`s:${key.slice(2)}:${sub}`);
	}
	if (profile.birth) {
		const date = `${profile.birth.year || '-'}-${profile.birth.month}-${profile.birth.day}`;
		for (const letter of nameInitials(profile)) visit(`b:${date}:${letter}`);
	}
	const numbers = profile.street?.numbers ?? [];
	// an address block too big to compare whole (a house number in a big city) splits by the
	// surname's initial: its window pass (each member with its next neighbours in name order) found
	// pairs with one surname almost only, and weighed every member of the block to find them
	const initial = profile.last.compact[0] ?? '';
	for (const number of numbers) {
		if (profile.postcode !== '') {
			visit(`a:${profile.postcode}:${number}`);
			visit(`h:${profile.postcode}:${number}:${initial}`);
		}
		if (profile.city !== '') {
			visit(`c:${profile.city}:${number}`);
			visit(`v:${profile.city}:${number}:${initial}`);
		}
	}
}

// the primary metaphone of each name part, the two in sorted order so that a swap meets; a first
// name that is a nickname also stands for its full forms (Bill Smith meets William Smith). a typo
// that changes the sound, or an initial, is left to the other keys (birth date, address): keys on
// one part's sound and the other's initial found almost no pair more, at four times the comparisons.
function nameKeys(profile: Profile): string[] {
	const last = primaryCode(profile.last);
	if (last === '') return [];
	if (profile.first.compact === '') {
		// only a company name (see profileOf) or only a surname: a block of its own kind
		return [`n:${last}`];
	}
	const keys: string[] = [];
	for (const first of firstFormsOf(profile.first).codes) {
		keys.push(first < last ? `n:${first}|${last}` : `n:${last}|${first}`);
	}
	return keys;
}

interface FirstForms {
	/** the primary codes of the first name's forms that are not initials */
	codes: string[];
	/** the first letters of its words and of its forms */
	letters: string[];
}

// a book holds few first names and a scan reads each many times: their forms are worked out once
const firstForms = new Map<NameProfile, FirstForms>();
const FIRST_FORMS_LIMIT = 20_000;

function firstFormsOf(first: NameProfile): FirstForms {
	const known = firstForms.get(first);
	if (known) return known;
	const codes: string[] = [];
	const letters: string[] = [];
	const addLetter = (letter: string | undefined): void => {
		if (letter && !letters.includes(letter)) letters.push(letter);
	};
	for (const token of first.tokens) addLetter(token[0]);
	if (first.compact !== '') {
		for (const name of firstNameForms(first)) {
			const form = name === first.compact ? first : nameProfile(name);
			const code = form.initials ? '' : primaryCode(form);
			if (code !== '') codes.push(code);
			addLetter(name[0]);
		}
	}
	const forms = { codes, letters };
	if (firstForms.size >= FIRST_FORMS_LIMIT) firstForms.clear();
	firstForms.set(first, forms);
	return forms;
}

// a name block splits by the birthday (month and day, so that a date written without its year meets
// the full one) or, without a birth date, by the postcode: the two facts that a matching name needs
// beside it to reach the threshold. a name block small enough is compared whole (n:); an oversized
// one is not, its sub-blocks are (s:, see isSplitKey). at a million contacts the name blocks of
// common names hold thousands of people, whose window pass (each member with its next ten in the
// order of birthday and postcode) compared mostly neighbours born on other days or living elsewhere
function nameSubKey(profile: Profile): string {
	const birth = profile.birth;
	return birth ? `${birth.month}-${birth.day}` : `#${profile.postcode}`;
}

function primaryCode(name: NameProfile): string {
	return name.metaphone[0] ?? '';
}

function firstNameForms(first: NameProfile): string[] {
	const forms = new Set<string>([first.compact]);
	for (const name of fullNamesOf(first.joined)) forms.add(name);
	for (const name of fullNamesOf(first.compact)) forms.add(name);
	return [...forms];
}

// the first letter of each name word, and of the full forms of a nickname
function nameInitials(profile: Profile): string[] {
	const firstLetters = firstFormsOf(profile.first).letters;
	let letters = firstLetters;
	for (const token of profile.last.tokens) {
		const letter = token[0];
		if (!letter || letters.includes(letter)) continue;
		if (letters === firstLetters) letters = [...firstLetters];
		letters.push(letter);
	}
	return letters;
}
