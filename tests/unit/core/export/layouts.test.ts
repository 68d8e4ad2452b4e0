import { describe, expect, it } from 'vitest';
import { createExporter, exportContacts } from '../../../../src/lib/core/export/export-contacts';
import { FIELDS, LISTS, makeBook } from './fixtures';
import { parseCsv } from './read-csv';

const book = makeBook();

function table(format: 'google-csv' | 'outlook-csv') {
	const csv = [...exportContacts(book, { format, fields: FIELDS, lists: LISTS })].join('');
	const { header, rows } = parseCsv(csv);
	return {
		header,
		cell: (row: number, name: string) => {
			expect(header).toContain(name);
			return rows[row]?.[header.indexOf(name)];
		}
	};
}

describe('Google Contacts layout', () => {
	const { header, cell } = table('google-csv');

	it('has the header names Google writes and reads', () => {
		expect(header.slice(0, 17)).toEqual([
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
		]);
		expect(header).toEqual(
			expect.arrayContaining([
				'E-mail 1 - Label',
				'E-mail 2 - Value',
				'Phone 3 - Label',
				'Phone 3 - Value',
				'Address 1 - Street',
				'Address 1 - Postal Code',
				'Address 1 - Country',
				'Custom Field 5 - Label',
				'Custom Field 5 - Value'
			])
		);
	});

	it.each([
		{ name: 'names', input: [0, 'Last Name'], expected: 'Müller-Lüdenscheidt' },
		{ name: 'nickname', input: [0, 'Nickname'], expected: 'Zo, the "boss"' },
		{ name: 'organization', input: [0, 'Organization Name'], expected: 'Bäckerei Kunz; Filiale 2' },
		{ name: 'lists as labels', input: [0, 'Labels'], expected: 'Choir ::: Newsletter, weekly' },
		{ name: 'primary phone label', input: [0, 'Phone 1 - Label'], expected: '* Mobile' },
		{ name: 'phone value', input: [0, 'Phone 1 - Value'], expected: '+4915123456789' },
		{ name: 'custom phone label', input: [0, 'Phone 3 - Label'], expected: 'WhatsApp' },
		{ name: 'primary e-mail', input: [0, 'E-mail 1 - Label'], expected: '* Other' },
		{ name: 'birthday without a year', input: [0, 'Birthday'], expected: '--02-29' },
		{ name: 'country as a name', input: [0, 'Address 1 - Country'], expected: 'Germany' },
		{ name: 'custom field label', input: [0, 'Custom Field 2 - Label'], expected: 'Dues' },
		{ name: 'custom field value', input: [0, 'Custom Field 2 - Value'], expected: '1.2340' },
		{ name: 'empty custom field', input: [2, 'Custom Field 1 - Label'], expected: '' },
		{ name: 'full birthday', input: [1, 'Birthday'], expected: '2305-07-13' }
	] as const)('writes $name', ({ input, expected }) => {
		expect(cell(input[0], input[1])).toBe(expected);
	});
});

describe('Outlook layout', () => {
	const { header, cell } = table('outlook-csv');

	it('has the header of Outlook’s import template', () => {
		expect(header).toHaveLength(61);
		expect(header.slice(0, 11)).toEqual([
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
			'E-mail 3 Address'
		]);
		expect(header.at(-1)).toBe('Notes');
	});

	it.each([
		{ name: 'mobile', input: [0, 'Mobile Phone'], expected: '+4915123456789' },
		{ name: 'work', input: [0, 'Business Phone'], expected: '+49301234567' },
		{ name: 'whatsapp after the mobile', input: [0, 'Other Phone'], expected: '+33612345678' },
		{ name: 'home', input: [1, 'Home Phone'], expected: '+447400123456' },
		{ name: 'other', input: [1, 'Other Phone'], expected: '+390612345678' },
		{ name: 'second e-mail', input: [0, 'E-mail 2 Address'], expected: 'z.mueller@bäckerei.de' },
		{ name: 'company', input: [0, 'Company'], expected: 'Bäckerei Kunz; Filiale 2' },
		{ name: 'country', input: [0, 'Home Country/Region'], expected: 'Germany' },
		{ name: 'no year-less birthday', input: [0, 'Birthday'], expected: '' },
		{ name: 'a full birthday', input: [1, 'Birthday'], expected: '2305-07-13' }
	] as const)('writes $name', ({ input, expected }) => {
		expect(cell(input[0], input[1])).toBe(expected);
	});

	it('counts what has no slot', () => {
		const exporter = createExporter({ format: 'outlook-csv' });
		const [zoe] = book;
		if (!zoe) throw new Error('no contact');
		const crowded = {
			...zoe,
			phones: Array.from({ length: 4 }, (_, i) => ({
				value: `+4915123456${70 + i}`,
				kind: 'mobile' as const
			})),
			emails: ['a', 'b', 'c', 'd'].map((x) => ({ value: `${x}@example.org` }))
		};
		exporter.write([crowded]);
		// a mobile takes the mobile and the other slot; two are left over
		expect(exporter.dropped).toEqual({ phones: 2, emails: 1, birthDates: 1 });
	});
});
