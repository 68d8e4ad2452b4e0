// the columns that are not about reaching someone: notes (written to exercise csv quoting:
// commas, quotes, semicolons, line breaks, characters outside windows-1252), organizations,
// departments.

import type { CountryCode } from './countries';
import type { Language } from './names';
import type { Rng } from './rng';

export const NOTES: readonly string[] = [
	'Met at the trade fair',
	'Prefers e-mail',
	'Call back Monday, not Friday',
	'Says "hi" to everyone',
	'Bestellung über Hr. Weiß; Rückruf erbeten',
	'Ruft nur vormittags an',
	'Kunde seit 2015',
	'Client fidèle, préfère le téléphone',
	'Allergic to nuts',
	'VIP – send Christmas card',
	'Lieferadresse abweichend:\nHinterhof, 2. Stock',
	'Line one\nLine two',
	'Geburtstag nicht vergessen 🎂',
	'Wants the 12" vinyl edition',
	'Ne pas appeler après 19h',
	'Owes us €150',
	'Rechnung per Post, nicht per Mail',
	'Tel. privat nur im Notfall',
	'Contact via son assistant(e)',
	'  leading and trailing spaces  ',
	'=SUM(A1:A2)',
	'Übernommen aus altem Outlook-Export',
	'Met at "Café de Flore", Paris',
	'Rabatt: 10 %; Zahlungsziel 30 Tage'
];

const DEPARTMENTS: Readonly<Record<Language, readonly string[]>> = {
	de: [
		'Vertrieb',
		'Einkauf',
		'Buchhaltung',
		'Personal',
		'IT',
		'Geschäftsführung',
		'Marketing',
		'Kundendienst',
		'Logistik'
	],
	fr: [
		'Ventes',
		'Achats',
		'Comptabilité',
		'Ressources humaines',
		'Informatique',
		'Direction',
		'Marketing',
		'Service client'
	],
	en: [
		'Sales',
		'Purchasing',
		'Accounting',
		'HR',
		'IT',
		'Management',
		'Marketing',
		'Customer Service',
		'R&D'
	]
};

export function department(language: Language, rng: Rng): string {
	return rng.pick(DEPARTMENTS[language]);
}

// {} is a family name; the legal forms are the country's own
const ORGANIZATION_FORMS: Readonly<Record<CountryCode, readonly string[]>> = {
	DE: ['{} GmbH', '{} & Söhne GmbH & Co. KG', 'Bäckerei {}', '{} Bau AG', 'Autohaus {}', '{} e.K.'],
	AT: ['{} GmbH', 'Tischlerei {}', '{} & Partner KG', 'Gasthof {}'],
	CH: ['{} AG', '{} Sàrl', '{} GmbH', 'Garage {} SA'],
	FR: ['{} SARL', 'Boulangerie {}', '{} & Fils', '{} SAS', 'Cabinet {}'],
	GB: ['{} Ltd', '{} & Sons Ltd', '{} plc', '{} Partnership LLP'],
	US: ['{} Inc.', '{}, LLC', '{} & Associates', '{} Corp.'],
	AU: ['{} Pty Ltd', '{} Holdings Pty Ltd', '{} & Co']
};

export function organization(country: CountryCode, familyName: string, rng: Rng): string {
	return rng.pick(ORGANIZATION_FORMS[country]).replace('{}', familyName);
}

const CUSTOMER_PREFIXES: Readonly<Record<Language, string>> = { de: 'KD-', fr: 'CL-', en: 'C-' };

/** a customer number unique to the person (`serial` comes from a permutation of the person id) */
export function customerNumber(language: Language, serial: number): string {
	return CUSTOMER_PREFIXES[language] + String(serial).padStart(7, '0');
}
