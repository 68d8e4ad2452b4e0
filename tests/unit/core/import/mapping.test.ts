import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	customColumnHeader,
	suggestMapping
} from '../../../../src/lib/core/import/suggest-mapping';
import type { ColumnMapping, ColumnTarget } from '../../../../src/lib/core/import/types';

const field = (name: string): ColumnTarget => ({ kind: 'field', field: name }) as ColumnTarget;
const phone = (phoneKind?: 'mobile' | 'whatsapp' | 'home' | 'work' | 'other'): ColumnTarget =>
	phoneKind === undefined ? { kind: 'phone' } : { kind: 'phone', phoneKind };
const email: ColumnTarget = { kind: 'email' };

/** the mapping as { header: target } for the columns that are imported */
function imported(header: string[], mapping: ColumnMapping): Record<string, ColumnTarget> {
	const result: Record<string, ColumnTarget> = {};
	header.forEach((name, column) => {
		const target = mapping[column];
		if (target) result[`${column}:${name}`] = target;
	});
	return result;
}

function fixture(name: string, encoding = 'utf-8'): { header: string[]; sample: string[][] } {
	const bytes = readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url));
	const text = iconv.decode(bytes, encoding);
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
	const [header = [], ...sample] = parsed.data;
	return { header, sample };
}

const GOOGLE_2019 =
	'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,Website 1 - Value'.split(
		','
	);

const GOOGLE_2024 =
	'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value'.split(
		','
	);

const OUTLOOK =
	"Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,Other State,Other Postal Code,Other Country/Region,Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,Anniversary,Assistant's Name,Billing Information,Birthday,Business Address PO Box,Categories,Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,Initials,Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page".split(
		','
	);

const OUTLOOK_DE =
	'Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,Straße geschäftlich,Straße geschäftlich 2,Straße geschäftlich 3,Ort geschäftlich,Region geschäftlich,Postleitzahl geschäftlich,Land/Region geschäftlich,Straße privat,Straße privat 2,Straße privat 3,Ort privat,Bundesland/Kanton privat,Postleitzahl privat,Land/Region privat,Weitere Straße,Weitere Straße 2,Weitere Straße 3,Weiterer Ort,Weiteres/r Bundesland/Kanton,Weitere Postleitzahl,Weiteres/e Land/Region,Telefon Assistent,Fax geschäftlich,Telefon geschäftlich,Telefon geschäftlich 2,Rückmeldung,Autotelefon,Telefon Firma,Fax privat,Telefon privat,Telefon privat 2,ISDN,Mobiltelefon,Weiteres Fax,Weiteres Telefon,Pager,Haupttelefon,Mobiltelefon 2,Telefon für Hörbehinderte,Telex,Abrechnungsinformation,Benutzer 1,Benutzer 2,Benutzer 3,Benutzer 4,Beruf,Büro,E-Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,E-Mail 2: Adresse,E-Mail 2: Typ,E-Mail 2: Angezeigter Name,E-Mail 3: Adresse,E-Mail 3: Typ,E-Mail 3: Angezeigter Name,Empfohlen von,Geburtstag,Geschlecht,Hobby,Initialen,Internet-Frei/Gebucht,Jahrestag,Kategorien,Kinder,Konto,Name Assistent,Name des/der Vorgesetzten,Notizen,Organisations-Nr.,Ort,Partner,Postfach geschäftlich,Postfach privat,Priorität,Privat,Regierungs-Nr.,Reisekilometer,Sprache,Stichwörter,Vertraulichkeit,Verzeichnisserver,Webseite,Weiteres Postfach'.split(
		','
	);

/** one sample row that fills the named columns */
function rowFor(header: string[], values: Record<string, string>): string[] {
	return header.map((name) => values[name] ?? '');
}

