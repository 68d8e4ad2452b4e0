// reads a backup file a piece at a time and refuses anything that is not a whole, intact backup of a
// schema this app knows, before a single row is written. a file in the layout format.ts writes is
// read line by line (memory: the rows, not the text); a carnet backup that some tool re-formatted is
// still valid JSON and is read whole, up to MAX_REFORMATTED_CHARS.
//
// every problem is data: { code, table?, row?, line?, detail? }. codes:
// - backup.empty: nothing in the file
// - backup.not_backup: not a carnet backup at all (a CSV, another app's JSON …)
// - backup.too_new: written by a newer version of carnet, whose schema this one cannot read
// - backup.unsupported_version: a schema version this app never had
// - backup.corrupt: a line that is not what the layout says, or JSON that does not parse
// - backup.truncated: the file ends before the backup does
// - backup.invalid_row: a row without its key, with a duplicate key, or of the wrong shape
// - backup.count_mismatch: a table holds another number of rows than the backup recorded
// - backup.too_big: a re-formatted backup too big to read whole

import { BACKUP_APP, BACKUP_FORMAT, type BackupHeader, type BackupRow } from './format';
import { rowProblem } from './row-shapes';

export const BACKUP_ERRORS = [
	'backup.empty',
	'backup.not_backup',
	'backup.too_new',
	'backup.unsupported_version',
	'backup.corrupt',
	'backup.truncated',
	'backup.invalid_row',
	'backup.count_mismatch',
	'backup.too_big'
] as const;

export type BackupErrorCode = (typeof BACKUP_ERRORS)[number];

export interface BackupError {
	code: BackupErrorCode;
	table?: string;
	/** 1-based row of the table */
	row?: number;
	/** 1-based line of the file */
	line?: number;
	/** the field of a bad row, the version number, or what was expected */
	detail?: string;
}

export interface ParsedBackup {
	header: BackupHeader;
	/** rows by table, in file order */
	tables: Record<string, BackupRow[]>;
}

export type ReadBackupResult =
	{ ok: true; backup: ParsedBackup } | { ok: false; errors: BackupError[] };

export interface ReadBackupOptions {
	/** the newest schema version this app has */
	currentVersion: number;
	/**
	 * the tables of a schema version and the field each is keyed by (`id`, `key` …); undefined for a
	 * version the app never had
	 */
	tablesAt(version: number): Readonly<Record<string, string>> | undefined;
}

// a re-formatted backup is read whole: V8 cannot hold a string much longer than 512 M characters,
// and JSON.parse needs several times the text's size
export const MAX_REFORMATTED_CHARS = 200_000_000;
// a backup with many bad rows is refused after this many reasons
const MAX_ERRORS = 10;

type State = 'start' | 'header' | 'tables' | 'table-or-close' | 'rows' | 'counts' | 'done';

const TABLE_START = /^(,?)("(?:[^"\\]|\\.)*"):\[$/;

/** a line-by-line reader; feed it text with `push`, then ask `finish` for the result */
export class BackupReader {
	private state: State = 'start';
	private buffer = '';
	private line = 0;
	private header: BackupHeader | undefined;
	private keys: Readonly<Record<string, string>> = {};
	private readonly tables: Record<string, BackupRow[]> = {};
	private seen = new Set<string>();
	private table = '';
	private tableRows: BackupRow[] = [];
	private ids = new Set<unknown>();
	private readonly errors: BackupError[] = [];
	// a re-formatted document: the whole text, parsed at the end
	private whole: string[] | undefined;
	private wholeLength = 0;
	private sawText = false;

	constructor(private readonly opts: ReadBackupOptions) {}

	/** true once the file is known to be refused: the caller may stop reading */
	get failed(): boolean {
		return this.errors.length > 0;
	}

	/** rows read so far, for progress */
	get rowsRead(): number {
		let rows = this.tableRows.length;
		for (const name of this.seen) if (name !== this.table) rows += this.tables[name]?.length ?? 0;
		return rows;
	}

	push(text: string): void {
		if (this.failed) return;
		if (this.whole) {
			this.keepWhole(text);
			return;
		}
		this.buffer += text;
		let from = 0;
		let newline = this.buffer.indexOf('\n');
		while (newline !== -1 && !this.failed && !this.whole) {
			const line = this.buffer.slice(from, newline);
			from = newline + 1;
			this.take(line.endsWith('\r') ? line.slice(0, -1) : line);
			newline = this.buffer.indexOf('\n', from);
		}
		const rest = this.buffer.slice(from);
		this.buffer = '';
		if (this.whole) this.keepWhole(rest);
		else this.buffer = rest;
	}

