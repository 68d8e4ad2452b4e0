// the profiles of a scan's contacts, kept for the whole scan in little memory, so that comparing
// never profiles a contact again (at a million contacts, profiling each one again for every group
// of blocks it sits in took more than half of the scan).
//
// what many contacts share is held once and referred to by number: the name parts (with their
// phonetic codes), the place (postcode, city, region, country) and the birth date. what is the
// contact's own (phones, e-mail addresses, unique values, the street line with its keys) is one
// string per contact, and its id 16 bytes when it is a uuid. a profile taken from the store costs a few splits (~1.5 µs where profiling
// the contact again took ~30 µs), and its street's profile is only put together when a comparison
// reads it: most candidate pairs are given up on before their addresses are looked at (see
// scoreProfiles).
//
// fields are joined with control characters, which stored values never hold (core/text.ts removes
// them from every field a contact is built from).

import type { BirthProfile } from './birth';
import type { LocalKind } from './email-keys';
import { localKind, mailDomain, specificLocalPart } from './email-keys';
import { GrowableUint32, GrowableUint8 } from './growable';
import { phoneTail } from './identifiers';
import type { NameProfile } from './name-profile';
import type { Profile } from './profile';
import type { PairSketch } from './score-bound';
import type { StreetProfile } from './street';
import { NAMESAKE_REFERENCE } from './weights';

const FIELD = '\u001f';
const ITEM = '\u001e';
const PART = '\u001d';
// first name, last name, place, birth date
const REFS = 4;
// the flags of a contact (see PairSketch), and whether its id is kept as 16 bytes
const HAS_STREET = 1;
const HAS_LOCALS = 2;
const PACKED_ID = 4;
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
	readonly #flags: GrowableUint8;
	readonly #ids: GrowableUint8;
	readonly #texts: string[] = [];
	#textBytes = 0;

	constructor(capacity = 1024) {
		this.#refs = new GrowableUint32(capacity * REFS);
		this.#flags = new GrowableUint8(capacity);
		this.#ids = new GrowableUint8(capacity * ID_BYTES);
		this.#births.number('', undefined);
	}

	get size(): number {
		return this.#texts.length;
	}

	/** keeps the profile; resolves to its index */
	add(profile: Profile): number {
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
		// the app's ids are uuids: 16 bytes outside the js heap instead of a 36-character string
		const packed = packId(profile.id, this.#ids);
		this.#flags.push(
			(profile.street ? HAS_STREET : 0) |
				(profile.locals.some((local) => local !== '') ? HAS_LOCALS : 0) |
				(packed ? PACKED_ID : 0)
		);
		const uniques = profile.uniques.map(([field, value], i) =>
			[field, value, profile.rawUniques[i] ?? ''].join(PART)
		);
		// each list whole, so that reading it back is one split and gives a list of the right size.
		// most addresses are their own mailbox: then the mailboxes are not kept
		const mailboxes = profile.emails.every((mailbox, i) => mailbox === profile.rawEmails[i])
			? ''
			: profile.emails.join(ITEM);
		const street = profile.street;
		const text = [
			packed ? '' : profile.id,
			street?.raw ?? '',
			profile.phones.join(ITEM),
			profile.rawEmails.join(ITEM),
			mailboxes,
			// the local parts and their kinds are worked out again from the mailboxes and the name
			// parts: a profile is taken for few contacts, and they took ~20 MB at a million
			uniques.join(ITEM),
			// the street line's profile, without its lists (they are its keys split again). the words
			// run together are mostly the words' key without its spaces: then they are not kept
			street?.numbersKey ?? '',
			street?.wordsKey ?? '',
			street && street.compact !== street.wordsKey.replaceAll(' ', '') ? street.compact : '',
			(street?.lines ?? []).map((line) => line.numbersKey + PART + line.compact).join(ITEM)
		].join(FIELD);
		this.#texts.push(oneByte(text));
		this.#textBytes += STRING_OVERHEAD + text.length;
		return this.#texts.length - 1;
	}

	/** the profile kept at `index`, equal to the one added, with `namesakes` set */
	profile(index: number, namesakes = NAMESAKE_REFERENCE): Profile {
		const at = index * REFS;
		const refs = this.#refs;
		const place = this.#places.values[refs.at(at + 2)];
		const fields = (this.#texts[index] ?? '').split(FIELD);
		return new StoredProfile(
			(this.#flags.at(index) & PACKED_ID) !== 0
				? unpackId(this.#ids.view(), index * ID_BYTES)
				: (fields[0] ?? ''),
			fields,
			this.#names.values[refs.at(at)] as NameProfile,
			this.#names.values[refs.at(at + 1)] as NameProfile,
			namesakes,
			this.#births.values[refs.at(at + 3)],
			place as Place
		);
	}

	/**
	 * fills `into` with what the store holds of the profile at `index` without making it: what a
	 * scan weighs each candidate pair with first (see score-bound.ts)
	 */
	sketch(index: number, namesakes: number, into: PairSketch): void {
		const at = index * REFS;
		const refs = this.#refs;
		const flags = this.#flags.at(index);
		into.first = this.#names.values[refs.at(at)] as NameProfile;
		into.last = this.#names.values[refs.at(at + 1)] as NameProfile;
		into.namesakes = namesakes;
		into.birth = this.#births.values[refs.at(at + 3)];
		into.place = this.#places.values[refs.at(at + 2)] as Place;
		into.street = (flags & HAS_STREET) !== 0;
		into.locals = (flags & HAS_LOCALS) !== 0;
	}

	/** bytes held, for the benchmarks (an estimate: the strings are on the js heap) */
	get bytes(): number {
		return this.#textBytes + this.arrayBytes;
	}

	/** of `bytes`, those held in typed arrays, outside the js heap */
	get arrayBytes(): number {
		return this.#refs.bytes + this.#flags.bytes + this.#ids.bytes;
	}
}

// v8 holds a string at two bytes a character when any string it was joined from was held so (the
// street's words: see streetProfile), even when every character would fit in one byte. at a
// million contacts that doubled the store (~100 MB more): a copy made from the codes takes one byte
// each. (a plain array for the codes: spreading a typed array into fromCharCode took 6 µs a text)
const codes: number[] = [];

function oneByte(text: string): string {
	// a call takes only so many arguments; no contact's string comes near this
	if (text.length > 10_000) return text;
	codes.length = text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code > 255) return text;
		codes[i] = code;
	}
	return String.fromCharCode.apply(null, codes);
}