describe('suggestMapping: exports of other contact apps, header only', () => {
	const cases: { name: string; header: string[]; expected: Record<string, ColumnTarget> }[] = [
		{
			name: 'google contacts (2019 layout)',
			header: GOOGLE_2019,
			expected: {
				'0:Name': field('fullName'),
				'1:Given Name': field('firstName'),
				'2:Additional Name': field('firstName'),
				'3:Family Name': field('lastName'),
				'9:Name Suffix': field('lastName'),
				'11:Nickname': field('alias'),
				'14:Birthday': field('birthDate'),
				'25:Notes': field('note'),
				'30:E-mail 1 - Value': email,
				'32:E-mail 2 - Value': email,
				'33:Phone 1 - Type': { kind: 'phoneKind', of: 34 },
				'34:Phone 1 - Value': phone(),
				'35:Phone 2 - Type': { kind: 'phoneKind', of: 36 },
				'36:Phone 2 - Value': phone(),
				'39:Address 1 - Street': field('street'),
				'40:Address 1 - City': field('city'),
				'42:Address 1 - Region': field('region'),
				'43:Address 1 - Postal Code': field('postalCode'),
				'44:Address 1 - Country': field('country'),
				'45:Address 1 - Extended Address': field('street'),
				'47:Organization 1 - Name': field('organization')
			}
		},
		{
			name: 'google contacts (2024 layout)',
			header: GOOGLE_2024,
			expected: {
				'0:First Name': field('firstName'),
				'1:Middle Name': field('firstName'),
				'2:Last Name': field('lastName'),
				'7:Name Suffix': field('lastName'),
				'8:Nickname': field('alias'),
				'10:Organization Name': field('organization'),
				'13:Birthday': field('birthDate'),
				'14:Notes': field('note'),
				'18:E-mail 1 - Value': email,
				'20:E-mail 2 - Value': email,
				'21:Phone 1 - Label': { kind: 'phoneKind', of: 22 },
				'22:Phone 1 - Value': phone(),
				'23:Phone 2 - Label': { kind: 'phoneKind', of: 24 },
				'24:Phone 2 - Value': phone(),
				'27:Address 1 - Street': field('street'),
				'28:Address 1 - City': field('city'),
				'30:Address 1 - Region': field('region'),
				'31:Address 1 - Postal Code': field('postalCode'),
				'32:Address 1 - Country': field('country'),
				'33:Address 1 - Extended Address': field('street')
			}
		},
		{
			name: 'outlook (english): the first address group wins a tie, faxes and pagers stay out',
			header: OUTLOOK,
			expected: {
				'1:First Name': field('firstName'),
				'2:Middle Name': field('firstName'),
				'3:Last Name': field('lastName'),
				'4:Suffix': field('lastName'),
				'5:Company': field('organization'),
				'8:Business Street': field('street'),
				'9:Business Street 2': field('street'),
				'10:Business Street 3': field('street'),
				'11:Business City': field('city'),
				'12:Business State': field('region'),
				'13:Business Postal Code': field('postalCode'),
				'14:Business Country/Region': field('country'),
				'31:Business Phone': phone('work'),
				'32:Business Phone 2': phone('work'),
				'34:Car Phone': phone('other'),
				'35:Company Main Phone': phone('work'),
				'37:Home Phone': phone('home'),
				'38:Home Phone 2': phone('home'),
				'40:Mobile Phone': phone('mobile'),
				'42:Other Phone': phone('other'),
				'44:Primary Phone': phone(),
				'52:Birthday': field('birthDate'),
				'57:E-mail Address': email,
				'60:E-mail 2 Address': email,
				'63:E-mail 3 Address': email,
				'77:Notes': field('note')
			}
		},
		{
			name: 'outlook (german)',
			header: OUTLOOK_DE,
			expected: {
				'1:Vorname': field('firstName'),
				'2:Weitere Vornamen': field('firstName'),
				'3:Nachname': field('lastName'),
				'4:Suffix': field('lastName'),
				'5:Firma': field('organization'),
				'8:Straße geschäftlich': field('street'),
				'9:Straße geschäftlich 2': field('street'),
				'10:Straße geschäftlich 3': field('street'),
				'11:Ort geschäftlich': field('city'),
				'12:Region geschäftlich': field('region'),
				'13:Postleitzahl geschäftlich': field('postalCode'),
				'14:Land/Region geschäftlich': field('country'),
				'31:Telefon geschäftlich': phone('work'),
				'32:Telefon geschäftlich 2': phone('work'),
				'34:Autotelefon': phone(),
				'35:Telefon Firma': phone('work'),
				'37:Telefon privat': phone('home'),
				'38:Telefon privat 2': phone('home'),
				'40:Mobiltelefon': phone('mobile'),
				'42:Weiteres Telefon': phone('other'),
				'44:Haupttelefon': phone(),
				'45:Mobiltelefon 2': phone('mobile'),
				'55:E-Mail-Adresse': email,
				'58:E-Mail 2: Adresse': email,
				'61:E-Mail 3: Adresse': email,
				'65:Geburtstag': field('birthDate'),
				'76:Notizen': field('note')
			}
		},
		{
			name: 'the vcard reader’s fixed columns',
			header: [
				'First name',
				'Last name',
				'Full name',
				'Alias',
				'Organization',
				'Birth date',
				'Street',
				'Postal code',
				'City',
				'Region',
				'Country',
				'Note',
				'Phone 1',
				'Phone 1 type',
				'Phone 2',
				'Phone 2 type',
				'Email 1',
				'Email 2'
			],
			expected: {
				'0:First name': field('firstName'),
				'1:Last name': field('lastName'),
				'2:Full name': field('fullName'),
				'3:Alias': field('alias'),
				'4:Organization': field('organization'),
				'5:Birth date': field('birthDate'),
				'6:Street': field('street'),
				'7:Postal code': field('postalCode'),
				'8:City': field('city'),
				'9:Region': field('region'),
				'10:Country': field('country'),
				'11:Note': field('note'),
				'12:Phone 1': phone(),
				'13:Phone 1 type': { kind: 'phoneKind', of: 12 },
				'14:Phone 2': phone(),
				'15:Phone 2 type': { kind: 'phoneKind', of: 14 },
				'16:Email 1': email,
				'17:Email 2': email
			}
		}
	];
	for (const { name, header, expected } of cases) {
		it(name, () => {
			expect(imported(header, suggestMapping(header, []))).toEqual(expected);
		});
	}
});

