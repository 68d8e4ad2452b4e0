// the table of contents of a zip file (xlsx and ods are zips), read from the end of the file
// without inflating anything: it tells the uncompressed size of each sheet before SheetJS tries to
// load a sheet no browser can hold.

import { readSlice } from './file-bytes';

export interface ZipEntry {
	name: string;
	/** uncompressed bytes; Infinity when the size needs zip64 (4 GiB or more) */
	size: number;
	/** the entry is encrypted with zip's own (legacy) encryption */
	encrypted: boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

/**
 * the entries of the zip, or null when there is no readable directory (a truncated or damaged
 * file). a directory beyond 4 GiB (zip64) gives null too: no such workbook can be read here.
 */
export async function readZipDirectory(file: Blob): Promise<ZipEntry[] | null> {
	const tailStart = Math.max(0, file.size - END_RECORD_BYTES - MAX_COMMENT_BYTES);
	const tail = await readSlice(file, tailStart, file.size);
	const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
	let end = -1;
	for (let i = tail.length - END_RECORD_BYTES; i >= 0; i--) {
		if (tailView.getUint32(i, true) === END_OF_DIRECTORY) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = tailView.getUint16(end + 10, true);
	const directorySize = tailView.getUint32(end + 12, true);
	const directoryOffset = tailView.getUint32(end + 16, true);
	if (count === 0xffff || directoryOffset === 0xffffffff) return null;
	if (directoryOffset + directorySize > tailStart + end) return null;

	const directory = await readSlice(file, directoryOffset, directoryOffset + directorySize);
	const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
	const decoder = new TextDecoder('utf-8');
	const entries: ZipEntry[] = [];
	let at = 0;
	for (let n = 0; n < count; n++) {
		if (at + 46 > directory.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
		const flags = view.getUint16(at + 8, true);
		const size = view.getUint32(at + 24, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const nameEnd = at + 46 + nameLength;
		if (nameEnd > directory.length) return null;
		const name = decoder.decode(directory.subarray(at + 46, nameEnd));
		entries.push({
			name,
			size: size === 0xffffffff ? zip64Size(view, nameEnd, extraLength) : size,
			encrypted: (flags & 1) === 1
		});
		at = nameEnd + extraLength + commentLength;
	}
	return entries;
}

// the zip64 extra field (id 1) holds the real uncompressed size first
function zip64Size(view: DataView, start: number, length: number): number {
	for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength;) {
		const id = view.getUint16(at, true);
		const size = view.getUint16(at + 2, true);
		if (id === 1 && size >= 8 && at + 12 <= view.byteLength) {
			return view.getUint32(at + 4, true) + view.getUint32(at + 8, true) * 2 ** 32;
		}
		at += 4 + size;
	}
	return Infinity;
}