// a uuid as the app makes them (lower-case): 32 hex digits in groups of 8-4-4-4-12
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_BYTES = 16;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** pushes the 16 bytes of a uuid `id` (true), or 16 zeros for any other id (false) */
function packId(id: string, bytes: GrowableUint8): boolean {
	const packed = UUID.test(id);
	let digit = 0;
	for (let i = 0; i < ID_BYTES; i++) {
		if (!packed) {
			bytes.push(0);
			continue;
		}
		// the dashes sit after the 8th, 12th, 16th and 20th digit
		if (digit === 8 || digit === 13 || digit === 18 || digit === 23) digit++;
		bytes.push(parseInt(id.slice(digit, digit + 2), 16));
		digit += 2;
	}
	return packed;
}

function unpackId(bytes: Uint8Array, at: number): string {
	const hex = (i: number): string => HEX[bytes[at + i] ?? 0] ?? '00';
	return (
		hex(0) +
		hex(1) +
		hex(2) +
		hex(3) +
		'-' +
		hex(4) +
		hex(5) +
		'-' +
		hex(6) +
		hex(7) +
		'-' +
		hex(8) +
		hex(9) +
		'-' +
		hex(10) +
		hex(11) +
		hex(12) +
		hex(13) +
		hex(14) +
		hex(15)
	);
}

// one empty list for every profile without phones, e-mails or unique values: nothing changes a
// profile's lists once it is made
const NONE: never[] = [];

class StoredProfile implements Profile {
	readonly id: string;
	readonly first: NameProfile;
	readonly last: NameProfile;
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
	readonly #fields: string[];
	#street: StreetProfile | undefined | null = null;

	constructor(
		id: string,
		fields: string[],
		first: NameProfile,
		last: NameProfile,
		namesakes: number,
		birth: BirthProfile | undefined,
		place: Place
	) {
		const [, , phones = '', rawEmails = '', mailboxes = ''] = fields;
		this.id = id;
		this.first = first;
		this.last = last;
		this.namesakes = namesakes;
		this.birth = birth;
		this.postcode = place.postcode;
		this.city = place.city;
		this.region = place.region;
		this.country = place.country;
		this.written = place.written;
		this.#fields = fields;
		this.phones = phones === '' ? NONE : phones.split(ITEM);
		this.phoneTails = phones === '' ? NONE : this.phones.map(phoneTail);
		if (rawEmails === '') {
			this.rawEmails = NONE;
			this.emails = NONE;
			this.locals = NONE;
			this.domains = NONE;
			this.localKinds = NONE;
		} else {
			this.rawEmails = rawEmails.split(ITEM);
			this.emails = mailboxes === '' ? this.rawEmails : mailboxes.split(ITEM);
			this.locals = this.emails.map(specificLocalPart);
			this.domains = this.emails.map(mailDomain);
			this.localKinds = this.emails.map((mailbox) => localKind(mailbox, first, last));
		}
		const uniques = fields[5] ?? '';
		if (uniques === '') {
			this.uniques = NONE;
			this.rawUniques = NONE;
		} else {
			const items = uniques.split(ITEM).map((item) => item.split(PART));
			this.uniques = items.map(([field = '', value = '']) => [field, value]);
			this.rawUniques = items.map((item) => item[2] ?? '');
		}
	}

	get nameKey(): string {
		const { first, last } = this;
		return first.compact === '' && last.compact === '' ? '' : `${last.compact}|${first.compact}`;
	}

	// put together on first use, and only then
	get street(): StreetProfile | undefined {
		if (this.#street === null) this.#street = storedStreet(this.#fields);
		return this.#street;
	}
}

function storedStreet(fields: readonly string[]): StreetProfile | undefined {
	const [raw = '', numbersKey = '', wordsKey = '', compact = '', lines = ''] = [
		fields[1],
		...fields.slice(6)
	];
	if (raw === '') return undefined;
	return {
		raw,
		numbers: numbersKey === '' ? [] : numbersKey.split(' '),
		words: wordsKey === '' ? [] : wordsKey.split(' '),
		compact: compact === '' ? wordsKey.replaceAll(' ', '') : compact,
		numbersKey,
		wordsKey,
		lines:
			lines === ''
				? []
				: lines.split(ITEM).map((line) => {
						const [numbers = '', words = ''] = line.split(PART);
						return { numbersKey: numbers, compact: words };
					})
	};
}