describe('suggestMapping: synonyms', () => {
	const cases: { header: string; expected: ColumnTarget }[] = [
		// english
		{ header: 'Name', expected: field('fullName') },
		{ header: 'Full name', expected: field('fullName') },
		{ header: 'Given name', expected: field('firstName') },
		{ header: 'firstName', expected: field('firstName') },
		{ header: 'SURNAME', expected: field('lastName') },
		{ header: 'e-mail', expected: email },
		{ header: 'E_Mail', expected: email },
		{ header: 'Email address', expected: email },
		{ header: 'mail', expected: email },
		{ header: 'Phone', expected: phone() },
		{ header: 'Tel.', expected: phone() },
		{ header: 'phone_number', expected: phone() },
		{ header: 'Cell phone', expected: phone('mobile') },
		{ header: 'Mobile', expected: phone('mobile') },
		{ header: 'WhatsApp', expected: phone('whatsapp') },
		{ header: 'WhatsApp number', expected: phone('whatsapp') },
		{ header: 'Work phone', expected: phone('work') },
		{ header: 'Home phone', expected: phone('home') },
		{ header: 'Company', expected: field('organization') },
		{ header: 'Street address', expected: field('street') },
		{ header: 'ZIP', expected: field('postalCode') },
		{ header: 'Postcode', expected: field('postalCode') },
		{ header: 'Town', expected: field('city') },
		{ header: 'State', expected: field('region') },
		{ header: 'Country', expected: field('country') },
		{ header: 'Date of birth', expected: field('birthDate') },
		{ header: 'DOB', expected: field('birthDate') },
		{ header: 'Comments', expected: field('note') },
		{ header: 'Nickname', expected: field('alias') },
		{ header: 'country_code', expected: { kind: 'countryCode' } },
		{ header: 'Dial code', expected: { kind: 'countryCode' } },
		{ header: 'Subscribed', expected: field('subscription') },
		{ header: 'Newsletter', expected: field('subscription') },
		{ header: 'Unsubscribed', expected: field('unsubscribed') },
		{ header: 'Opt-out', expected: field('unsubscribed') },
		{ header: 'Email Opt Out', expected: field('unsubscribed') },
		// german
		{ header: 'Vorname', expected: field('firstName') },
		{ header: 'Nachname', expected: field('lastName') },
		{ header: 'E-Mail-Adresse', expected: email },
		{ header: 'Telefon', expected: phone() },
		{ header: 'Telefonnummer', expected: phone() },
		{ header: 'Handy', expected: phone('mobile') },
		{ header: 'Mobil', expected: phone('mobile') },
		{ header: 'Handynummer', expected: phone('mobile') },
		{ header: 'Telefon (Büro)', expected: phone('work') },
		{ header: 'Firma', expected: field('organization') },
		{ header: 'Straße', expected: field('street') },
		{ header: 'Strasse', expected: field('street') },
		{ header: 'Hausnummer', expected: field('street') },
		{ header: 'PLZ', expected: field('postalCode') },
		{ header: 'Ort', expected: field('city') },
		{ header: 'Stadt', expected: field('city') },
		{ header: 'Bundesland', expected: field('region') },
		{ header: 'Land', expected: field('country') },
		{ header: 'Geburtsdatum', expected: field('birthDate') },
		{ header: 'Bemerkung', expected: field('note') },
		{ header: 'Notiz', expected: field('note') },
		{ header: 'Spitzname', expected: field('alias') },
		{ header: 'Ländervorwahl', expected: { kind: 'countryCode' } },
		{ header: 'Abgemeldet', expected: field('unsubscribed') },
		// french
		{ header: 'Prénom', expected: field('firstName') },
		{ header: 'Nom', expected: field('lastName') },
		{ header: 'Nom de famille', expected: field('lastName') },
		{ header: 'Nom complet', expected: field('fullName') },
		{ header: 'Courriel', expected: email },
		{ header: 'Adresse e-mail', expected: email },
		{ header: 'Téléphone', expected: phone() },
		{ header: 'Numéro de téléphone', expected: phone() },
		{ header: 'Portable', expected: phone('mobile') },
		{ header: 'Tél. mobile', expected: phone('mobile') },
		{ header: 'Téléphone professionnel', expected: phone('work') },
		{ header: 'Téléphone domicile', expected: phone('home') },
		{ header: 'Société', expected: field('organization') },
		{ header: 'Nom de la société', expected: field('organization') },
		{ header: 'Rue', expected: field('street') },
		{ header: 'Adresse', expected: field('street') },
		{ header: 'Code postal', expected: field('postalCode') },
		{ header: 'Ville', expected: field('city') },
		{ header: 'Région', expected: field('region') },
		{ header: 'Pays', expected: field('country') },
		{ header: 'Date de naissance', expected: field('birthDate') },
		{ header: 'Remarque', expected: field('note') },
		{ header: 'Surnom', expected: field('alias') },
		{ header: 'Indicatif', expected: { kind: 'countryCode' } },
		{ header: 'Désabonné', expected: field('unsubscribed') },
		// lists (carnet's own export writes `Lists`)
		{ header: 'Lists', expected: { kind: 'lists' } },
		{ header: 'Mailing list', expected: { kind: 'lists' } },
		{ header: 'Listen', expected: { kind: 'lists' } },
		{ header: 'Verteiler', expected: { kind: 'lists' } },
		{ header: 'Listes de diffusion', expected: { kind: 'lists' } }
	];
	for (const { header, expected } of cases) {
		it(`${header} → ${JSON.stringify(expected)}`, () => {
			expect(suggestMapping([header], [])).toEqual([expected]);
		});
	}
});

