// why a sync could not read its source, in stable codes the ui turns into words. the browser does
// not tell a refused cross-origin read from an unreachable server (both are a TypeError from
// fetch), so the sync observes a little more and passes it here: whether the browser is online,
// and whether a 'no-cors' request to the same url got an (opaque) answer. an answer there means the
// server is up and only withheld Access-Control-Allow-Origin.

export const SOURCE_FAILURES = [
	/** the device is offline: the sync waits and runs when the network returns */
	'source.offline',
	/** the server could not be reached (name unknown, refused, timed out) */
	'source.unreachable',
	/** the server answered but does not allow carnet to read the answer (CORS) */
	'source.cors',
	/** the server answered 404 or 410 */
	'source.not_found',
	/** the server answered 401 or 403 */
	'source.forbidden',
	/** any other answer that is not a success (500, 503 …): the status is in the detail */
	'source.http_error',
	/** the local file is no longer where it was (moved, renamed, deleted) */
	'source.file_moved',
	/** the browser no longer lets carnet read the file (permission withdrawn or not renewed) */
	'source.file_permission',
	/** the browser cannot keep access to a local file (no File System Access API) */
	'source.file_unsupported',
	/** the content can be read but is no longer a contacts table (see the detail) */
	'source.not_contacts',
	/** anything else; the detail says what */
	'source.failed'
] as const;
export type SourceFailureCode = (typeof SOURCE_FAILURES)[number];

export interface SourceFailure {
	code: SourceFailureCode;
	/** the http status, the reader's code or the error text */
	detail: string;
	/** true when the sync should run again as soon as the device is back online */
	retryWhenOnline: boolean;
}

const failure = (code: SourceFailureCode, detail = ''): SourceFailure => ({
	code,
	detail,
	retryWhenOnline: code === 'source.offline'
});

export interface FetchObservation {
	/** navigator.onLine when the request failed */
	online: boolean;
	/** the http status of the answer, when there was one */
	status?: number;
	/** set when fetch threw: whether a 'no-cors' probe of the same url got an answer */
	probeAnswered?: boolean;
	/** the error's text, for the detail */
	message?: string;
}

/** why fetching a url source failed; null when the answer is a success (2xx) */
export function classifyFetch(observed: FetchObservation): SourceFailure | null {
	if (observed.status !== undefined) {
		const status = observed.status;
		if (status >= 200 && status < 300) return null;
		if (status === 404 || status === 410) return failure('source.not_found', String(status));
		if (status === 401 || status === 403) return failure('source.forbidden', String(status));
		return failure('source.http_error', String(status));
	}
	if (!observed.online) return failure('source.offline');
	if (observed.probeAnswered) return failure('source.cors');
	return failure('source.unreachable', observed.message ?? '');
}

/** why reading a local file through its handle failed, from the DOMException's name */
export function classifyFileError(name: string, message = ''): SourceFailure {
	switch (name) {
		case 'NotFoundError':
		case 'TypeMismatchError':
			return failure('source.file_moved', message);
		case 'NotAllowedError':
		case 'SecurityError':
			return failure('source.file_permission', message);
		default:
			return failure('source.failed', `${name}: ${message}`.trim());
	}
}

/** a file that the import's readers refuse (file.* codes), or a table without contacts columns */
export function notContacts(detail: string): SourceFailure {
	return failure('source.not_contacts', detail);
}

export function otherFailure(detail: string): SourceFailure {
	return failure('source.failed', detail);
}
