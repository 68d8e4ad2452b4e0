import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../src/lib/core/contact';
import {
	unmergeSuppressions,
	type UnmergeSuppressionInput
} from '../../../../src/lib/core/merge/index';

type Side = Pick<Contact, 'phones' | 'emails' | 'subscription'>;

function side(subscription: Contact['subscription'], ...emails: string[]): Side {
	return { phones: [], emails: emails.map((value) => ({ value })), subscription };
}

const cases: {
	name: string;
	input: UnmergeSuppressionInput;
	expected: { lift: string[]; handOver: string[] };
}[] = [
	{
		name: 'absorbed unsubscribed: the survivor’s identifiers the merge added are lifted',
		input: {
			added: ['a@x.org'],
			later: [],
			survivor: side('subscribed', 'a@x.org'),
			restored: side('unsubscribed', 'b@x.org')
		},
		expected: { lift: ['a@x.org'], handOver: [] }
	},
	{
		name: 'survivor unsubscribed: the restored contact’s identifiers the merge added are lifted',
		input: {
			added: ['b@x.org'],
			later: [],
			survivor: side('unsubscribed', 'a@x.org'),
			restored: side('subscribed', 'b@x.org')
		},
		expected: { lift: ['b@x.org'], handOver: [] }
	},
	{
		name: 'a shared identifier stays when the holder stays unsubscribed',
		input: {
			added: ['same@x.org', 'b@x.org'],
			later: [],
			survivor: side('unsubscribed', 'a@x.org', 'same@x.org'),
			restored: side('subscribed', 'b@x.org', 'same@x.org')
		},
		expected: { lift: ['b@x.org'], handOver: [] }
	},
	{
		name: 'holder subscribed again: what later merges added because of this one goes too',
		input: {
			added: ['a@x.org'],
			later: [['c@x.org']],
			survivor: side('subscribed', 'a@x.org', 'c@x.org'),
			restored: side('unsubscribed', 'b@x.org')
		},
		expected: { lift: ['a@x.org', 'c@x.org'], handOver: [] }
	},
	{
		name: 'holder still unsubscribed (a later contact was): its keys pass to the last later merge',
		input: {
			added: ['a@x.org'],
			later: [[]],
			survivor: side('unsubscribed', 'a@x.org', 'c@x.org'),
			restored: side('unsubscribed', 'b@x.org')
		},
		expected: { lift: [], handOver: ['a@x.org'] }
	},
	{
		name: 'an identifier that left the holder since is lifted',
		input: {
			added: ['gone@x.org'],
			later: [],
			survivor: side('unsubscribed', 'a@x.org'),
			restored: side('subscribed', 'b@x.org')
		},
		expected: { lift: ['gone@x.org'], handOver: [] }
	},
	{
		name: 'the merge added nothing: nothing to lift',
		input: {
			added: [],
			later: [],
			survivor: side('subscribed', 'a@x.org'),
			restored: side('subscribed', 'b@x.org')
		},
		expected: { lift: [], handOver: [] }
	}
];

describe('unmergeSuppressions', () => {
	it.each(cases)('$name', ({ input, expected }) => {
		expect(unmergeSuppressions(input)).toEqual(expected);
	});
});