describe('suggestMapping: what is not imported', () => {
	const cases: { name: string; header: string[]; sample: string[][]; expected: ColumnMapping }[] = [
		{
			name: 'metadata columns, even with data',
			header: ['E-mail 1 - Type', 'Group Membership', 'Labels', 'Photo', 'Initials', 'Yomi Name'],
			sample: [['* Home', '* myContacts', 'Friends', 'https://x/y.jpg', 'A.S.', 'アンナ']],
			expected: [null, null, null, null, null, null]
		},
		{
			name: 'outlook flags and placeholder values',
			header: ['First Name', 'Priority', 'Private', 'Sensitivity', 'Gender', 'Anniversary'],
			sample: [['Anna', 'Normal', 'False', 'Normal', 'Unspecified', '0/0/00']],
			expected: [field('firstName'), null, null, null, null, null]
		},
		{
			name: 'a gender column with real values is kept',
			header: ['Geschlecht'],
			sample: [['weiblich'], ['Unbekannt']],
			expected: [{ kind: 'newCustom', label: 'Geschlecht' }]
		},
		{
			name: 'unknown columns: kept as new fields when they hold data, else not imported',
			header: ['Customer no.', 'Department', 'Hobby', ''],
			sample: [
				['C-1', '', '', 'x'],
				['C-2', 'Sales', '', '']
			],
			expected: [
				{ kind: 'newCustom', label: 'Customer no.' },
				{ kind: 'newCustom', label: 'Department' },
				null,
				{ kind: 'newCustom', label: 'Column 4' }
			]
		},
		{
			name: 'google’s " - Value" is left out of a new field’s name',
			header: ['Website 1 - Type', 'Website 1 - Value'],
			sample: [['Profile', 'https://example.de']],
			expected: [null, { kind: 'newCustom', label: 'Website 1' }]
		},
		{
			name: 'e-mail display names and type columns',
			header: ['E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-Mail: Angezeigter Name'],
			sample: [['a@b.de', 'SMTP', 'A (a@b.de)', 'A (a@b.de)']],
			expected: [email, null, null, null]
		},
		{
			name: 'a formatted address beside its parts',
			header: ['Address 1 - Formatted', 'Address 1 - Street', 'Address 1 - City'],
			sample: [['Hauptstr. 1\n10115 Berlin', 'Hauptstr. 1', 'Berlin']],
			expected: [null, field('street'), field('city')]
		},
		{
			name: 'a formatted address alone is the street',
			header: ['Name', 'Formatted address'],
			sample: [['Anna', 'Hauptstr. 1, 10115 Berlin']],
			expected: [field('fullName'), field('street')]
		}
	];
	for (const { name, header, sample, expected } of cases) {
		it(name, () => {
			expect(suggestMapping(header, sample)).toEqual(expected);
		});
	}
});

