// one generated person: everything a row says about them, decided once, so that a copy made
// later (duplicates.ts) starts from the same facts and changes only what it means to change.

import { CITIES, type City } from './cities';
import type { Column } from './columns';
import { COUNTRIES, COUNTRY_CODES, type CountryCode } from './countries';
import { streetLine } from './addresses';
import {
	DOMAIN_SLOTS,
	EMAIL_PATTERN_WEIGHTS,
	domainFor,
	emailStem,
	emailSuffix,
	type EmailPattern
} from './emails';
import { NOTES, customerNumber, department, organization } from './extras';
import { FIRST_NAMES, LANGUAGES, LAST_NAMES, type Language } from './names';
import { createPermutation } from './permutation';
import {
	MOBILE_TEMPLATES,
	STYLE_WEIGHTS,
	createNumberFactory,
	formatPhone,
	type NumberSlot,
	type NumberTemplate,
	type PhoneNumberValue,
	type PhoneStyle
} from './phone-numbers';
import { splitmix32, weightedPicker, type Rng } from './rng';

export interface Birthday {
	/** null for a birthday stored without its year */
	year: number | null;
	month: number;
	day: number;
}

export interface EmailAddress {
	pattern: EmailPattern;
	first: string;
	last: string;
	suffix: string;
	domain: string;
	/** what the cell holds (case as typed) */
	written: string;
}

export interface Person {
	personId: number;
	language: Language;
	country: CountryCode;
	city: City;
	firstName: string;
	lastName: string;
	organization: string;
	department: string;
	customerNo: string;
	mobile: PhoneNumberValue | null;
	mobileStyle: PhoneStyle;
	phone: PhoneNumberValue | null;
	phoneStyle: PhoneStyle;
	email: EmailAddress | null;
	birthday: Birthday | null;
	/** `dotted` is the german excel way (31.12.1980), `iso` is 1980-12-31 */
	birthdayStyle: 'iso' | 'dotted';
	street: string;
	postalCode: string;
	cityName: string;
	region: string;
	countryLabel: string;
	countryCode: string;
	note: string;
}

// share of people whose cell is filled, per optional column
const FILLED = {
	mobile: 0.85,
	phone: 0.4,
	email: 0.85,
	organization: 0.35,
	customerNo: 0.5,
	birthday: 0.75,
	street: 0.85,
	postalCode: 0.88,
	city: 0.92,
	region: 0.7,
	country: 0.88,
	note: 0.3
} as const;

const NO_YEAR_SHARE = 0.04;
const OTHER_LANGUAGE_SHARE = 0.1;
const CUSTOMER_SPACE = 10 ** 7;

export const pickCountry = weightedPicker(
	COUNTRY_CODES.map((c) => [c, COUNTRIES[c].weight] as const)
);
const pickEmailPattern = weightedPicker(EMAIL_PATTERN_WEIGHTS);
const countryLabelPickers = Object.fromEntries(
	COUNTRY_CODES.map((c) => [c, weightedPicker(COUNTRIES[c].labels)])
) as Record<CountryCode, (rng: Rng) => string>;
const stylePickers = Object.fromEntries(
	COUNTRY_CODES.map((c) => [
		c,
		weightedPicker(Object.entries(STYLE_WEIGHTS[c]) as [PhoneStyle, number][])
	])
) as Record<CountryCode, (rng: Rng) => PhoneStyle>;

export function pickPhoneStyle(country: CountryCode, rng: Rng): PhoneStyle {
	return stylePickers[country](rng);
}

