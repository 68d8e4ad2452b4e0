// a small book with everything an export must carry: accents, emoji, commas, quotes and line breaks,
// values that look like formulas, several phones of every kind, a birthday without a year, every
// type of custom field, lists, and an unsubscribed contact.

import type { Contact, ContactDraft } from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import type { ExportField, ExportList } from '../../../../src/lib/core/export/options';

/** custom fields as the db keeps them: a choice field has its options */
export const FIELDS: (ExportField & { options?: string[] })[] = [
	{ id: 'f-voice', label: 'Voice', type: 'choice', options: ['soprano', 'alto'] },
	{ id: 'f-dues', label: 'Dues', type: 'number' },
	{ id: 'f-member', label: 'Member', type: 'boolean' },
	{ id: 'f-joined', label: 'Joined', type: 'date' },
	{ id: 'f-remark', label: 'Remark; "quoted"', type: 'text' }
];

export const LISTS: ExportList[] = [
	{ id: 'l-choir', name: 'Choir' },
	{ id: 'l-news', name: 'Newsletter, weekly' }
];

const DRAFTS: ContactDraft[] = [
	{
		firstName: 'Zoë',
		lastName: 'Müller-Lüdenscheidt',
		alias: 'Zo, the "boss"',
		organization: 'Bäckerei Kunz; Filiale 2',
		phones: [
			{ value: '+49 151 23456789', kind: 'mobile' },
			{ value: '030 1234567', kind: 'work' },
			{ value: '+33 6 12 34 56 78', kind: 'whatsapp' }
		],
		emails: [{ value: 'zoe@example.org' }, { value: 'z.mueller@bäckerei.de' }],
		birthDate: '--02-29',
		street: 'Hauptstraße 5\nHinterhaus',
		postalCode: '10115',
		city: 'Berlin',
		region: 'BE',
		country: 'DE',
		note: '=HYPERLINK("https://evil.example","click")\nsecond line, with comma; and semicolon\\backslash',
		listIds: ['l-choir', 'l-news'],
		custom: {
			'f-voice': 'alto',
			'f-dues': 1.234,
			'f-member': true,
			'f-joined': '2019-03-01',
			'f-remark': '@sum(1+1)'
		}
	},
	{
		firstName: 'Jean-Luc',
		lastName: 'Picard',
		phones: [
			{ value: '+44 7400 123456', kind: 'home' },
			{ value: '+39 06 1234 5678', kind: 'other' }
		],
		emails: [{ value: 'jl@example.fr' }],
		birthDate: '2305-07-13',
		subscription: 'unsubscribed',
		note: '-5 is not a formula but -x is',
		custom: { 'f-dues': -12.5, 'f-member': false }
	},
	{
		firstName: '山田',
		lastName: '太郎 👩‍💻',
		emails: [{ value: 'taro@example.jp' }],
		organization: '+Plus GmbH',
		note: 'A long note that goes on and on so that the vCard line must be folded more than once: éèêë àâä ôö ûü ç — 山田太郎 👩‍💻 and more text.'
	},
	{ organization: 'Only an organization', phones: [{ value: '+1 212 555 0123', kind: 'work' }] }
];

/** the book, with fixed ids and times */
export function makeBook(): Contact[] {
	return DRAFTS.map((draft, index) => {
		const result = createContact(draft, {
			defaultCountry: 'DE',
			now: 1_700_000_000_000 + index,
			id: `0190f0e4-7c1a-7000-8000-00000000000${index}`
		});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		return result.contact;
	});
}