describe('suggestMapping: by content when the header says nothing', () => {
	const cases: {
		name: string;
		header: string[];
		sample: string[][];
		defaultCountry?: string;
		expected: ColumnMapping;
	}[] = [
		{
			name: 'phones and e-mails under meaningless headers',
			header: ['Kontakt', 'Spalte 2', 'Column C'],
			sample: [
				['0151 23456789', 'anna@example.de', 'Anna'],
				['+41 79 068 44 17', 'ben@example.ch', 'Ben'],
				['', 'n/a', 'Cleo']
			],
			defaultCountry: 'DE',
			expected: [phone(), email, { kind: 'newCustom', label: 'Column C' }]
		},
		{
			name: 'phones without a default country: shape alone',
			header: ['x'],
			sample: [['030 1234567'], ['+49 151 23456789'], ['(0)89 / 123 456']],
			expected: [phone()]
		},
		{
			name: 'excel’s scientific notation is still a phone column (the rows then say what is wrong)',
			header: ['x'],
			sample: [['4.91511E+11'], ['4,91511E+11']],
			expected: [phone()]
		},
		{
			name: 'customer numbers, postcodes, dates and prices are not phones',
			header: ['a', 'b', 'c', 'd'],
			sample: [
				['1234567', '10115', '31.07.1984', '12.50'],
				['7654321', '80331', '1984-07-31', '3,99']
			],
			defaultCountry: 'DE',
			expected: [
				{ kind: 'newCustom', label: 'a' },
				{ kind: 'newCustom', label: 'b' },
				{ kind: 'newCustom', label: 'c' },
				{ kind: 'newCustom', label: 'd' }
			]
		},
		{
			name: 'half is not most',
			header: ['x'],
			sample: [['anna@example.de'], ['Anna']],
			expected: [{ kind: 'newCustom', label: 'x' }]
		},
		{
			name: 'a header that names something wins over the content',
			header: ['Business Fax', 'Notes'],
			sample: [['030 1234567', 'anna@example.de']],
			expected: [{ kind: 'newCustom', label: 'Business Fax' }, field('note')]
		}
	];
	for (const { name, header, sample, defaultCountry, expected } of cases) {
		it(name, () => {
			const opts = defaultCountry === undefined ? {} : { defaultCountry };
			expect(suggestMapping(header, sample, opts)).toEqual(expected);
		});
	}
});

