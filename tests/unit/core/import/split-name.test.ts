import { describe, expect, it } from 'vitest';
import { splitName } from '../../../../src/lib/core/import/split-name';

describe('splitName', () => {
	const cases: { name: string; input: string; expected: [string, string] }[] = [
		{ name: 'first and last', input: 'Anna Schmidt', expected: ['Anna', 'Schmidt'] },
		{
			name: 'middle names stay with the first name',
			input: 'Anna Maria Schmidt',
			expected: ['Anna Maria', 'Schmidt']
		},
		{ name: 'one word is a first name', input: 'Cher', expected: ['Cher', ''] },
		{ name: 'blank', input: '   ', expected: ['', ''] },
		{ name: 'extra spaces', input: '  Anna   Schmidt ', expected: ['Anna', 'Schmidt'] },
		{ name: '"Last, First"', input: 'Schmidt, Anna', expected: ['Anna', 'Schmidt'] },
		{
			name: '"Last, First Middle"',
			input: 'Schmidt, Anna Maria',
			expected: ['Anna Maria', 'Schmidt']
		},
		{ name: '"Last Last, First"', input: 'van der Berg, Jan', expected: ['Jan', 'van der Berg'] },
		{ name: 'a trailing comma', input: 'Anna Schmidt,', expected: ['Anna', 'Schmidt'] },
		{ name: 'a leading comma', input: ', Anna', expected: ['Anna', ''] },
		{ name: 'van', input: 'Ludwig van Beethoven', expected: ['Ludwig', 'van Beethoven'] },
		{ name: 'van der', input: 'Jan van der Berg', expected: ['Jan', 'van der Berg'] },
		{
			name: 'von',
			input: 'Johann Wolfgang von Goethe',
			expected: ['Johann Wolfgang', 'von Goethe']
		},
		{ name: 'de', input: 'Charles de Gaulle', expected: ['Charles', 'de Gaulle'] },
		{ name: 'de la', input: 'Maria de la Cruz', expected: ['Maria', 'de la Cruz'] },
		{ name: 'da', input: 'João da Silva', expected: ['João', 'da Silva'] },
		{ name: 'di', input: 'Lucia di Lammermoor', expected: ['Lucia', 'di Lammermoor'] },
		{
			name: 'a particle as the first word is a first name',
			input: 'Van Morrison',
			expected: ['Van', 'Morrison']
		},
		{
			name: 'a hyphenated last name',
			input: 'Anna Müller-Lüdenscheidt',
			expected: ['Anna', 'Müller-Lüdenscheidt']
		},
		{
			name: 'a suffix stays with the last name',
			input: 'John Smith Jr.',
			expected: ['John', 'Smith Jr.']
		},
		{ name: 'a suffix after a comma', input: 'John Smith, Jr.', expected: ['John', 'Smith Jr.'] },
		{ name: 'roman numerals', input: 'Henry Ford II', expected: ['Henry', 'Ford II'] },
		{
			name: 'a french surname in capitals first',
			input: 'DUPONT Jean',
			expected: ['Jean', 'DUPONT']
		},
		{ name: 'capitals last', input: 'Jean-Pierre LE GOFF', expected: ['Jean-Pierre', 'LE GOFF'] },
		{
			name: 'all capitals is read by position',
			input: 'JEAN DUPONT',
			expected: ['JEAN', 'DUPONT']
		},
		{
			name: 'an initial is no surname',
			input: 'John F. Kennedy',
			expected: ['John F.', 'Kennedy']
		},
		{ name: 'salutations are dropped', input: 'Herr Jürgen Größe', expected: ['Jürgen', 'Größe'] },
		{ name: 'french salutations', input: 'Mme Claire Martin', expected: ['Claire', 'Martin'] },
		{ name: 'english salutations', input: 'Mrs. Jane Doe', expected: ['Jane', 'Doe'] },
		{ name: 'a salutation alone stays', input: 'Frau', expected: ['Frau', ''] },
		{
			name: 'academic titles stay with the first name',
			input: 'Dr. Anna Schmidt',
			expected: ['Dr. Anna', 'Schmidt']
		}
	];
	for (const { name, input, expected } of cases) {
		it(`${name}: ${JSON.stringify(input)}`, () => {
			const [firstName, lastName] = expected;
			expect(splitName(input)).toEqual({ firstName, lastName });
		});
	}
});
