// a copy of an earlier person, corrupted the ways real contact lists are: typed again with a typo
// or a nickname, first and last name swapped, umlauts written out, a number written differently,
// an address that is out of date. an "exact" copy still shares a phone number or an e-mail
// address with the original (a duplicate finder should be sure), a "fuzzy" one shares neither
// (it has to weigh names, birthday and place).

import type { Change } from './columns';
import { GMAIL_ALIAS, EMAIL_PATTERNS, emailStem } from './emails';
import { NICKNAMES } from './names';
import {
	capitalizeAddress,
	pickCountryLabel,
	pickPhoneStyle,
	type Person,
	type PersonFactory
} from './person';
import type { PhoneStyle } from './phone-numbers';
import { weightedPicker, type Rng } from './rng';
import { dropDiacritics, expandUmlauts, hasDiacritics } from './transliterate';

export const FUZZY_SHARE = 0.35;

export interface Copy {
	person: Person;
	changes: Change[];
}

const LETTER = /\p{L}/u;

/** one slip of the keyboard: two letters swapped, one dropped or one doubled */
export function typo(name: string, rng: Rng): string {
	const chars = [...name];
	const letters = chars.flatMap((c, i) => (LETTER.test(c) ? [i] : []));
	if (letters.length < 2) return name + (chars[chars.length - 1] ?? '');
	for (let attempt = 0; attempt < 6; attempt++) {
		// the first letter is rarely the one that goes wrong
		const at = letters[1 + rng.int(letters.length - 1)] ?? 1;
		const next = [...chars];
		const kind = rng.int(3);
		if (kind === 0 && at + 1 < next.length && LETTER.test(next[at + 1] ?? '')) {
			const a = next[at] ?? '';
			next[at] = next[at + 1] ?? '';
			next[at + 1] = a;
		} else if (kind === 1 && letters.length > 3) {
			next.splice(at, 1);
		} else {
			next.splice(at, 0, next[at] ?? '');
		}
		const result = next.join('');
		if (result !== name) return result;
	}
	return name + (chars[chars.length - 1] ?? '');
}

/** `Guillaume` → `G.`, `Jean-Pierre` → `J.-P.` */
export function initial(name: string): string {
	return name
		.split('-')
		.map((part) => `${[...part][0] ?? ''}.`)
		.join('-');
}

function otherStyle(current: PhoneStyle, person: Person, rng: Rng): PhoneStyle {
	for (let i = 0; i < 10; i++) {
		const style = pickPhoneStyle(person.country, rng);
		if (style !== current) return style;
	}
	return current === 'national' ? 'international' : 'national';
}

function clone(person: Person): Person {
	return { ...person, email: person.email ? { ...person.email } : null };
}

type NameChange =
	'typo' | 'swapped-names' | 'nickname' | 'initial' | 'no-diacritics' | 'upper-case';

const pickNameChange = weightedPicker<NameChange>([
	['typo', 30],
	['nickname', 20],
	['no-diacritics', 15],
	['swapped-names', 12],
	['initial', 8],
	['upper-case', 8]
]);

function changeName(copy: Person, change: NameChange, rng: Rng): NameChange {
	switch (change) {
		case 'typo':
			if (rng.chance(0.5)) copy.lastName = typo(copy.lastName, rng);
			else copy.firstName = typo(copy.firstName, rng);
			return 'typo';
		case 'swapped-names': {
			const first = copy.firstName;
			copy.firstName = copy.lastName;
			copy.lastName = first;
			return 'swapped-names';
		}
		case 'nickname': {
			const nicknames = NICKNAMES[copy.firstName];
			if (!nicknames) return changeName(copy, 'initial', rng);
			copy.firstName = rng.pick(nicknames);
			return 'nickname';
		}
		case 'initial':
			copy.firstName = initial(copy.firstName);
			return 'initial';
		case 'no-diacritics': {
			if (!hasDiacritics(copy.firstName + copy.lastName)) return changeName(copy, 'typo', rng);
			const fold = rng.chance(0.6) ? expandUmlauts : dropDiacritics;
			copy.firstName = fold(copy.firstName);
			copy.lastName = fold(copy.lastName);
			return 'no-diacritics';
		}
		case 'upper-case':
			copy.lastName = copy.lastName.toUpperCase();
			return 'upper-case';
	}
}

