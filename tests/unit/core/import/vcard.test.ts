import { describe, expect, it } from 'vitest';
import { cardContact, vcardHeader } from '../../../../src/lib/core/import/vcard';
import {
	LineJoiner,
	decodeCharset,
	parseProperty,
	propertyValue,
	quotedPrintableBytes,
	splitEscaped,
	splitLines,
	unescapeText,
	type VcardProperty
} from '../../../../src/lib/core/import/vcard-lines';
import { fixture, readAll, textFile } from './read-test-files';

function joined(lines: string[]): string[] {
	const joiner = new LineJoiner();
	const out: string[] = [];
	for (const line of lines) joiner.push(line, out);
	joiner.flush(out);
	return out;
}

describe('splitLines', () => {
	const cases = [
		{
			name: 'CRLF',
			input: { text: 'a\r\nb\r\n', final: true },
			expected: { lines: ['a', 'b'], rest: '' }
		},
		{
			name: 'an unfinished line waits',
			input: { text: 'a\nb', final: false },
			expected: { lines: ['a'], rest: 'b' }
		},
		{
			name: 'a CR at the end waits for its LF',
			input: { text: 'a\r\nb\r', final: false },
			expected: { lines: ['a'], rest: 'b\r' }
		},
		{
			name: 'the last line of the file',
			input: { text: 'a\nb', final: true },
			expected: { lines: ['a', 'b'], rest: '' }
		},
		{
			name: 'empty lines are kept',
			input: { text: 'a\n\nb\n', final: true },
			expected: { lines: ['a', '', 'b'], rest: '' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(splitLines(input.text, input.final)).toEqual(expected);
	});
});

describe('LineJoiner', () => {
	const cases = [
		{
			name: 'folded with a space',
			input: ['NOTE:one tw', ' o', 'FN:x'],
			expected: ['NOTE:one two', 'FN:x']
		},
		{ name: 'folded with a tab', input: ['NOTE:Es', '\tpaña'], expected: ['NOTE:España'] },
		{
			name: 'quoted-printable soft line break',
			input: ['NOTE;ENCODING=QUOTED-PRINTABLE:ab=', 'cd=', 'ef', 'FN:x'],
			expected: ['NOTE;ENCODING=QUOTED-PRINTABLE:abcdef', 'FN:x']
		},
		{
			name: "2.1's bare QUOTED-PRINTABLE",
			input: ['NOTE;QUOTED-PRINTABLE:ab=', 'cd'],
			expected: ['NOTE;QUOTED-PRINTABLE:abcd']
		},
		{
			name: 'a "=" at the end of a line that is not quoted-printable is text',
			input: ['NOTE:a=', 'FN:x'],
			expected: ['NOTE:a=', 'FN:x']
		},
		{
			name: 'an empty line ends a base64 photo',
			input: ['PHOTO;ENCODING=BASE64:abc', ' def', '', 'END:VCARD'],
			expected: ['PHOTO;ENCODING=BASE64:abcdef', 'END:VCARD']
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(joined(input)).toEqual(expected);
	});
});

describe('parseProperty', () => {
	const cases = [
		{
			name: 'group, name and types',
			input: 'item1.TEL;type=CELL;type=pref:+49 170 1',
			expected: {
				group: 'item1',
				name: 'TEL',
				params: { TYPE: ['CELL', 'pref'] },
				raw: '+49 170 1'
			}
		},
		{
			name: "2.1's bare types and encoding",
			input: 'TEL;CELL;QUOTED-PRINTABLE:+49',
			expected: {
				group: '',
				name: 'TEL',
				params: { TYPE: ['CELL'], ENCODING: ['QUOTED-PRINTABLE'] },
				raw: '+49'
			}
		},
		{
			name: "4.0's quoted list and a ':' inside a quoted parameter",
			input: 'ADR;TYPE="home,pref";LABEL="Street 1: back":;;Street 1',
			expected: {
				group: '',
				name: 'ADR',
				params: { TYPE: ['home,pref'], LABEL: ['Street 1: back'] },
				raw: ';;Street 1'
			}
		},
		{
			name: "android's custom label",
			input: 'TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=42=C3=BCro):+49 89',
			expected: { group: '', name: 'TEL', params: { 'X-CUSTOM': ['Büro'] }, raw: '+49 89' }
		},
		{
			name: 'the value keeps its colons',
			input: 'URL:https://x.example',
			expected: { group: '', name: 'URL', params: {}, raw: 'https://x.example' }
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		const property = parseProperty(input);
		expect(property && { ...property, params: Object.fromEntries(property.params) }).toEqual(
			expected
		);
	});

	it('a line without a colon is no property', () => {
		expect(parseProperty('garbage')).toBeNull();
	});
});

describe('values', () => {
	it('quoted-printable bytes, leaving a lone "=" as it is', () => {
		expect([...quotedPrintableBytes('a=3Db=C3=BC=X')]).toEqual([
			0x61, 0x3d, 0x62, 0xc3, 0xbc, 0x3d, 0x58
		]);
	});

	const charsets = [
		{ name: 'utf-8 by default', input: { bytes: [0xc3, 0xbc], charset: '' }, expected: 'ü' },
		{ name: 'ISO-8859-1', input: { bytes: [0xfc, 0x80], charset: 'ISO-8859-1' }, expected: 'ü€' },
		{
			name: 'no CHARSET but not utf-8',
			input: { bytes: [0x4d, 0xfc], charset: '' },
			expected: 'Mü'
		},
		{
			name: 'an unknown CHARSET reads as utf-8',
			input: { bytes: [0xc3, 0xbc], charset: 'x-klingon' },
			expected: 'ü'
		}
	];
	it.each(charsets)('CHARSET: $name', ({ input, expected }) => {
		expect(decodeCharset(new Uint8Array(input.bytes), input.charset)).toBe(expected);
	});

	const escapes = [
		{
			name: 'comma, semicolon, backslash, newline',
			input: 'a\\, b\\; c\\\\d\\ne\\Nf',
			expected: 'a, b; c\\d\ne\nf'
		},
		{ name: 'an unknown escape stays', input: 'C:\\temp', expected: 'C:\\temp' }
	];
	it.each(escapes)('unescape: $name', ({ input, expected }) => {
		expect(unescapeText(input)).toBe(expected);
	});

	it('splits a structured value at unescaped separators only', () => {
		expect(splitEscaped('Nguyen\\, Tran;Buchhaltung;', ';')).toEqual([
			'Nguyen\\, Tran',
			'Buchhaltung',
			''
		]);
	});

	it('base64 text with a CHARSET', () => {
		const property = parseProperty('NOTE;ENCODING=b;CHARSET=UTF-8:R3LDtsOfZQ==') as VcardProperty;
		expect(propertyValue(property)).toBe('Größe');
	});
});

function contactOf(lines: string[]) {
	return cardContact(
		1,
		lines.map((line) => parseProperty(line) as VcardProperty)
	);
}

describe('cardContact', () => {
	const phoneTypes = [
		{ name: '2.1 CELL', input: ['TEL;CELL:1'], expected: 'mobile' },
		{ name: '3.0 type=cell,voice', input: ['TEL;TYPE=cell,voice:1'], expected: 'mobile' },
		{ name: '4.0 quoted "cell,voice"', input: ['TEL;TYPE="cell,voice":1'], expected: 'mobile' },
		{ name: 'work and cell is a mobile', input: ['TEL;TYPE=WORK;TYPE=CELL:1'], expected: 'mobile' },
		{ name: 'home', input: ['TEL;TYPE=HOME:1'], expected: 'home' },
		{ name: 'work voice', input: ['TEL;TYPE=WORK,VOICE:1'], expected: 'work' },
		{ name: 'fax', input: ['TEL;TYPE=HOME,FAX:1'], expected: 'other' },
		{ name: 'only voice says nothing', input: ['TEL;TYPE=VOICE:1'], expected: '' },
		{ name: 'no type', input: ['TEL:1'], expected: '' },
		{ name: 'whatsapp type', input: ['TEL;TYPE=X-WhatsApp:1'], expected: 'whatsapp' },
		{
			name: 'apple label',
			input: ['item1.TEL:1', 'item1.X-ABLabel:_$!<Mobile>!$_'],
			expected: 'mobile'
		},
		{
			name: 'apple other label',
			input: ['item1.TEL:1', 'item1.X-ABLabel:_$!<Main>!$_'],
			expected: 'other'
		},
		{
			name: 'a label of the user’s own',
			input: ['item1.TEL:1', 'item1.X-ABLabel:Handy privat'],
			expected: 'Handy privat'
		},
		{
			name: 'android custom label',
			input: ['TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=57=68=61=74=73=41=70=70):1'],
			expected: 'whatsapp'
		}
	];
	it.each(phoneTypes)('phone type: $name', ({ input, expected }) => {
		expect(contactOf(input).phones[0]?.type).toBe(expected);
	});

	const birthDates = [
		{ name: 'ISO', input: 'BDAY:1980-12-31', expected: '1980-12-31' },
		{ name: 'basic', input: 'BDAY:19801231', expected: '1980-12-31' },
		{ name: 'with a time', input: 'BDAY:1980-12-31T00:00:00Z', expected: '1980-12-31' },
		{ name: '4.0 without a year', input: 'BDAY:--1231', expected: '--12-31' },
		{ name: '3.0 without a year', input: 'BDAY:--12-31', expected: '--12-31' },
		{
			name: "apple's year 1604",
			input: 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-31',
			expected: '--12-31'
		},
		{ name: 'text stays text', input: 'BDAY;VALUE=text:circa 1800', expected: 'circa 1800' }
	];
	it.each(birthDates)('birth date: $name', ({ input, expected }) => {
		expect(contactOf([input]).fields['Birth date']).toBe(expected);
	});

	it('puts preferred phones and e-mails first', () => {
		const contact = contactOf(['TEL:1', 'TEL;PREF=1:2', 'EMAIL:a@x', 'EMAIL;TYPE=pref:b@x']);
		expect(contact.phones.map((phone) => phone.value)).toEqual(['2', '1']);
		expect(contact.emails).toEqual(['b@x', 'a@x']);
	});

	it('takes the preferred address', () => {
		const contact = contactOf([
			'ADR;TYPE=work:;;Work St 1;Bonn;;53111;DE',
			'ADR;TYPE=home,pref:;;Home St 2;Köln;NRW;50667;DE'
		]);
		expect([contact.fields.Street, contact.fields.City, contact.fields.Region]).toEqual([
			'Home St 2',
			'Köln',
			'NRW'
		]);
	});
});

describe('carnet’s own properties', () => {
	it.each([
		{
			name: 'categories become lists, without google’s system group',
			input: ['CATEGORIES:myContacts,Choir,Newsletter\\, weekly'],
			expected: { lists: ['Choir', 'Newsletter, weekly'] }
		},
		{
			name: 'the subscription',
			input: ['X-CARNET-SUBSCRIPTION:unsubscribed'],
			expected: { subscription: 'unsubscribed' }
		},
		{
			name: 'custom fields by their label, quotes and line breaks caret-encoded',
			input: [
				`X-CARNET-FIELD;VALUE=text;X-LABEL="Remark; ^'quoted^'":@sum(1\\,1)`,
				'X-CARNET-FIELD;X-LABEL="Dues":1.2340'
			],
			expected: {
				custom: new Map([
					['Remark; "quoted"', '@sum(1,1)'],
					['Dues', '1.2340']
				])
			}
		}
	])('$name', ({ input, expected }) => {
		expect(contactOf(input)).toMatchObject(expected);
	});

	it.each([
		{ name: 'the organization', input: ['N:;;;;', 'FN:ACME', 'ORG:ACME'], expected: '' },
		{ name: 'the e-mail', input: ['FN:a@example.org', 'EMAIL:a@example.org'], expected: '' },
		{ name: 'the nickname', input: ['FN:Zo', 'NICKNAME:Zo'], expected: '' },
		{ name: 'a name of its own', input: ['FN:Ada Lovelace', 'ORG:ACME'], expected: 'Ada Lovelace' },
		{
			name: 'a name beside N',
			input: ['N:Lovelace;Ada;;;', 'FN:ACME', 'ORG:ACME'],
			expected: 'ACME'
		}
	])('leaves out a full name that only repeats $name', ({ input, expected }) => {
		expect(contactOf(input).fields['Full name']).toBe(expected);
	});

	it('adds Lists, Subscription and one column per custom field to the header', () => {
		const extras = { lists: true, subscription: true, custom: ['Dues', 'City'] };
		expect(vcardHeader(1, 1, extras).slice(-5)).toEqual([
			'Email 1',
			'Lists',
			'Subscription',
			'Dues',
			// a field named like a column of its own keeps out of that column
			'City (custom)'
		]);
	});
});

const BASE = ['', '', '', '', '', '', '', '', '', '', '', ''];
const base = (values: Record<number, string>) => BASE.map((value, i) => values[i] ?? value);

describe('readRows on vCard fixtures', () => {
	const cases = [
		{
			name: 'android 2.1: quoted-printable, CHARSET, soft breaks, a photo; the empty card is skipped',
			input: 'android-2.1.vcf',
			expected: {
				header: vcardHeader(3, 2),
				numbers: [1, 2, 4],
				rows: [
					[
						...base({
							0: 'Jürgen',
							1: 'Müller',
							2: 'Jürgen Müller',
							5: '1975-04-23',
							6: 'Hauptstraße 5',
							7: '80331',
							8: 'München',
							9: 'Bayern',
							10: 'Deutschland',
							11: 'Erste Zeile\r\nZweite Zeile, die sehr lang ist und daher umbrochen wird'
						}),
						'+49 151 23456789',
						'mobile',
						'030 1234567',
						'home',
						'+49 151 98765432',
						'whatsapp',
						'juergen@example.de',
						''
					],
					[
						...base({ 0: 'Zoë', 1: 'Lefèvre', 2: 'Zoë Lefèvre', 4: 'Example SARL' }),
						'+33 1 23 45 67 89',
						'work',
						'+33 6 12 34 56 78',
						'mobile',
						'',
						'',
						'zoe@example.fr',
						''
					],
					[
						...base({ 0: 'Ben', 1: 'Okafor' }),
						'+44 20 7946 0000',
						'other',
						'',
						'',
						'',
						'',
						'ben@example.co.uk',
						'ben.okafor@work.example'
					]
				]
			}
		},
		{
			name: 'iphone 3.0: labels, escapes, folded lines, no birth year',
			input: 'iphone-3.0.vcf',
			expected: {
				header: vcardHeader(4, 1),
				numbers: [1, 2],
				rows: [
					[
						...base({
							0: 'Thi Minh',
							1: 'Nguyen',
							2: 'Thi Minh Nguyen',
							3: 'Minh',
							4: 'Nguyen, Tran & Partner',
							5: '--04-12',
							6: 'Schillerstraße 1\nHinterhaus',
							7: '10627',
							8: 'Berlin',
							10: 'Deutschland',
							11: 'Kennt Anna aus der Uni.\nRuft gern abends an; nie vor 9. Dieser Satz ist gefaltet und geht weiter.'
						}),
						'+49 170 1112223',
						'mobile',
						'+49 170 4445556',
						'whatsapp',
						'+49 89 7778889',
						'work',
						'+49 89 1234',
						'Büro Zentrale',
						'minh@example.de'
					],
					[
						...base({ 0: 'Charlie', 1: 'Brown', 2: 'Dr. Charlie Brown', 5: '1969-10-02' }),
						'+1 (555) 010-0199',
						'mobile',
						'+1 555 010 0100',
						'home',
						'+1 555 010 0101',
						'work',
						'',
						'',
						'charlie.brown@example.com'
					]
				]
			}
		},
		{
			name: '4.0: uri values, PREF=1, tab folding, several given names',
			input: 'contacts-4.0.vcf',
			expected: {
				header: vcardHeader(2, 2),
				numbers: [1, 2],
				rows: [
					[
						...base({
							0: 'María José',
							1: 'García López',
							2: 'María José García López',
							5: '--04-12',
							6: 'Calle Mayor 1',
							7: '28013',
							8: 'Madrid',
							10: 'España'
						}),
						'+34-600-123-456',
						'mobile',
						'+34-91-123-4567',
						'work',
						'maria@example.es',
						'maria.garcia@example.es'
					],
					[...base({ 2: 'Acme Support', 4: 'Acme Ltd.' }), '+44 20 7946 0958', '', '', '', '', '']
				]
			}
		}
	];

	it.each(cases)('$name', async ({ input, expected }) => {
		const result = await readAll(fixture(input));
		expect(result.header).toEqual(expected.header);
		expect(result.rows).toEqual(expected.rows);
		expect(result.numbers).toEqual(expected.numbers);
	});

	it.each(['android-2.1.vcf', 'iphone-3.0.vcf', 'contacts-4.0.vcf'])(
		'%s reads the same through 1 to 9 byte slices',
		async (name) => {
			const whole = await readAll(fixture(name));
			for (let chunkBytes = 1; chunkBytes <= 9; chunkBytes++) {
				const sliced = await readAll(fixture(name), { chunkBytes });
				expect([sliced.rows, sliced.numbers]).toEqual([whole.rows, whole.numbers]);
			}
		}
	);

	it('a nested card (2.1 AGENT) is skipped with its parent card intact', async () => {
		const text = [
			'BEGIN:VCARD',
			'VERSION:2.1',
			'FN:Boss',
			'AGENT:',
			'BEGIN:VCARD',
			'FN:Assistant',
			'TEL:999',
			'END:VCARD',
			'TEL:111',
			'END:VCARD',
			'BEGIN:VCARD',
			'FN:Next',
			'END:VCARD'
		].join('\r\n');
		const result = await readAll(textFile('agent.vcf', text));
		expect(result.rows.map((row) => [row[2], row[12]])).toEqual([
			['Boss', '111'],
			['Next', '']
		]);
		expect(result.numbers).toEqual([1, 2]);
	});

	it('a last card without END:VCARD still counts', async () => {
		const result = await readAll(textFile('cut.vcf', 'BEGIN:VCARD\nFN:Anna\nTEL:1\n'));
		expect(result.rows.map((row) => row[2])).toEqual(['Anna']);
	});

	it('a vCard in windows-1252 without CHARSET', async () => {
		const bytes = new Uint8Array(
			[...'BEGIN:VCARD\r\nN:M\u00fcller;J\u00fcrgen\r\nEND:VCARD\r\n'].map((c) => c.charCodeAt(0))
		);
		const result = await readAll(textFile('old.vcf', bytes));
		expect(result.rows[0]?.slice(0, 2)).toEqual(['Jürgen', 'Müller']);
	});
});