	finish(): ReadBackupResult {
		if (!this.failed && this.whole) return this.finishWhole();
		if (!this.failed && this.buffer !== '') {
			// the writer ends every line, so a last line without its end was cut short
			const rest = this.buffer;
			this.buffer = '';
			this.take(rest);
			for (const error of this.errors) {
				if (error.code === 'backup.corrupt') error.code = 'backup.truncated';
			}
			// a one-line document that is not in our layout
			if (!this.failed && this.whole) return this.finishWhole();
		}
		if (!this.failed) {
			if (!this.sawText) this.fail({ code: 'backup.empty' });
			else if (this.state !== 'done') this.fail({ code: 'backup.truncated', line: this.line });
		}
		if (this.failed || !this.header) return { ok: false, errors: [...this.errors] };
		return { ok: true, backup: { header: this.header, tables: this.tables } };
	}

	private fail(error: BackupError): void {
		if (this.errors.length < MAX_ERRORS) this.errors.push(error);
	}

	private take(raw: string): void {
		this.line += 1;
		const line = this.line === 1 ? raw.replace(/^\ufeff/, '') : raw;
		if (line.trim() !== '') this.sawText = true;
		switch (this.state) {
			case 'start':
				return this.start(line);
			case 'header':
				return this.expect(line, '"tables":{', 'table-or-close');
			case 'table-or-close':
				return this.tableOrClose(line);
			case 'rows':
				return this.row(line);
			case 'counts':
				return this.counts(line);
			case 'done':
				if (line.trim() !== '') this.fail({ code: 'backup.corrupt', line: this.line });
				return;
			default:
				return;
		}
	}

	private start(line: string): void {
		const trimmed = line.trim();
		if (trimmed === '') return;
		const prefix = '{"backup":';
		if (!trimmed.startsWith(prefix) || !trimmed.endsWith(',')) {
			// not our layout: a re-formatted backup is still a JSON object
			if (!trimmed.startsWith('{')) {
				this.fail({ code: 'backup.not_backup' });
				return;
			}
			this.whole = [];
			this.keepWhole(line + '\n');
			return;
		}
		const header = parseJson(trimmed.slice(prefix.length, -1));
		if (header === undefined) {
			this.fail({ code: 'backup.corrupt', line: this.line });
			return;
		}
		if (this.useHeader(header)) this.state = 'header';
	}

	// checks the header and learns the tables of its version; false when the file is refused
	private useHeader(value: unknown): boolean {
		if (!isRecord(value) || value.format !== BACKUP_FORMAT || value.app !== BACKUP_APP) {
			this.fail({ code: 'backup.not_backup' });
			return false;
		}
		const version = value.schemaVersion;
		if (typeof version !== 'number' || !Number.isInteger(version)) {
			this.fail({ code: 'backup.corrupt', detail: 'schemaVersion' });
			return false;
		}
		if (version > this.opts.currentVersion) {
			this.fail({ code: 'backup.too_new', detail: String(version) });
			return false;
		}
		const keys = this.opts.tablesAt(version);
		if (keys === undefined) {
			this.fail({ code: 'backup.unsupported_version', detail: String(version) });
			return false;
		}
		const tables = value.tables;
		const expected = Object.keys(keys).sort();
		if (
			!Array.isArray(tables) ||
			typeof value.createdAt !== 'number' ||
			JSON.stringify([...tables].sort()) !== JSON.stringify(expected)
		) {
			this.fail({ code: 'backup.corrupt', detail: 'tables' });
			return false;
		}
		this.keys = keys;
		this.header = {
			format: BACKUP_FORMAT,
			app: BACKUP_APP,
			schemaVersion: version,
			createdAt: value.createdAt,
			tables: tables as string[]
		};
		return true;
	}

	private expect(line: string, text: string, next: State): void {
		if (line === text) this.state = next;
		else this.fail({ code: 'backup.corrupt', line: this.line, detail: text });
	}

	private tableOrClose(line: string): void {
		if (line === '},') {
			const missing = Object.keys(this.keys).find((name) => !this.seen.has(name));
			if (missing !== undefined) {
				this.fail({ code: 'backup.corrupt', table: missing, detail: 'missing table' });
				return;
			}
			this.state = 'counts';
			return;
		}
		const match = TABLE_START.exec(line);
		const name = match ? parseJson(match[2] ?? '') : undefined;
		const first = this.seen.size === 0;
		if (
			!match ||
			typeof name !== 'string' ||
			(match[1] === ',') === first ||
			this.keys[name] === undefined ||
			this.seen.has(name)
		) {
			this.fail({ code: 'backup.corrupt', line: this.line });
			return;
		}
		this.seen.add(name);
		this.table = name;
		this.tableRows = [];
		this.ids = new Set();
		this.state = 'rows';
	}

