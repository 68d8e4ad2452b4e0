// the profiles of a scan's contacts, kept for the whole scan in little memory, so that comparing
// never profiles a contact again (at a million contacts, profiling each one again for every group
// of blocks it sits in took more than half of the scan).
//
// what many contacts share is held once and referred to by number: the name parts (with their
// phonetic codes), the place (postcode, city, region, country) and the birth date. what is the
// contact's own (id, street line, phones, e-mail forms, unique values) is one string per contact.
// the street's profile is worked out only when a comparison reads it: most candidate pairs are
// given up on before their addresses are looked at (see scoreProfiles).
//
// fields are joined with control characters, which stored values never hold (core/text.ts removes
// them from every field a contact is built from).

import type { BirthProfile } from './birth';
import type { LocalKind } from './email-keys';
import { mailDomain } from './email-keys';
import { GrowableUint32 } from './growable';
import { phoneTail } from './identifiers';
import type { NameProfile } from './name-profile';
import type { Profile } from './profile';
import { streetProfile, type StreetProfile } from './street';
import { NAMESAKE_REFERENCE } from './weights';

const FIELD = '\u001f';
const ITEM = '\u001e';
const PART = '\u001d';
// first name, last name, place, birth date
const REFS = 4;
// a js string's header, for the estimate of the bytes held
const STRING_OVERHEAD = 16;

interface Place {
	postcode: string;
	city: string;
	region: string;
	country: string;
	written: Profile['written'];
}

/** values that many contacts share, each held once and known by its number */
class Interned<T> {
	readonly #numbers = new Map<string, number>();
	readonly values: T[] = [];

	number(key: string, value: T): number {
		const known = this.#numbers.get(key);
		if (known !== undefined) return known;
		this.values.push(value);
		this.#numbers.set(key, this.values.length - 1);
		return this.values.length - 1;
	}
}

export class ProfileStore {
	readonly #names = new Interned<NameProfile>();
	readonly #places = new Interned<Place>();
	readonly #births = new Interned<BirthProfile | undefined>();
	readonly #refs: GrowableUint32;
	readonly #texts: string[] = [];
	#textBytes = 0;

	constructor(capacity = 1024) {
		this.#refs = new GrowableUint32(capacity * REFS);
		this.#births.number('', undefined);
	}

	get size(): number {
		return this.#texts.length;
	}

	/** keeps the profile (of a contact whose street line is `street`); resolves to its index */
	add(profile: Profile, street: string): number {
		this.#refs.push(this.#names.number(profile.first.raw, profile.first));
		this.#refs.push(this.#names.number(profile.last.raw, profile.last));
		const { written, country } = profile;
		const placeKey = [written.postcode, written.city, written.region, country].join(FIELD);
		this.#refs.push(
			this.#places.number(placeKey, {
				postcode: profile.postcode,
				city: profile.city,
				region: profile.region,
				country,
				written
			})
		);
		this.#refs.push(profile.birth ? this.#births.number(profile.birth.raw, profile.birth) : 0);
		const emails = profile.emails.map((mailbox, i) => {
			const raw = profile.rawEmails[i] ?? '';
			// most addresses are their own mailbox
			return [
				raw,
				mailbox === raw ? '' : mailbox,
				profile.locals[i] ?? '',
				profile.localKinds[i]
			].join(PART);
		});
		const uniques = profile.uniques.map(([field, value], i) =>
			[field, value, profile.rawUniques[i] ?? ''].join(PART)
		);
		const text = [
			profile.id,
			street,
			profile.phones.join(ITEM),
			emails.join(ITEM),
			uniques.join(ITEM)
		].join(FIELD);
		this.#texts.push(text);
		this.#textBytes += STRING_OVERHEAD + text.length;
		return this.#texts.length - 1;
	}

	/** the profile kept at `index`, equal to the one added, with `namesakes` set */
	profile(index: number, namesakes = NAMESAKE_REFERENCE): Profile {
		const at = index * REFS;
		const refs = this.#refs;
		const place = this.#places.values[refs.at(at + 2)];
		const [id = '', street = '', phones = '', emails = '', uniques = ''] = (
			this.#texts[index] ?? ''
		).split(FIELD);
		return new StoredProfile(
			id,
			this.#names.values[refs.at(at)] as NameProfile,
			this.#names.values[refs.at(at + 1)] as NameProfile,
			namesakes,
			this.#births.values[refs.at(at + 3)],
			place as Place,
			street,
			phones,
			emails,
			uniques
		);
	}

	/** bytes held, for the benchmarks (an estimate: the strings are on the js heap) */
	get bytes(): number {
		return this.#textBytes + this.#refs.bytes;
	}

	/** of `bytes`, those held in typed arrays, outside the js heap */
	get arrayBytes(): number {
		return this.#refs.bytes;
	}
}

