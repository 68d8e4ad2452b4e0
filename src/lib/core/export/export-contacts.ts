// the text of an export, a chunk at a time: a million contacts never become one string. the export
// worker feeds `createExporter` a chunk of contacts as it reads them and puts each returned string
// into the Blob (or the file) it is writing; `exportContacts` does the same for an iterable.

import type { Contact } from '../contact';
import { csvRecord } from './csv-line';
import { googleTable } from './google-layout';
import { guardCell } from './guard';
import type { ExportDropped, ExportOptions } from './options';
import { outlookTable } from './outlook-layout';
import { DEFAULT_SHAPE, contactTable, measureShape, type ContactTable } from './table';
import { customText } from './values';
import { vcardWriter } from './vcard';

export interface ContactExporter {
	/** what comes before the first contact: the byte order mark and the header row */
	start(): string;
	/** the text of these contacts, in order */
	write(contacts: Iterable<Contact>): string;
	/** contacts written so far */
	readonly count: number;
	/** values that did not fit the layout (see ExportDropped) */
	readonly dropped: ExportDropped;
}

/** the MIME type and file extension of a format's file */
export const FORMAT_FILES = {
	csv: { type: 'text/csv', extension: 'csv' },
	'google-csv': { type: 'text/csv', extension: 'csv' },
	'outlook-csv': { type: 'text/csv', extension: 'csv' },
	vcard: { type: 'text/vcard', extension: 'vcf' }
} as const;

export function createExporter(opts: ExportOptions): ContactExporter {
	if (opts.format === 'vcard') {
		const writer = vcardWriter(opts);
		let count = 0;
		return {
			start: () => '',
			write(contacts) {
				let text = '';
				for (const contact of contacts) {
					text += writer.card(contact);
					count += 1;
				}
				return text;
			},
			get count() {
				return count;
			},
			dropped: { phones: 0, emails: 0, birthDates: 0 }
		};
	}
	return csvExporter(opts, tableOf(opts));
}

function tableOf(opts: ExportOptions): ContactTable {
	switch (opts.format) {
		case 'google-csv':
			return googleTable(opts);
		case 'outlook-csv':
			return outlookTable(opts);
		default:
			return contactTable(opts);
	}
}

function csvExporter(opts: ExportOptions, table: ContactTable): ContactExporter {
	const delimiter = opts.delimiter ?? ',';
	const guard = opts.guardFormulas ?? true;
	const cell = (value: string | number | boolean): string => {
		const text = typeof value === 'string' ? value : customText(value);
		return guard ? guardCell(text) : text;
	};
	let count = 0;
	return {
		start: () => (opts.bom ? '\ufeff' : '') + csvRecord(table.header.map(cell), delimiter),
		write(contacts) {
			let text = '';
			for (const contact of contacts) {
				text += csvRecord(table.row(contact).map(cell), delimiter);
				count += 1;
			}
			return text;
		},
		get count() {
			return count;
		},
		get dropped() {
			return table.dropped;
		}
	};
}

// strings are joined per chunk: fewer, bigger parts for the Blob, and no giant string
const CHUNK = 500;

/**
 * the export as text chunks (DESIGN §5). without `opts.shape` an array of contacts is measured first
 * so that every phone and e-mail gets a column; other iterables get DEFAULT_SHAPE.
 */
export function* exportContacts(
	contacts: Iterable<Contact>,
	opts: ExportOptions
): Generator<string, void, undefined> {
	const shape = opts.shape ?? (Array.isArray(contacts) ? measureShape(contacts) : DEFAULT_SHAPE);
	const exporter = createExporter({ ...opts, shape });
	const start = exporter.start();
	if (start !== '') yield start;
	let chunk: Contact[] = [];
	for (const contact of contacts) {
		chunk.push(contact);
		if (chunk.length >= CHUNK) {
			yield exporter.write(chunk);
			chunk = [];
		}
	}
	if (chunk.length > 0) yield exporter.write(chunk);
}