describe('suggestMapping: details', () => {
	it('maps a header equal to an existing custom field’s label to that field, before synonyms', () => {
		const fields = [
			{ id: 'f1', label: 'Kundennummer' },
			{ id: 'f2', label: 'Mobile' }
		];
		expect(
			suggestMapping(['KUNDENNUMMER', 'mobile', 'Handy'], [['1', '2', '3']], { fields })
		).toEqual([
			{ kind: 'custom', fieldId: 'f1' },
			{ kind: 'custom', fieldId: 'f2' },
			phone('mobile')
		]);
	});

	it.each([
		{
			name: 'an existing field named like a standard column',
			input: { header: ['City', 'City (custom)'], fields: [{ id: 'f-city', label: 'City' }] },
			expected: [field('city'), { kind: 'custom', fieldId: 'f-city' }]
		},
		{
			name: 'a new field when the book lacks it, never the city',
			input: { header: ['City', 'City (custom)'], fields: [] },
			expected: [field('city'), { kind: 'newCustom', label: 'City' }]
		},
		{
			name: 'a field named Lists',
			input: { header: ['Lists', 'Lists (custom)'], fields: [{ id: 'f-l', label: 'lists' }] },
			expected: [{ kind: 'lists' }, { kind: 'custom', fieldId: 'f-l' }]
		}
	])('reads the ` (custom)` of carnet’s export: $name', ({ input, expected }) => {
		const sample = [['Berlin', 'Hometown']];
		expect(suggestMapping(input.header, sample, { fields: input.fields })).toEqual(expected);
	});

	it.each([
		{ name: 'a label of its own', input: 'Voice', expected: 'Voice' },
		{ name: 'a standard column of the file', input: 'city', expected: 'city (custom)' },
		{ name: 'a synonym of the note', input: 'Remark', expected: 'Remark (custom)' },
		{ name: 'a mobile phone', input: 'Handy', expected: 'Handy (custom)' },
		{ name: 'a column that is not imported', input: 'Group', expected: 'Group (custom)' }
	])('names the column of a custom field so that it reads back: $name', ({ input, expected }) => {
		const header = customColumnHeader(input, new Set(['city', 'lists']));
		expect(header).toBe(expected);
		// in a book without the field, it becomes a new field of the same name
		expect(suggestMapping([header], [['a value']])).toEqual([{ kind: 'newCustom', label: input }]);
	});

	it('keeps duplicate header names as columns of their own', () => {
		expect(
			suggestMapping(
				['Phone', 'Phone', 'E-mail', 'E-mail', 'Team', 'Team', 'Team'],
				[['030 1234567', '0151 23456789', 'a@b.de', 'c@d.de', 'x', 'y', 'z']]
			)
		).toEqual([
			phone(),
			phone(),
			email,
			email,
			{ kind: 'newCustom', label: 'Team' },
			{ kind: 'newCustom', label: 'Team (2)' },
			{ kind: 'newCustom', label: 'Team (3)' }
		]);
	});

	it('reads "Name" as the last name beside "Vorname" (german and french lists)', () => {
		expect(suggestMapping(['Name', 'Vorname'], [])).toEqual([
			field('lastName'),
			field('firstName')
		]);
		expect(suggestMapping(['Name', 'Given Name', 'Family Name'], [])).toEqual([
			field('fullName'),
			field('firstName'),
			field('lastName')
		]);
	});

	it('fills the contact from the address group with the most data; the others become new fields', () => {
		const header = ['Business Street', 'Business City', 'Home Street', 'Home City'];
		const sample = [
			['', '', 'Hauptstr. 1', 'Berlin'],
			['Ring 2', '', 'Weg 3', 'Köln']
		];
		expect(suggestMapping(header, sample)).toEqual([
			{ kind: 'newCustom', label: 'Business Street' },
			null,
			field('street'),
			field('city')
		]);
	});

	it('points a lone type column at the phone column before it', () => {
		expect(suggestMapping(['Telefon', 'Art', 'Mobile', 'Typ'], [])).toEqual([
			phone(),
			{ kind: 'phoneKind', of: 0 },
			phone('mobile'),
			{ kind: 'phoneKind', of: 2 }
		]);
	});

	it('maps a 1,000-column header, mixing known, duplicate and empty columns', () => {
		const header: string[] = [];
		const row: string[] = [];
		for (let column = 0; column < 1_000; column++) {
			const kind = column % 4;
			header.push(['Phone', 'Value', 'E-mail', 'Empty'][kind] as string);
			row.push(['0151 23456789', `v${column}`, `p${column}@example.de`, ''][kind] as string);
		}
		const mapping = suggestMapping(header, [row, row]);
		expect(mapping).toHaveLength(1_000);
		expect(mapping.filter((t) => t?.kind === 'phone')).toHaveLength(250);
		expect(mapping.filter((t) => t?.kind === 'email')).toHaveLength(250);
		expect(mapping.filter((t) => t === null)).toHaveLength(250);
		const labels = mapping.flatMap((t) => (t?.kind === 'newCustom' ? [t.label] : []));
		expect(new Set(labels).size).toBe(250);
		expect(labels.slice(0, 3)).toEqual(['Value', 'Value (2)', 'Value (3)']);
		expect(labels.at(-1)).toBe('Value (250)');
	});

	it('never throws on odd headers', () => {
		const header = ['', ' ', '!!!', '👍', '1', 'a'.repeat(100_000), '\u0000', 'e-', '-mail'];
		const mapping = suggestMapping(header, [header.map(() => 'x')]);
		expect(mapping).toHaveLength(header.length);
		const long = mapping[5];
		expect(long?.kind === 'newCustom' && long.label.length).toBeLessThanOrEqual(101);
	});
});

