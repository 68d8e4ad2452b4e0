import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type {
	Contact,
	ContactDraft,
	CustomValue,
	PhoneKind
} from '../../../../src/lib/core/contact';
import { createContact } from '../../../../src/lib/core/create-contact';
import { parseCustomValue } from '../../../../src/lib/core/custom-fields';
import { exportContacts } from '../../../../src/lib/core/export/export-contacts';
import { escapeText, foldLine } from '../../../../src/lib/core/export/vcard';
import { FIELDS, LISTS, makeBook } from './fixtures';
import { importBack } from './import-back';

const book = makeBook();
const vcf = [...exportContacts(book, { format: 'vcard', fields: FIELDS, lists: LISTS })].join('');

type JCalProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

// ical.js (an independent parser) reads the file; its properties become a draft again
function parseCards(text: string): JCalProperty[][] {
	const parsed = ICAL.parse(text) as unknown[];
	// one card parses to a component, several to a list of them
	const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as [string, JCalProperty[]][];
	return cards.map((card) => {
		expect(card[0]).toBe('vcard');
		return card[1];
	});
}

const list = (value: string | string[] | undefined) =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];

function kindOf(types: string[]): PhoneKind {
	if (types.includes('X-WHATSAPP')) return 'whatsapp';
	if (types.includes('CELL')) return 'mobile';
	if (types.includes('HOME')) return 'home';
	if (types.includes('WORK')) return 'work';
	return 'other';
}

function cardToDraft(props: JCalProperty[]): { draft: ContactDraft; uid: string } {
	const draft: ContactDraft = { phones: [], emails: [], custom: {}, listIds: [] };
	let uid = '';
	for (const [name, params, , ...values] of props) {
		const value = values[0];
		switch (name) {
			case 'n': {
				const [last = '', first = ''] = value as string[];
				draft.lastName = last;
				draft.firstName = first;
				break;
			}
			case 'nickname':
				draft.alias = values.join(',');
				break;
			case 'org':
				draft.organization = Array.isArray(value) ? value.join(';') : String(value);
				break;
			case 'tel':
				draft.phones?.push({ value: String(value), kind: kindOf(list(params.type)) });
				break;
			case 'email':
				draft.emails?.push({ value: String(value) });
				break;
			case 'bday':
				draft.birthDate = String(value);
				break;
			case 'adr': {
				const [, , street = '', city = '', region = '', postalCode = '', country = ''] =
					value as string[];
				Object.assign(draft, { street, city, region, postalCode, country });
				break;
			}
			case 'note':
				draft.note = values.join(',');
				break;
			case 'categories':
				draft.listIds = LISTS.filter((l) => values.includes(l.name)).map((l) => l.id);
				break;
			case 'x-carnet-field': {
				const field = FIELDS.find((f) => f.label === params['x-label']);
				if (!field) throw new Error(`unknown field ${String(params['x-label'])}`);
				const parsed = parseCustomValue(field, String(value));
				if (!parsed.ok) throw new Error(parsed.error);
				(draft.custom as Record<string, CustomValue>)[field.id] = parsed.value;
				break;
			}
			case 'x-carnet-subscription':
				draft.subscription = value === 'unsubscribed' ? 'unsubscribed' : 'subscribed';
				break;
			case 'uid':
				uid = String(value);
				break;
		}
	}
	return { draft, uid };
}

describe('vcard export', () => {
	it('is read by ical.js back to the same contacts', () => {
		const cards = parseCards(vcf);
		expect(cards).toHaveLength(book.length);
		const back = cards.map((props, index) => {
			const original = book[index] as Contact;
			const { draft, uid } = cardToDraft(props);
			expect(uid).toBe(original.id);
			const result = createContact(draft, {
				defaultCountry: 'DE',
				now: original.createdAt,
				id: uid
			});
			if (!result.ok) throw new Error(JSON.stringify(result.errors));
			return result.contact;
		});
		expect(back).toEqual(book);
	});

	it('reads back through our own import as the same contacts', async () => {
		const file = new File([vcf], 'contacts.vcf');
		expect(await importBack(file, book, FIELDS, LISTS)).toEqual(book);
	});

	it('writes version 3.0, FN, kinds, PREF and the year-less birthday', () => {
		const [first] = parseCards(vcf);
		const find = (name: string) => first?.filter((p) => p[0] === name) ?? [];
		expect(find('version')[0]?.[3]).toBe('3.0');
		expect(find('fn')[0]?.[3]).toBe('Zoë Müller-Lüdenscheidt');
		expect(find('tel').map((p) => list(p[1].type))).toEqual([
			['CELL', 'PREF'],
			['WORK', 'VOICE'],
			['CELL', 'X-WHATSAPP']
		]);
		expect(find('email').map((p) => list(p[1].type))).toEqual([['INTERNET', 'PREF'], ['INTERNET']]);
		expect(find('bday')[0]?.[3]).toBe('--02-29');
		expect(find('categories')[0]?.slice(3)).toEqual(['Choir', 'Newsletter, weekly']);
	});

	it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
		expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
		const lines = vcf.split('\r\n').slice(0, -1);
		const decoder = new TextDecoder('utf-8', { fatal: true });
		const encoder = new TextEncoder();
		for (const line of lines) {
			const bytes = encoder.encode(line);
			expect(bytes.length).toBeLessThanOrEqual(75);
			expect(() => decoder.decode(bytes)).not.toThrow();
		}
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		expect(vcf.includes('\n') && !/[^\r]\n/.test(vcf)).toBe(true);
	});
});

describe('vcard text', () => {
	it.each([
		{ name: 'plain', input: ['Ada', false], expected: 'Ada' },
		{ name: 'comma', input: ['a,b', false], expected: 'a\\,b' },
		{ name: 'backslash', input: ['a\\b', false], expected: 'a\\\\b' },
		{ name: 'line breaks', input: ['a\r\nb\nc', false], expected: 'a\\nb\\nc' },
		{ name: 'semicolon in text', input: ['a;b', false], expected: 'a;b' },
		{ name: 'semicolon in a component', input: ['a;b', true], expected: 'a\\;b' }
	] as const)('$name', ({ input, expected }) => {
		expect(escapeText(input[0], input[1])).toBe(expected);
	});

	it.each([
		{ name: 'short', input: 'NOTE:hi', expected: 'NOTE:hi\r\n' },
		{ name: 'exactly 75', input: 'X'.repeat(75), expected: 'X'.repeat(75) + '\r\n' },
		{
			name: '76 octets',
			input: 'X'.repeat(76),
			expected: `${'X'.repeat(75)}\r\n X\r\n`
		},
		{
			name: 'a two-octet character at the edge moves to the next line',
			input: 'X'.repeat(74) + 'é',
			expected: `${'X'.repeat(74)}\r\n é\r\n`
		}
	])('folds $name', ({ input, expected }) => {
		expect(foldLine(input)).toBe(expected);
	});
});
