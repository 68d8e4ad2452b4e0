// an xls file is a compound file whose "summary information" streams hold the document's title,
// author and the like. carnet never uses them, but SheetJS reads them and trusts the counts they
// give: one damaged byte in a 4 kB file made it build an array of 16 million entries (1.6 GB, and
// past 4 GB with another byte). a property stream whose counts cannot fit in it is dropped before
// SheetJS sees the file; the sheets are read as usual.

/** the part of SheetJS's bundled compound-file library (XLSX.CFB) used here */
export interface CompoundFileApi {
	read(data: Uint8Array, options: { type: 'array' }): unknown;
	find(container: unknown, path: string): { content?: ArrayLike<number> } | null;
	write(container: unknown, options: { type: 'array' }): ArrayLike<number>;
	utils: { cfb_del(container: unknown, path: string): boolean };
}

const PROPERTY_STREAMS = ['\u0005SummaryInformation', '\u0005DocumentSummaryInformation'];

// [MS-OLEPS] 2.21: byte order, version, system, class id (28 bytes), the number of property sets
// (1 or 2), then for each set its format id (16 bytes) and its offset; a set starts with its size
// and its number of properties, each an id and an offset (8 bytes)
const SET_COUNT_AT = 24;
const FIRST_SET_AT = 28;
const SET_ENTRY_BYTES = 20;
const PROPERTY_BYTES = 8;

function uint32(bytes: ArrayLike<number>, at: number): number {
	return (
		((bytes[at] ?? 0) |
			((bytes[at + 1] ?? 0) << 8) |
			((bytes[at + 2] ?? 0) << 16) |
			((bytes[at + 3] ?? 0) << 24)) >>>
		0
	);
}

/** whether every property count of a property set stream fits in the stream */
export function propertyCountsFit(stream: ArrayLike<number>): boolean {
	const length = stream.length;
	if (length < FIRST_SET_AT + SET_ENTRY_BYTES) return false;
	const sets = uint32(stream, SET_COUNT_AT);
	if (sets !== 1 && sets !== 2) return false;
	for (let set = 0; set < sets; set++) {
		const entry = FIRST_SET_AT + set * SET_ENTRY_BYTES;
		if (entry + SET_ENTRY_BYTES > length) return false;
		const start = uint32(stream, entry + 16);
		if (start + 8 > length) return false;
		const properties = uint32(stream, start + 4);
		if (start + 8 + properties * PROPERTY_BYTES > length) return false;
	}
	return true;
}

/** the file's bytes, rewritten without its property streams when one of them is damaged */
export function withoutDamagedProperties(cfb: CompoundFileApi, data: Uint8Array): Uint8Array {
	const container = cfb.read(data, { type: 'array' });
	let dropped = false;
	for (const name of PROPERTY_STREAMS) {
		const stream = cfb.find(container, `/${name}`)?.content;
		if (stream && stream.length > 0 && !propertyCountsFit(stream)) {
			cfb.utils.cfb_del(container, `/${name}`);
			dropped = true;
		}
	}
	return dropped ? Uint8Array.from(cfb.write(container, { type: 'array' })) : data;
}