/** the person once more, as another row would describe them */
export function copyPerson(original: Person, factory: PersonFactory, rng: Rng): Copy {
	const copy = clone(original);
	const changes: Change[] = [];
	const add = (change: Change): void => {
		if (!changes.includes(change)) changes.push(change);
	};
	const fuzzy = rng.chance(FUZZY_SHARE);

	// names: a fuzzy copy changes at most one, so that the name is still evidence
	if (rng.chance(0.6)) {
		add(changeName(copy, pickNameChange(rng), rng));
		if (!fuzzy && rng.chance(0.2)) add(changeName(copy, pickNameChange(rng), rng));
	}

	if (fuzzy) {
		if (copy.mobile) {
			copy.mobile = null;
			add('missing-phone');
		}
		if (copy.phone) {
			copy.phone = null;
			add('missing-phone');
		}
		if (copy.email) {
			if (rng.chance(0.6)) {
				copy.email = otherEmail(copy.email, rng);
				add('other-email');
			} else {
				copy.email = null;
				add('missing-email');
			}
		}
		// a new number of their own, or nothing left to reach them by
		if (rng.chance(0.6) || !copy.email) {
			copy.mobile = factory.number(factory.mobileTemplate(copy), copy.personId, 2);
			copy.mobileStyle = pickPhoneStyle(copy.country, rng);
			add('new-phone');
		}
		copy.customerNo = '';
	} else {
		// an exact copy keeps at least one identifier as it was (up to formatting and case)
		const identifiers = (): number =>
			(copy.mobile ? 1 : 0) + (copy.phone ? 1 : 0) + (copy.email ? 1 : 0);
		if (rng.chance(0.12) && identifiers() > 1 && (copy.mobile || copy.phone)) {
			if (copy.phone && (rng.chance(0.5) || !copy.mobile)) copy.phone = null;
			else copy.mobile = null;
			add('missing-phone');
		}
		if (copy.mobile && rng.chance(0.6)) {
			copy.mobileStyle = otherStyle(copy.mobileStyle, copy, rng);
			add('phone-format');
		}
		if (copy.phone && rng.chance(0.6)) {
			copy.phoneStyle = otherStyle(copy.phoneStyle, copy, rng);
			add('phone-format');
		}
		if (rng.chance(0.15)) {
			if (!copy.mobile) {
				copy.mobile = factory.number(factory.mobileTemplate(copy), copy.personId, 2);
				add('extra-phone');
			} else if (!copy.phone) {
				copy.phone = factory.number(copy.city.landline, copy.personId, 2);
				add('extra-phone');
			}
		}
		if (copy.email && rng.chance(0.2)) {
			copy.email.written = rng.chance(0.5)
				? copy.email.written.toUpperCase()
				: capitalizeAddress(copy.email.written.toLowerCase());
			if (copy.email.written === original.email?.written) {
				copy.email.written = copy.email.written.toUpperCase();
			}
			add('email-case');
		} else if (copy.email && rng.chance(0.1) && identifiers() > 1) {
			copy.email = null;
			add('missing-email');
		}
		if (rng.chance(0.3)) copy.customerNo = '';
	}

	if (rng.chance(0.1)) {
		factory.move(copy);
		add('moved');
	} else if (rng.chance(0.06)) {
		copy.street = '';
		copy.postalCode = '';
		copy.cityName = '';
		copy.region = '';
		add('missing-address');
	}

	if (copy.birthday) {
		if (rng.chance(0.15)) {
			copy.birthdayStyle = copy.birthdayStyle === 'iso' ? 'dotted' : 'iso';
			add('birthday-format');
		} else if (rng.chance(0.08)) {
			copy.birthday = null;
			add('missing-birthday');
		}
	}

	// things that differ between two rows of the same person without being a corruption
	if (rng.chance(0.3) && copy.countryLabel) copy.countryLabel = pickCountryLabel(copy.country, rng);
	if (rng.chance(0.5)) copy.note = '';

	if (changes.length === 0) {
		if (copy.mobile) {
			copy.mobileStyle = otherStyle(copy.mobileStyle, copy, rng);
			add('phone-format');
		} else if (copy.phone) {
			copy.phoneStyle = otherStyle(copy.phoneStyle, copy, rng);
			add('phone-format');
		} else {
			add(changeName(copy, 'typo', rng));
		}
	}
	return { person: copy, changes };
}

/** another address of the same person: another way of writing their name, or gmail's alias */
function otherEmail(email: NonNullable<Person['email']>, rng: Rng): NonNullable<Person['email']> {
	if (email.domain === 'gmail.com' && rng.chance(0.5)) {
		const written = email.written.toLowerCase().replace(/@gmail\.com$/, `@${GMAIL_ALIAS}`);
		return { ...email, domain: GMAIL_ALIAS, written };
	}
	const patterns = EMAIL_PATTERNS.filter((p) => p !== email.pattern);
	const pattern = rng.pick(patterns);
	const written = `${emailStem(pattern, email.first, email.last)}${email.suffix}@${email.domain}`;
	return { ...email, pattern, written };
}
