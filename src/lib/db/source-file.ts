// reading the local file of a file source through the handle kept in its record. the page and the
// service worker (background sync) read it alike; only the page may ask the user again.

import { classifyFileError, type SourceFailure } from '../core/sources/failure';
import type { Source } from './schema';

// the parts of the File System Access API that typescript's dom types do not have yet
interface PermissionDescriptor {
	mode: 'read';
}
interface FileHandleWithPermission {
	queryPermission?(descriptor: PermissionDescriptor): Promise<PermissionState>;
	requestPermission?(descriptor: PermissionDescriptor): Promise<PermissionState>;
}

/**
 * the file behind a source's handle as it is now. `ask` may show the browser's permission prompt
 * (only allowed on a page, right after a click); without it a withdrawn permission is a failure.
 */
export async function readSourceFile(
	source: Source,
	ask: boolean
): Promise<{ ok: true; file: File } | { ok: false; failure: SourceFailure }> {
	const handle = source.handle as (FileSystemFileHandle & FileHandleWithPermission) | null;
	// a restored backup holds {} instead of a handle
	if (!handle || typeof handle.getFile !== 'function') {
		return { ok: false, failure: classifyFileError('NotFoundError') };
	}
	try {
		let permission = (await handle.queryPermission?.({ mode: 'read' })) ?? 'granted';
		if (permission === 'prompt' && ask && handle.requestPermission) {
			permission = await handle.requestPermission({ mode: 'read' });
		}
		if (permission !== 'granted')
			return { ok: false, failure: classifyFileError('NotAllowedError') };
		return { ok: true, file: await handle.getFile() };
	} catch (error) {
		const name = error instanceof DOMException ? error.name : 'Error';
		return { ok: false, failure: classifyFileError(name, String(error)) };
	}
}
