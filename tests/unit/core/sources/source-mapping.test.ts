import { describe, expect, it } from 'vitest';
import { alignMapping, detectSourceMapping } from '../../../../src/lib/core/sources/source-mapping';

const HEADER = ['First name', 'Last name', 'Mobile', 'Email', 'Shoe size'];
const SAMPLE = [['Ada', 'Lovelace', '+49 151 2345678', 'ada@example.org', '38']];

describe('detectSourceMapping', () => {
	it('maps what the import knows and makes a new field of every other named column', () => {
		expect(detectSourceMapping(HEADER, SAMPLE)).toEqual([
			{ kind: 'field', field: 'firstName' },
			{ kind: 'field', field: 'lastName' },
			{ kind: 'phone', phoneKind: 'mobile' },
			{ kind: 'email' },
			{ kind: 'newCustom', label: 'Shoe size' }
		]);
	});
	it('makes a field of a named column that is empty for now, and leaves a nameless one alone', () => {
		expect(detectSourceMapping(['Email', 'Tags', '  '], [['a@example.org', '', '']])).toEqual([
			{ kind: 'email' },
			{ kind: 'newCustom', label: 'Tags' },
			null
		]);
	});
});

describe('alignMapping', () => {
	const stored = detectSourceMapping(HEADER, SAMPLE);
	// the user chose not to import the shoe size
	stored[4] = null;

	it('keeps the mapping of a header that did not change', () => {
		const aligned = alignMapping(HEADER, stored, HEADER, SAMPLE);
		expect(aligned).toEqual({ ok: true, mapping: stored, added: [], removed: [] });
	});

	it("follows moved columns by name and keeps the user's choices", () => {
		const header = ['Email', 'shoe size', 'Mobile', 'First name', 'Last name'];
		const aligned = alignMapping(HEADER, stored, header, [['a@example.org', '38', '', 'A', 'L']]);
		expect(aligned.ok && aligned.mapping).toEqual([
			{ kind: 'email' },
			null,
			{ kind: 'phone', phoneKind: 'mobile' },
			{ kind: 'field', field: 'firstName' },
			{ kind: 'field', field: 'lastName' }
		]);
	});

	it('detects columns that appeared and names the ones that went', () => {
		const header = ['First name', 'Mobile', 'Email', 'Shoe size', 'City', 'Favourite colour'];
		const aligned = alignMapping(HEADER, stored, header, [
			['A', '', 'a@example.org', '', 'Berlin', 'red']
		]);
		expect(aligned).toEqual({
			ok: true,
			mapping: [
				{ kind: 'field', field: 'firstName' },
				{ kind: 'phone', phoneKind: 'mobile' },
				{ kind: 'email' },
				null,
				{ kind: 'field', field: 'city' },
				{ kind: 'newCustom', label: 'Favourite colour' }
			],
			added: ['City', 'Favourite colour'],
			removed: ['Last name']
		});
	});

	it('moves a "kind of the phone" column with its phone', () => {
		const header = ['Phone', 'Type', 'Email'];
		const mapping = [
			{ kind: 'phone' as const },
			{ kind: 'phoneKind' as const, of: 0 },
			{ kind: 'email' as const }
		];
		const aligned = alignMapping(
			header,
			mapping,
			['Email', 'Phone', 'Type'],
			[['a@example.org', '1', 'work']]
		);
		expect(aligned.ok && aligned.mapping).toEqual([
			{ kind: 'email' },
			{ kind: 'phone' },
			{ kind: 'phoneKind', of: 1 }
		]);
	});

	it('refuses a table that no longer has a phone or e-mail column', () => {
		const aligned = alignMapping(HEADER, stored, ['Product', 'Price'], [['Tea', '3']]);
		expect(aligned.ok).toBe(false);
	});
});
