import { describe, expect, it } from 'vitest';
import {
	classifyFetch,
	classifyFileError,
	notContacts,
	type FetchObservation
} from '../../../../src/lib/core/sources/failure';

describe('classifyFetch', () => {
	const cases: {
		name: string;
		observed: FetchObservation;
		code: string | null;
		detail?: string;
		retry?: boolean;
	}[] = [
		{ name: 'a 200 answer is no failure', observed: { online: true, status: 200 }, code: null },
		{
			name: '404',
			observed: { online: true, status: 404 },
			code: 'source.not_found',
			detail: '404'
		},
		{
			name: '410',
			observed: { online: true, status: 410 },
			code: 'source.not_found',
			detail: '410'
		},
		{
			name: '403',
			observed: { online: true, status: 403 },
			code: 'source.forbidden',
			detail: '403'
		},
		{
			name: '500',
			observed: { online: true, status: 500 },
			code: 'source.http_error',
			detail: '500'
		},
		{
			name: '503',
			observed: { online: true, status: 503 },
			code: 'source.http_error',
			detail: '503'
		},
		{
			name: 'fetch threw while the device is offline: wait for the network',
			observed: { online: false, probeAnswered: false },
			code: 'source.offline',
			retry: true
		},
		{
			name: 'fetch threw, the no-cors probe got an answer: CORS',
			observed: { online: true, probeAnswered: true },
			code: 'source.cors',
			retry: false
		},
		{
			name: 'fetch threw and the probe too: the server is unreachable',
			observed: { online: true, probeAnswered: false, message: 'Failed to fetch' },
			code: 'source.unreachable',
			detail: 'Failed to fetch',
			retry: false
		}
	];
	for (const { name, observed, code, detail, retry } of cases) {
		it(name, () => {
			const result = classifyFetch(observed);
			if (code === null) {
				expect(result).toBeNull();
				return;
			}
			expect(result?.code).toBe(code);
			if (detail !== undefined) expect(result?.detail).toBe(detail);
			if (retry !== undefined) expect(result?.retryWhenOnline).toBe(retry);
		});
	}
});

describe('classifyFileError', () => {
	const cases = [
		{ name: 'NotFoundError', code: 'source.file_moved' },
		{ name: 'NotAllowedError', code: 'source.file_permission' },
		{ name: 'SecurityError', code: 'source.file_permission' },
		{ name: 'NotReadableError', code: 'source.failed' }
	];
	for (const { name, code } of cases) {
		it(`${name} → ${code}`, () => expect(classifyFileError(name).code).toBe(code));
	}
});

it('a file that is no longer a contacts table names why', () => {
	expect(notContacts('file.binary')).toEqual({
		code: 'source.not_contacts',
		detail: 'file.binary',
		retryWhenOnline: false
	});
});
