// reading a file in slices: a Blob (a browser File, or node's fs.openAsBlob) reads a slice without
// loading the rest, so a big file is never held in memory whole.

import { FileReadError } from './types';

export const DEFAULT_CHUNK_BYTES = 1024 * 1024;

export async function readSlice(file: Blob, start: number, end: number): Promise<Uint8Array> {
	try {
		return new Uint8Array(await file.slice(start, end).arrayBuffer());
	} catch (error) {
		// a file deleted or changed on disk after it was chosen cannot be read any more
		throw new FileReadError('file.corrupt', error instanceof Error ? error.message : String(error));
	}
}

export interface ByteChunk {
	bytes: Uint8Array;
	/** the offset in the file just after this chunk */
	end: number;
	final: boolean;
}

/** the bytes of the file from `start` on, `chunkBytes` at a time */
export async function* byteChunks(
	file: Blob,
	start: number,
	chunkBytes: number
): AsyncGenerator<ByteChunk> {
	const size = file.size;
	const step = Math.max(1, Math.floor(chunkBytes));
	if (start >= size) {
		yield { bytes: new Uint8Array(0), end: size, final: true };
		return;
	}
	for (let position = start; position < size; position += step) {
		const end = Math.min(size, position + step);
		yield { bytes: await readSlice(file, position, end), end, final: end >= size };
	}
}

/** the lower-case extension of a file name, without the dot ('' when there is none) */
export function extensionOf(name: string | undefined): string {
	if (!name) return '';
	const dot = name.lastIndexOf('.');
	return dot < 0 || dot < name.lastIndexOf('/') ? '' : name.slice(dot + 1).toLowerCase();
}
