// fetching a url source from the worker, and telling why it failed. fetch rejects with the same
// TypeError whether the device is offline, the server is down or the server withheld its CORS
// headers; navigator.onLine and a 'no-cors' probe (which the browser answers with an opaque
// response whenever the server answered at all) tell them apart for core's classifyFetch.

import { classifyFetch, otherFailure, type SourceFailure } from '../src/lib/core/sources/failure';

export type Fetched = { ok: true; file: File } | { ok: false; failure: SourceFailure };

/** the last part of the url's path, which tells the readers the format when the content cannot */
function fileNameOf(url: string): string {
	try {
		const name = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
		return decodeURIComponent(name) || 'source';
	} catch {
		return 'source';
	}
}

export async function fetchSource(url: string): Promise<Fetched> {
	let response: Response;
	try {
		// credentials stay home: a published sheet needs none, and sending cookies cross-origin
		// would need the owner to allow even more
		response = await fetch(url, { cache: 'no-store', credentials: 'omit', redirect: 'follow' });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const online = navigator.onLine;
		let probeAnswered = false;
		if (online) {
			try {
				await fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
				probeAnswered = true;
			} catch {
				probeAnswered = false;
			}
		}
		const failure = classifyFetch({ online, probeAnswered, message });
		return { ok: false, failure: failure ?? otherFailure(message) };
	}
	const failure = classifyFetch({ online: true, status: response.status });
	if (failure) return { ok: false, failure };
	try {
		const blob = await response.blob();
		return {
			ok: true,
			file: new File([blob], fileNameOf(url), { type: blob.type, lastModified: Date.now() })
		};
	} catch (error) {
		// the connection dropped while the body came in
		const online = navigator.onLine;
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, failure: classifyFetch({ online, message }) ?? otherFailure(message) };
	}
}