describe('suggestMapping: the fixture files', () => {
	const cases: {
		file: string;
		encoding?: string;
		expected: Record<string, ColumnTarget>;
	}[] = [
		{
			file: 'google-contacts.csv',
			expected: {
				'0:First Name': field('firstName'),
				'1:Middle Name': field('firstName'),
				'2:Last Name': field('lastName'),
				'7:Name Suffix': field('lastName'),
				'8:Nickname': field('alias'),
				'10:Organization Name': field('organization'),
				'11:Organization Title': { kind: 'newCustom', label: 'Organization Title' },
				'12:Organization Department': { kind: 'newCustom', label: 'Organization Department' },
				'13:Birthday': field('birthDate'),
				'14:Notes': field('note'),
				'18:E-mail 1 - Value': email,
				'20:E-mail 2 - Value': email,
				'21:Phone 1 - Label': { kind: 'phoneKind', of: 22 },
				'22:Phone 1 - Value': phone(),
				'23:Phone 2 - Label': { kind: 'phoneKind', of: 24 },
				'24:Phone 2 - Value': phone(),
				'27:Address 1 - Street': field('street'),
				'28:Address 1 - City': field('city'),
				'30:Address 1 - Region': field('region'),
				'31:Address 1 - Postal Code': field('postalCode'),
				'32:Address 1 - Country': field('country'),
				'33:Address 1 - Extended Address': field('street'),
				'35:Website 1 - Value': { kind: 'newCustom', label: 'Website 1' }
			}
		},
		{
			file: 'outlook.csv',
			encoding: 'windows-1252',
			expected: {
				'1:First Name': field('firstName'),
				'2:Middle Name': field('firstName'),
				'3:Last Name': field('lastName'),
				'4:Suffix': field('lastName'),
				'5:Company': field('organization'),
				'7:Job Title': { kind: 'newCustom', label: 'Job Title' },
				'8:Business Street': field('street'),
				'9:Business Street 2': field('street'),
				'10:Business Street 3': field('street'),
				'11:Business City': field('city'),
				'12:Business State': field('region'),
				'13:Business Postal Code': field('postalCode'),
				'14:Business Country/Region': field('country'),
				'31:Business Phone': phone('work'),
				'32:Business Phone 2': phone('work'),
				'34:Car Phone': phone('other'),
				'35:Company Main Phone': phone('work'),
				'37:Home Phone': phone('home'),
				'38:Home Phone 2': phone('home'),
				'40:Mobile Phone': phone('mobile'),
				'42:Other Phone': phone('other'),
				'44:Primary Phone': phone(),
				'52:Birthday': field('birthDate'),
				'57:E-mail Address': email,
				'60:E-mail 2 Address': email,
				'63:E-mail 3 Address': email,
				'77:Notes': field('note')
			}
		},
		{
			file: 'outlook-de.csv',
			encoding: 'windows-1252',
			expected: {
				'0:Anrede': { kind: 'newCustom', label: 'Anrede' },
				'1:Vorname': field('firstName'),
				'2:Weitere Vornamen': field('firstName'),
				'3:Nachname': field('lastName'),
				'4:Suffix': field('lastName'),
				'5:Firma': field('organization'),
				'8:Straße geschäftlich': field('street'),
				'9:Straße geschäftlich 2': field('street'),
				'10:Straße geschäftlich 3': field('street'),
				'11:Ort geschäftlich': field('city'),
				'12:Region geschäftlich': field('region'),
				'13:Postleitzahl geschäftlich': field('postalCode'),
				'14:Land/Region geschäftlich': field('country'),
				'31:Telefon geschäftlich': phone('work'),
				'32:Telefon geschäftlich 2': phone('work'),
				'34:Autotelefon': phone(),
				'35:Telefon Firma': phone('work'),
				'37:Telefon privat': phone('home'),
				'38:Telefon privat 2': phone('home'),
				'40:Mobiltelefon': phone('mobile'),
				'42:Weiteres Telefon': phone('other'),
				'44:Haupttelefon': phone(),
				'45:Mobiltelefon 2': phone('mobile'),
				'55:E-Mail-Adresse': email,
				'58:E-Mail 2: Adresse': email,
				'61:E-Mail 3: Adresse': email,
				'65:Geburtstag': field('birthDate'),
				'75:Notizen': field('note')
			}
		}
	];
	for (const { file, encoding, expected } of cases) {
		it(file, () => {
			const { header, sample } = fixture(file, encoding);
			expect(imported(header, suggestMapping(header, sample))).toEqual(expected);
		});
	}
});

describe('suggestMapping: sample rows of real exports', () => {
	it('outlook with only home addresses fills the contact from the home group', () => {
		const sample = [
			rowFor(OUTLOOK, {
				'First Name': 'Tom',
				'Home Street': '1 High St',
				'Home City': 'London',
				'Home Postal Code': 'N1 9GU',
				'Home Country/Region': 'United Kingdom'
			})
		];
		const mapping = imported(OUTLOOK, suggestMapping(OUTLOOK, sample));
		expect(mapping['15:Home Street']).toEqual(field('street'));
		expect(mapping['18:Home City']).toEqual(field('city'));
		expect(mapping['20:Home Postal Code']).toEqual(field('postalCode'));
		expect(mapping['21:Home Country/Region']).toEqual(field('country'));
		expect(mapping['8:Business Street']).toBeUndefined();
	});
});
