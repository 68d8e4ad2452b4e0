// what duplicate detection needs to know about a contact, worked out once per contact, so that
// comparing two of them does no folding or parsing of its own.

import type { Contact } from '../contact';
import { foldText } from '../fold';
import { birthProfile, type BirthProfile } from './birth';
import { localKind, mailDomain, mailboxKey, specificLocalPart, type LocalKind } from './email-keys';
import { phoneTail, uniqueValue } from './identifiers';
import { nameProfile, type NameProfile } from './name-profile';
import { streetProfile, type StreetProfile } from './street';
import { NAMESAKE_REFERENCE } from './weights';

export interface Profile {
	id: string;
	first: NameProfile;
	last: NameProfile;
	/** the folded full name, 'last|first', for counting namesakes; '' without a name */
	nameKey: string;
	/**
	 * how many contacts of the book carry `nameKey` (see namesakeBits). a scan counts them; a
	 * profile on its own assumes NAMESAKE_REFERENCE, which leaves the name weights as they are.
	 */
	namesakes: number;
	birth: BirthProfile | undefined;
	street: StreetProfile | undefined;
	/** upper-case, without spaces */
	postcode: string;
	/** folded */
	city: string;
	region: string;
	country: string;
	/** postcode, city and region as the contact holds them, for the reasons */
	written: { postcode: string; city: string; region: string };
	/** E.164 */
	phones: string[];
	/** the last digits of each phone (see phoneTail), parallel to `phones` */
	phoneTails: string[];
	/** the mailbox of every address (see mailboxKey) */
	emails: string[];
	/** the addresses as written, parallel to `emails` */
	rawEmails: string[];
	/** local parts worth comparing across providers (see specificLocalPart), parallel to `emails` */
	locals: string[];
	/** the domain of each mailbox, parallel to `emails` */
	domains: string[];
	/** what each local part is made of (see localKind), parallel to `emails` */
	localKinds: LocalKind[];
	/** [field id, matching form of the value] for each unique custom field with a value */
	uniques: [string, string][];
	/** the values as the contact holds them, parallel to `uniques` */
	rawUniques: string[];
}

/**
 * sets `namesakes` on each profile to the number of profiles with its name: what a scan knows that
 * a single comparison does not
 */
export function countNamesakes(profiles: readonly Profile[]): void {
	const counts = new Map<string, number>();
	for (const { nameKey } of profiles) {
		if (nameKey !== '') counts.set(nameKey, (counts.get(nameKey) ?? 0) + 1);
	}
	for (const profile of profiles) {
		if (profile.nameKey !== '') profile.namesakes = counts.get(profile.nameKey) ?? 1;
	}
}

export function profileOf(contact: Contact, uniqueFields: readonly string[] = []): Profile {
	let first = nameProfile(contact.firstName);
	let last = nameProfile(contact.lastName);
	// a company without a person's name is compared by its name, as if it were a surname
	if (first.compact === '' && last.compact === '') {
		last = nameProfile(contact.organization);
		first = nameProfile('');
	}
	const emails = contact.emails.map((email) => mailboxKey(email.value));
	const uniques: [string, string][] = [];
	const rawUniques: string[] = [];
	for (const field of uniqueFields) {
		const value = contact.custom[field];
		const key = uniqueValue(value);
		if (key === '') continue;
		uniques.push([field, key]);
		rawUniques.push(String(value));
	}
	const nameKey =
		first.compact === '' && last.compact === '' ? '' : `${last.compact}|${first.compact}`;
	return {
		id: contact.id,
		first,
		last,
		nameKey,
		namesakes: NAMESAKE_REFERENCE,
		birth: birthProfile(contact.birthDate),
		street: streetProfile(contact.street),
		postcode: contact.postalCode.toUpperCase().replaceAll(' ', ''),
		city: foldText(contact.city),
		region: foldText(contact.region),
		country: contact.country,
		written: { postcode: contact.postalCode, city: contact.city, region: contact.region },
		phones: contact.phones.map((phone) => phone.value),
		phoneTails: contact.phones.map((phone) => phoneTail(phone.value)),
		emails,
		rawEmails: contact.emails.map((email) => email.value),
		locals: emails.map(specificLocalPart),
		domains: emails.map(mailDomain),
		localKinds: emails.map((mailbox) => localKind(mailbox, first, last)),
		uniques,
		rawUniques
	};
}