	private row(line: string): void {
		if (line === ']') {
			this.tables[this.table] = this.tableRows;
			this.state = 'table-or-close';
			return;
		}
		const first = this.tableRows.length === 0;
		if (line.startsWith(',') === first) {
			this.fail({ code: 'backup.corrupt', line: this.line });
			return;
		}
		const value = parseJson(first ? line : line.slice(1));
		if (value === undefined) {
			this.fail({ code: 'backup.corrupt', line: this.line, table: this.table });
			return;
		}
		this.addRow(value);
	}

	private addRow(value: unknown): void {
		const table = this.table;
		const row = this.tableRows.length + 1;
		if (!isRecord(value)) {
			this.fail({ code: 'backup.invalid_row', table, row, detail: 'not an object' });
			return;
		}
		const keyField = this.keys[table] ?? 'id';
		const key = value[keyField];
		if (typeof key !== 'string' && typeof key !== 'number') {
			this.fail({ code: 'backup.invalid_row', table, row, detail: keyField });
			return;
		}
		if (this.ids.has(key)) {
			this.fail({ code: 'backup.invalid_row', table, row, detail: `duplicate ${keyField}` });
			return;
		}
		this.ids.add(key);
		if (this.header?.schemaVersion === this.opts.currentVersion) {
			const problem = rowProblem(table, value);
			if (problem !== undefined) {
				this.fail({ code: 'backup.invalid_row', table, row, detail: problem });
				return;
			}
		}
		this.tableRows.push(value);
	}

	private counts(line: string): void {
		const prefix = '"counts":';
		const counts =
			line.startsWith(prefix) && line.endsWith('}')
				? parseJson(line.slice(prefix.length, -1))
				: undefined;
		if (!isRecord(counts)) {
			this.fail({ code: 'backup.corrupt', line: this.line, detail: 'counts' });
			return;
		}
		this.checkCounts(counts);
		this.state = 'done';
	}

	private checkCounts(counts: Record<string, unknown>): void {
		for (const name of Object.keys(this.keys)) {
			const rows = this.tables[name]?.length ?? 0;
			if (counts[name] !== rows) {
				this.fail({ code: 'backup.count_mismatch', table: name, detail: String(counts[name]) });
			}
		}
	}

	private keepWhole(text: string): void {
		this.wholeLength += text.length;
		if (this.wholeLength > MAX_REFORMATTED_CHARS) {
			this.fail({ code: 'backup.too_big' });
			this.whole = [];
			return;
		}
		this.whole?.push(text);
	}

	// a backup some tool re-formatted: the same checks on the parsed document
	private finishWhole(): ReadBackupResult {
		const text = (this.whole ?? []).join('');
		this.whole = undefined;
		const document = parseJson(text);
		if (document === undefined) {
			// a JSON object cut short is a truncated file, anything else is not ours
			this.fail({
				code: text.includes(`"${BACKUP_FORMAT}"`) ? 'backup.truncated' : 'backup.not_backup'
			});
			return { ok: false, errors: [...this.errors] };
		}
		if (!isRecord(document) || !this.useHeader(document.backup)) {
			if (!this.failed) this.fail({ code: 'backup.not_backup' });
			return { ok: false, errors: [...this.errors] };
		}
		const tables = document.tables;
		if (!isRecord(tables)) {
			this.fail({ code: 'backup.corrupt', detail: 'tables' });
			return { ok: false, errors: [...this.errors] };
		}
		for (const name of Object.keys(this.keys)) {
			const rows = tables[name];
			if (!Array.isArray(rows)) {
				this.fail({ code: 'backup.corrupt', table: name, detail: 'missing table' });
				break;
			}
			this.table = name;
			this.tableRows = [];
			this.ids = new Set();
			for (const row of rows) {
				this.addRow(row);
				if (this.errors.length >= MAX_ERRORS) break;
			}
			this.tables[name] = this.tableRows;
		}
		if (!this.failed) {
			const counts = document.counts;
			if (isRecord(counts)) this.checkCounts(counts);
			else this.fail({ code: 'backup.truncated', detail: 'counts' });
		}
		if (this.failed || !this.header) return { ok: false, errors: [...this.errors] };
		return { ok: true, backup: { header: this.header, tables: this.tables } };
	}
}

/** reads a whole backup text (tests, small files); the worker feeds a BackupReader chunk by chunk */
export function readBackupText(text: string, opts: ReadBackupOptions): ReadBackupResult {
	const reader = new BackupReader(opts);
	reader.push(text);
	return reader.finish();
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