// one empty list for every profile without phones, e-mails or unique values: nothing changes a
// profile's lists once it is made
const NONE: never[] = [];

class StoredProfile implements Profile {
	readonly id: string;
	readonly first: NameProfile;
	readonly last: NameProfile;
	readonly nameKey: string;
	namesakes: number;
	readonly birth: BirthProfile | undefined;
	readonly postcode: string;
	readonly city: string;
	readonly region: string;
	readonly country: string;
	readonly written: Profile['written'];
	readonly phones: string[];
	readonly phoneTails: string[];
	readonly emails: string[];
	readonly rawEmails: string[];
	readonly locals: string[];
	readonly domains: string[];
	readonly localKinds: LocalKind[];
	readonly uniques: [string, string][];
	readonly rawUniques: string[];
	readonly #streetLine: string;
	#street: StreetProfile | undefined | null = null;

	constructor(
		id: string,
		first: NameProfile,
		last: NameProfile,
		namesakes: number,
		birth: BirthProfile | undefined,
		place: Place,
		street: string,
		phones: string,
		emails: string,
		uniques: string
	) {
		this.id = id;
		this.first = first;
		this.last = last;
		this.nameKey =
			first.compact === '' && last.compact === '' ? '' : `${last.compact}|${first.compact}`;
		this.namesakes = namesakes;
		this.birth = birth;
		this.postcode = place.postcode;
		this.city = place.city;
		this.region = place.region;
		this.country = place.country;
		this.written = place.written;
		this.#streetLine = street;
		this.phones = phones === '' ? NONE : phones.split(ITEM);
		this.phoneTails = this.phones.length === 0 ? NONE : this.phones.map(phoneTail);
		if (emails === '') {
			this.emails = NONE;
			this.rawEmails = NONE;
			this.locals = NONE;
			this.domains = NONE;
			this.localKinds = NONE;
		} else {
			this.emails = [];
			this.rawEmails = [];
			this.locals = [];
			this.domains = [];
			this.localKinds = [];
			for (const item of emails.split(ITEM)) {
				const [raw = '', mailbox = '', local = '', kind = 'own'] = item.split(PART);
				const box = mailbox === '' ? raw : mailbox;
				this.emails.push(box);
				this.rawEmails.push(raw);
				this.locals.push(local);
				this.domains.push(mailDomain(box));
				this.localKinds.push(kind as LocalKind);
			}
		}
		if (uniques === '') {
			this.uniques = NONE;
			this.rawUniques = NONE;
		} else {
			this.uniques = [];
			this.rawUniques = [];
			for (const item of uniques.split(ITEM)) {
				const [field = '', value = '', raw = ''] = item.split(PART);
				this.uniques.push([field, value]);
				this.rawUniques.push(raw);
			}
		}
	}

	// worked out on first use, and only then
	get street(): StreetProfile | undefined {
		if (this.#street === null) this.#street = streetProfile(this.#streetLine);
		return this.#street;
	}
}