export function pickCountryLabel(country: CountryCode, rng: Rng): string {
	return countryLabelPickers[country](rng);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

function randomBirthday(rng: Rng): Birthday {
	const year = 1940 + rng.int(68);
	const month = 1 + rng.int(12);
	const day = 1 + rng.int(daysIn(year, month));
	return { year: rng.chance(NO_YEAR_SHARE) ? null : year, month, day };
}

const two = (n: number): string => String(n).padStart(2, '0');

export function formatBirthday(birthday: Birthday, style: Person['birthdayStyle']): string {
	const { year, month, day } = birthday;
	if (style === 'dotted')
		return year === null ? `${two(day)}.${two(month)}.` : `${two(day)}.${two(month)}.${year}`;
	return year === null ? `--${two(month)}-${two(day)}` : `${year}-${two(month)}-${two(day)}`;
}

export interface PersonFactory {
	create(personId: number): Person;
	/** a number of the given template that no other person has (slot 2 is for copies) */
	number(template: NumberTemplate, personId: number, slot: NumberSlot): PhoneNumberValue;
	mobileTemplate(person: Pick<Person, 'country' | 'city'>): NumberTemplate;
	/** a different city of the same country, with a fresh address there */
	move(person: Person): void;
}

/**
 * builds people. `seed` fixes the permutations behind names and identifiers; `rng` is the row
 * stream's generator, shared with the caller so that the sequence of rows is one stream.
 */
export function createPersonFactory(seed: number, rng: Rng): PersonFactory {
	const seeds = splitmix32(seed);
	const makeNumber = createNumberFactory(seeds());
	const customerSerial = createPermutation(CUSTOMER_SPACE, seeds());

	// per language: people are numbered in order of appearance; number i gets the name pair and
	// domain slot permutation(i mod space), and serial floor(i / space) for the e-mail number
	const nameSpaces = Object.fromEntries(
		LANGUAGES.map((language) => {
			const size = FIRST_NAMES[language].length * LAST_NAMES[language].length * DOMAIN_SLOTS.length;
			return [language, { size, permutation: createPermutation(size, seeds()), next: 0 }];
		})
	) as Record<Language, { size: number; permutation: (i: number) => number; next: number }>;

	const number = (template: NumberTemplate, personId: number, slot: NumberSlot): PhoneNumberValue =>
		makeNumber(template, personId, slot, rng);

	const mobileTemplate = (person: Pick<Person, 'country' | 'city'>): NumberTemplate => {
		const templates = MOBILE_TEMPLATES[person.country];
		return templates.length > 0 ? rng.pick(templates) : person.city.landline;
	};

	const address = (person: Person, city: City): void => {
		person.city = city;
		person.street = rng.chance(FILLED.street) ? streetLine(person.country, city.language, rng) : '';
		person.postalCode = rng.chance(FILLED.postalCode) ? rng.pick(city.postcodes) : '';
		person.cityName = rng.chance(FILLED.city) ? city.name : '';
		person.region = rng.chance(FILLED.region) ? city.region : '';
	};

	const create = (personId: number): Person => {
		const country = pickCountry(rng);
		const city = rng.pick(CITIES[country]);
		const language = rng.chance(OTHER_LANGUAGE_SHARE) ? rng.pick(LANGUAGES) : city.language;

		const space = nameSpaces[language];
		const index = space.next++;
		const serial = Math.floor(index / space.size);
		let slot = space.permutation(index % space.size);
		const firsts = FIRST_NAMES[language];
		const lasts = LAST_NAMES[language];
		const firstName = firsts[slot % firsts.length] ?? '';
		slot = Math.floor(slot / firsts.length);
		const lastName = lasts[slot % lasts.length] ?? '';
		const domainSlot = Math.floor(slot / lasts.length);

		let hasMobile = rng.chance(FILLED.mobile);
		const hasPhone = rng.chance(FILLED.phone);
		const hasEmail = rng.chance(FILLED.email);
		// everyone can be reached somehow, as the app's own rule for a contact asks
		if (!hasMobile && !hasPhone && !hasEmail) hasMobile = true;

		const birthday = rng.chance(FILLED.birthday) ? randomBirthday(rng) : null;
		let email: EmailAddress | null = null;
		if (hasEmail) {
			const pattern = pickEmailPattern(rng);
			const suffix = emailSuffix(serial, birthday?.year ?? null, rng);
			const domain = domainFor(domainSlot, country);
			const stem = emailStem(pattern, firstName, lastName);
			const lower = `${stem}${suffix}@${domain}`;
			// some people capitalise their address when they type it
			const written = rng.chance(0.05) ? capitalizeAddress(lower) : lower;
			email = { pattern, first: firstName, last: lastName, suffix, domain, written };
		}

		const info = COUNTRIES[country];
		const person: Person = {
			personId,
			language,
			country,
			city,
			firstName,
			lastName,
			organization: rng.chance(FILLED.organization)
				? organization(country, rng.pick(LAST_NAMES[language]), rng)
				: '',
			department: '',
			customerNo: rng.chance(FILLED.customerNo)
				? customerNumber(language, customerSerial(personId % CUSTOMER_SPACE))
				: '',
			mobile: null,
			mobileStyle: pickPhoneStyle(country, rng),
			phone: null,
			phoneStyle: pickPhoneStyle(country, rng),
			email,
			birthday,
			birthdayStyle:
				info.dottedDates && rng.chance(0.5) ? 'dotted' : rng.chance(0.05) ? 'dotted' : 'iso',
			street: '',
			postalCode: '',
			cityName: '',
			region: '',
			countryLabel: rng.chance(FILLED.country) ? pickCountryLabel(country, rng) : '',
			countryCode: rng.chance(0.03) ? country.toLowerCase() : country,
			note: rng.chance(FILLED.note) ? rng.pick(NOTES) : ''
		};
		person.department = rng.chance(person.organization ? 0.7 : 0.15)
			? department(language, rng)
			: '';
		if (hasMobile) person.mobile = number(mobileTemplate(person), personId, 0);
		if (hasPhone) person.phone = number(city.landline, personId, 1);
		address(person, city);
		return person;
	};

	const move = (person: Person): void => {
		const cities = CITIES[person.country];
		let city = rng.pick(cities);
		for (let i = 0; i < 5 && city.name === person.city.name; i++) city = rng.pick(cities);
		address(person, city);
		// the new address is filled where the old one was, so the move shows in the row
		if (!person.street) person.street = streetLine(person.country, city.language, rng);
		if (!person.cityName) person.cityName = city.name;
		if (!person.postalCode) person.postalCode = rng.pick(city.postcodes);
	};

	return { create, number, mobileTemplate, move };
}

/** `anna.mueller@web.de` → `Anna.Mueller@web.de` */
export function capitalizeAddress(address: string): string {
	const at = address.indexOf('@');
	const local = address
		.slice(0, at)
		.replace(/(^|[._-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
	return local + address.slice(at);
}

/** the row a person becomes */
export function renderPerson(person: Person): Record<Column, string> {
	return {
		'First name': person.firstName,
		'Last name': person.lastName,
		Organization: person.organization,
		Mobile: person.mobile ? formatPhone(person.mobile, person.mobileStyle) : '',
		Phone: person.phone ? formatPhone(person.phone, person.phoneStyle) : '',
		Email: person.email?.written ?? '',
		Birthday: person.birthday ? formatBirthday(person.birthday, person.birthdayStyle) : '',
		Street: person.street,
		'Postal code': person.postalCode,
		City: person.cityName,
		Region: person.region,
		Country: person.countryLabel,
		country_code: person.countryCode,
		Note: person.note,
		Department: person.department,
		'Customer no.': person.customerNo
	};
}
