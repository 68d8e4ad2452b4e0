// the columns of Outlook's contact import (the template of outlook.com's "Import contacts", which
// classic Outlook's CSV import also reads), matched by header name. Outlook has fixed slots: three
// e-mails, one mobile, two home, two business and one other phone. a value without a free slot, and
// a birthday without a year (Outlook always stores one), is counted in `dropped` and the export screen
// says so.

import type { Contact, PhoneKind } from '../contact';
import type { ExportDropped, ExportOptions } from './options';
import type { ContactTable } from './table';
import { countryName, phoneWriter } from './values';

const HEADER = [
	'First Name',
	'Middle Name',
	'Last Name',
	'Title',
	'Suffix',
	'Nickname',
	'Given Yomi',
	'Surname Yomi',
	'E-mail Address',
	'E-mail 2 Address',
	'E-mail 3 Address',
	'Home Phone',
	'Home Phone 2',
	'Business Phone',
	'Business Phone 2',
	'Mobile Phone',
	'Car Phone',
	'Other Phone',
	'Primary Phone',
	'Pager',
	'Business Fax',
	'Home Fax',
	'Other Fax',
	'Company Main Phone',
	'Callback',
	'Radio Phone',
	'Telex',
	'TTY/TDD Phone',
	'IMAddress',
	'Job Title',
	'Department',
	'Company',
	'Office Location',
	"Manager's Name",
	"Assistant's Name",
	"Assistant's Phone",
	'Company Yomi',
	'Business Street',
	'Business City',
	'Business State',
	'Business Postal Code',
	'Business Country/Region',
	'Home Street',
	'Home City',
	'Home State',
	'Home Postal Code',
	'Home Country/Region',
	'Other Street',
	'Other City',
	'Other State',
	'Other Postal Code',
	'Other Country/Region',
	'Personal Web Page',
	'Spouse',
	'Schools',
	'Hobby',
	'Location',
	'Web Page',
	'Birthday',
	'Anniversary',
	'Notes'
] as const;

type Column = (typeof HEADER)[number];

// the slots each kind of phone may take, best first; 'Other Phone' takes what is left over
const PHONE_SLOTS: Readonly<Record<PhoneKind, readonly Column[]>> = {
	mobile: ['Mobile Phone', 'Other Phone'],
	whatsapp: ['Mobile Phone', 'Other Phone'],
	home: ['Home Phone', 'Home Phone 2', 'Other Phone'],
	work: ['Business Phone', 'Business Phone 2', 'Other Phone'],
	other: ['Other Phone', 'Home Phone 2', 'Business Phone 2']
};
const EMAIL_SLOTS: readonly Column[] = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];

const INDEX = new Map<Column, number>(HEADER.map((name, index) => [name, index]));

export function outlookTable(opts: ExportOptions): ContactTable {
	const phone = phoneWriter(opts);
	const dropped: ExportDropped = { phones: 0, emails: 0, birthDates: 0 };
	return {
		header: [...HEADER],
		dropped,
		row(contact: Contact) {
			const cells: string[] = HEADER.map(() => '');
			const set = (column: Column, value: string) => {
				cells[INDEX.get(column) ?? 0] = value;
			};
			const free = (column: Column) => cells[INDEX.get(column) ?? 0] === '';
			set('First Name', contact.firstName);
			set('Last Name', contact.lastName);
			set('Nickname', contact.alias);
			set('Company', contact.organization);
			contact.emails.forEach((email, index) => {
				const slot = EMAIL_SLOTS[index];
				if (slot) set(slot, email.value);
				else dropped.emails += 1;
			});
			for (const entry of contact.phones) {
				const slot = PHONE_SLOTS[entry.kind].find(free);
				if (slot) set(slot, phone(entry.value, contact.country));
				else dropped.phones += 1;
			}
			set('Home Street', contact.street);
			set('Home City', contact.city);
			set('Home State', contact.region);
			set('Home Postal Code', contact.postalCode);
			set('Home Country/Region', countryName(contact.country));
			if (contact.birthDate.startsWith('--')) dropped.birthDates += 1;
			else set('Birthday', contact.birthDate);
			set('Notes', contact.note);
			return cells;
		}
	};
}
