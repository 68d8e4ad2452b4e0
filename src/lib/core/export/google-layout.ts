// the columns Google Contacts writes in its own CSV export ("Google CSV", 2024 layout) and reads back
// on import, matched by header name. a value Google has no column for is left out.
// labels: Google marks the primary value with a leading "* " and keeps any other label as a custom
// one ("WhatsApp"); list names go into "Labels", separated by " ::: " as Google writes them.

import type { Contact } from '../contact';
import type { ExportDropped, ExportOptions } from './options';
import type { ContactTable } from './table';
import { DEFAULT_SHAPE } from './table';
import { PHONE_KIND_NAMES, countryName, customText, listNamer, phoneWriter } from './values';

const NAME_COLUMNS = [
	'First Name',
	'Middle Name',
	'Last Name',
	'Phonetic First Name',
	'Phonetic Middle Name',
	'Phonetic Last Name',
	'Name Prefix',
	'Name Suffix',
	'Nickname',
	'File As',
	'Organization Name',
	'Organization Title',
	'Organization Department',
	'Birthday',
	'Notes',
	'Photo',
	'Labels'
] as const;

const ADDRESS_COLUMNS = [
	'Address 1 - Label',
	'Address 1 - Formatted',
	'Address 1 - Street',
	'Address 1 - City',
	'Address 1 - PO Box',
	'Address 1 - Region',
	'Address 1 - Postal Code',
	'Address 1 - Country',
	'Address 1 - Extended Address'
] as const;

export function googleTable(opts: ExportOptions): ContactTable {
	const shape = opts.shape ?? DEFAULT_SHAPE;
	const fields = opts.fields ?? [];
	const phone = phoneWriter(opts);
	const listNames = listNamer(opts.lists);
	const dropped: ExportDropped = { phones: 0, emails: 0, birthDates: 0 };

	const header: string[] = [...NAME_COLUMNS];
	for (let n = 1; n <= shape.emails; n++) header.push(`E-mail ${n} - Label`, `E-mail ${n} - Value`);
	for (let n = 1; n <= shape.phones; n++) header.push(`Phone ${n} - Label`, `Phone ${n} - Value`);
	header.push(...ADDRESS_COLUMNS);
	fields.forEach((_, index) => {
		header.push(`Custom Field ${index + 1} - Label`, `Custom Field ${index + 1} - Value`);
	});

	return {
		header,
		dropped,
		row(contact: Contact) {
			const cells: string[] = [
				contact.firstName,
				'',
				contact.lastName,
				'',
				'',
				'',
				'',
				'',
				contact.alias,
				'',
				contact.organization,
				'',
				'',
				contact.birthDate,
				contact.note,
				'',
				listNames(contact.listIds).join(' ::: ')
			];
			for (let i = 0; i < shape.emails; i++) {
				const email = contact.emails[i];
				cells.push(email ? primary(i, 'Other') : '', email?.value ?? '');
			}
			for (let i = 0; i < shape.phones; i++) {
				const entry = contact.phones[i];
				cells.push(
					entry ? primary(i, PHONE_KIND_NAMES[entry.kind]) : '',
					entry ? phone(entry.value, contact.country) : ''
				);
			}
			dropped.emails += Math.max(0, contact.emails.length - shape.emails);
			dropped.phones += Math.max(0, contact.phones.length - shape.phones);
			const hasAddress = Boolean(
				contact.street || contact.city || contact.postalCode || contact.region || contact.country
			);
			cells.push(
				hasAddress ? 'Home' : '',
				'',
				contact.street,
				contact.city,
				'',
				contact.region,
				contact.postalCode,
				countryName(contact.country),
				''
			);
			for (const field of fields) {
				const value = customText(contact.custom[field.id]);
				cells.push(value === '' ? '' : field.label, value);
			}
			return cells;
		}
	};
}

function primary(index: number, label: string): string {
	return index === 0 ? `* ${label}` : label;
}
