import { describe, expect, it } from 'vitest';
import type { ContactQuery } from '../../../src/lib/core/contact-query';
import { queryFromParams, queryToParams } from '../../../src/lib/core/query-params';

describe('a contact query in a url', () => {
	const cases: { name: string; input: ContactQuery; expected: string }[] = [
		{ name: 'the default list', input: { sort: 'name', direction: 'asc' }, expected: '' },
		{
			name: 'a search',
			input: { sort: 'name', direction: 'asc', search: 'Müller & Söhne' },
			expected: 'search=M%C3%BCller+%26+S%C3%B6hne'
		},
		{
			name: 'every filter and a sort',
			input: {
				sort: 'createdAt',
				direction: 'desc',
				listId: 'list-1',
				subscription: 'unsubscribed',
				callingCode: '49',
				hasPhone: true,
				hasEmail: false,
				createdFrom: 1_700_000_000_000,
				createdTo: 1_800_000_000_000
			},
			expected:
				'list=list-1&subscription=unsubscribed&cc=49&phone=1&email=0&from=1700000000000&to=1800000000000&sort=createdAt&dir=desc'
		},
		{
			name: "an import's created contacts",
			input: { sort: 'name', direction: 'asc', importId: 'job-1', importChange: 'created' },
			expected: 'import=job-1&change=created'
		},
		{
			name: 'everything an import changed',
			input: { sort: 'name', direction: 'asc', importId: 'job-1' },
			expected: 'import=job-1'
		}
	];
	it.each(cases)('round-trips $name', ({ input, expected }) => {
		const params = queryToParams(input);
		expect(params.toString()).toBe(expected);
		expect(queryFromParams(new URLSearchParams(params.toString()))).toEqual(input);
	});

	it('leaves out what it does not understand', () => {
		expect(
			queryFromParams(
				new URLSearchParams(
					'sort=shoe&dir=up&subscription=maybe&cc=%2B49x&phone=yes&from=soon&change=created'
				)
			)
		).toEqual({ sort: 'name', direction: 'asc', callingCode: '49' });
		expect(queryFromParams(new URLSearchParams('import=job-1&change=deleted'))).toEqual({
			sort: 'name',
			direction: 'asc',
			importId: 'job-1'
		});
	});
});
