// what kind of file this is, from its first bytes before its name: people rename files, and an
// export named contacts.xls is often a tab-separated text file, a contacts.csv sometimes a real
// workbook. the extension decides only where the bytes leave it open.

import { bomLengthFor, createDecoder, detectEncoding, looksBinary } from './decode';
import { extensionOf, readSlice } from './file-bytes';
import { FileReadError, type FileFormat, type ReadOptions } from './types';

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

export type OpenedFile =
	| { format: WorkbookFormat }
	| {
			format: 'csv' | 'vcard';
			/** the encoding label to decode with */
			encoding: string;
			/** bytes of the byte order mark to step over */
			bomLength: number;
	  };

/** enough of the start of a file to recognise it */
export const HEAD_BYTES = 4096;

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'txt', 'text', 'vcf', 'vcard', 'prn', 'dat']);
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'fods', 'xml']);

function startsWith(head: Uint8Array, signature: readonly number[]): boolean {
	return signature.every((byte, i) => head[i] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function latin1(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte);
	return text;
}

function workbookByMagic(head: Uint8Array, extension: string): WorkbookFormat | null {
	if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
		// an OpenDocument file stores its media type uncompressed as the first zip entry
		const ods = latin1(head.subarray(0, 200)).includes('opendocument.spreadsheet');
		return ods || extension === 'ods' ? 'ods' : 'xlsx';
	}
	// the compound file of an .xls, and also of an .xlsx saved with a password
	if (startsWith(head, CFB)) return 'xls';
	return null;
}

/** the error for a file that is not text, by what its name promised */
function notTextError(extension: string, format: FileFormat | undefined): FileReadError {
	if (format === 'csv' || format === 'vcard' || TEXT_EXTENSIONS.has(extension))
		return new FileReadError('file.binary');
	if (WORKBOOK_EXTENSIONS.has(extension)) return new FileReadError('file.corrupt');
	return new FileReadError('file.unknown_format', extension);
}

/**
 * the format (options.format wins), and for text its encoding. throws FileReadError: 'file.empty'
 * for 0 bytes, 'file.binary' for a binary file named as text, 'file.unknown_format' for other
 * binary files.
 */
export async function openFile(
	file: Blob & { name?: string },
	options: ReadOptions = {}
): Promise<OpenedFile> {
	if (file.size === 0) throw new FileReadError('file.empty');
	const head = await readSlice(file, 0, Math.min(file.size, HEAD_BYTES));
	const extension = extensionOf(file.name);
	const forced = options.format;
	if (forced === 'xlsx' || forced === 'xls' || forced === 'ods') return { format: forced };
	if (!forced) {
		const workbook = workbookByMagic(head, extension);
		if (workbook) return { format: workbook };
		if (startsWith(head, PDF)) throw notTextError(extension, forced);
	}

	const detected = options.encoding
		? { encoding: options.encoding, bomLength: bomLengthFor(options.encoding, head) }
		: detectEncoding(head);
	const decoder = createDecoder(detected.encoding);
	const text = decoder.decode(head.subarray(detected.bomLength), head.length === file.size);
	if (looksBinary(text)) throw notTextError(extension, forced);
	const encoding = decoder.encoding;
	const bomLength = detected.bomLength;
	if (forced) return { format: forced, encoding, bomLength };

	// excel's "XML Spreadsheet 2003" and html tables saved as .xls are text that SheetJS reads
	if (WORKBOOK_EXTENSIONS.has(extension) && text.trimStart().startsWith('<'))
		return { format: 'xls' };
	if (/^\s*BEGIN:VCARD/i.test(text) || extension === 'vcf' || extension === 'vcard')
		return { format: 'vcard', encoding, bomLength };
	return { format: 'csv', encoding, bomLength };
}
