// the shape of everything carnet keeps in IndexedDB, and the ordered list of schema versions.
// a migration is one appended entry in SCHEMA; published entries are never edited, because a device
// that already ran them will not run them again.

import type { Transaction } from 'dexie';
import type { Contact, CustomFieldType } from '../core/contact';
import type { FieldChange } from '../core/diff';
import type { ColumnMapping, FileFormat } from '../core/import/types';
import type { MergeRecord } from '../core/merge/merge-types';
import type { FieldHashes } from '../core/sources/field-hashes';
import type { SuppressionReason } from '../core/suppression';
import { recountInTransaction } from './contact-counts';
import { markWordsMissing } from './search-words';

/** json-like data that survives structured clone (IndexedDB, workers) and JSON (backups) */
export type JsonValue =
	string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** every record carries these, in ms since epoch, so that a future sync can compare versions */
export interface Timestamps {
	createdAt: number;
	updatedAt: number;
}

export interface List extends Timestamps {
	id: string;
	name: string;
}

export type FieldType = CustomFieldType;

/** a custom field definition; contacts keep its values in `custom[id]` */
export interface FieldDef extends Timestamps {
	id: string;
	label: string;
	type: FieldType;
	/** the allowed values of a 'choice' field */
	options?: string[];
	/** when true, two contacts sharing a value are exact duplicates */
	unique: boolean;
	/** position in forms and exports, ascending */
	order: number;
}

export type SuppressionKind = 'phone' | 'email';

/** a phone or e-mail that must stay unsubscribed; it outlives the contact it came from */
export interface Suppression extends Timestamps {
	/** E.164 phone, or the e-mail key (core's `emailKey`: the normalized address, lower-cased) */
	key: string;
	kind: SuppressionKind;
	/** when the person unsubscribed */
	at: number;
	/** a stable, translatable reason code, e.g. 'manual', 'import', 'merge' */
	reason: string;
	/** the contact it was recorded from; may point to a deleted or merged contact */
	contactId?: string;
}

export type TimelineEventType = keyof TimelineEventData;

/** the `data` each event type carries; read it with `eventData` */
export interface TimelineEventData {
	created: Record<string, never>;
	/** fields a person changed, old → new (list membership and subscription have their own events) */
	changed: { changes: FieldChange[] };
	/** the contact as it was: what restoring it needs */
	deleted: { snapshot: Contact };
	/**
	 * a file import created the contact (no changes) or updated it (what changed); a sync of an
	 * automatic import names the fields where the source's new value replaced an edit made in carnet
	 */
	imported: { jobId: string; fileName: string; changes?: FieldChange[]; overridden?: string[] };
	/** this contact absorbed another; the name is the absorbed contact's as it was, for the timeline */
	merged: { mergeId: string; absorbedId: string; name: string };
	/** a merge into this contact was undone and the absorbed contact came back */
	unmerged: { mergeId: string; restoredId: string; name: string };
	/** reasons is empty when a person unsubscribed the contact, and names the suppressed identifiers otherwise */
	unsubscribed: { reasons: SuppressionReason[] };
	/** the suppression keys that were lifted; the event's note holds the consent the user confirmed */
	resubscribed: { lifted: string[] };
	'list-added': { listId: string };
	'list-removed': { listId: string };
	/** the text is the event's note */
	note: Record<string, never>;
}

export interface TimelineEvent extends Timestamps {
	id: string;
	/** kept after the contact is deleted: the timeline is where a deleted contact's history lives */
	contactId: string;
	at: number;
	type: TimelineEventType;
	/** structured details of the event, shaped by its type (see TimelineEventData) */
	data: Record<string, unknown>;
	/** free text written by the user */
	note: string;
}

export type ImportStatus =
	/** mapped and waiting for the user to start it */
	| 'draft'
	| 'running'
	/** the tab closed or crashed mid-import: committed batches stay, it can resume or be undone */
	| 'interrupted'
	| 'committed'
	/** the file could not be read on (the error says why); committed batches stay */
	| 'failed'
	/** the user stopped it; committed batches stay */
	| 'cancelled'
	| 'undoing'
	| 'undone';

export interface ImportFileInfo {
	name: string;
	size: number;
	type: string;
	lastModified: number;
}

/** what to do with a row whose phone or e-mail an existing contact (or an earlier row) already has */
export type ImportDuplicateMode = 'fill' | 'overwrite' | 'skip' | 'create';

export interface ImportOptions {
	defaultCountry: string;
	/** lists every imported contact joins */
	listIds: string[];
	/** "unsubscribe every contact in this file" (a blocklist from another system) */
	unsubscribeAll: boolean;
	duplicates: ImportDuplicateMode;
	/** the reader's settings, as sniffed or chosen by the user */
	format: FileFormat;
	encoding: string;
	delimiter: string;
	sheet: string;
}

export interface ImportCounts {
	/** data rows read */
	rows: number;
	created: number;
	updated: number;
	/** matched an existing contact that already held everything the row had */
	unchanged: number;
	/** matched an existing contact and the user chose to skip those */
	skipped: number;
	failed: number;
	/** contacts that came out unsubscribed because a phone or e-mail is on the suppression list */
	suppressed: number;
}

export interface ImportJob extends Timestamps {
	id: string;
	file: ImportFileInfo;
	format: FileFormat;
	/** the file's header, so the results and the failed-rows download can name the columns */
	header: string[];
	/** one target (or null: "Don't import") per column, as suggested by core and adjusted by the user */
	mapping: ColumnMapping;
	options: ImportOptions;
	status: ImportStatus;
	counts: ImportCounts;
	/** data rows in the file, as estimated when it was sniffed (exact once the job is done) */
	totalRows: number;
	/** the last file row whose batch is committed, 0 before the first; a resumed job starts after it */
	lastCommittedRow: number;
	/** when the job started and finished running (ms), for the rate and the history */
	startedAt: number | null;
	finishedAt: number | null;
	/** set when an automatic source started the job */
	sourceId: string | null;
	/** a stable, translatable code when the job failed */
	error: string | null;
	/** a sync's words for its error (the http status, the reader's code …) */
	errorDetail?: string;
	/** rows the source had at its previous sync and no longer has (their contacts stay) */
	gone?: number;
}

export interface ImportIssueReason {
	/** index of the file column, or null when the reason is about the whole row */
	column: number | null;
	/** the target field, e.g. 'phones.0' */
	field: string;
	value: string;
	/** a stable, translatable reason code */
	error: string;
}

export interface ImportIssue extends Timestamps {
	id: string;
	jobId: string;
	/** the row number the user sees in the file (the header is row 1) */
	row: number;
	values: string[];
	reasons: ImportIssueReason[];
	/** false for a row that was imported with a warning (e.g. more cells than the header) */
	failed: boolean;
}

/**
 * what undoing one committed batch of an import needs. one record per batch rather than per contact:
 * it keeps an import's extra writes small, and undoing the batches newest first restores a contact
 * that two batches touched to its state before the first.
 */
export interface ImportChange extends Timestamps {
	id: string;
	jobId: string;
	/** the first file row of the batch */
	firstRow: number;
	/** the contacts the batch created */
	created: string[];
	/** the contacts the batch updated, as they were before it */
	updated: Contact[];
}

export type SuggestionStatus = 'open' | 'dismissed' | 'merged';

export interface SuggestionReason {
	/** a stable, translatable reason code, e.g. 'same-phone', 'names-sound-alike' (core ReasonCode) */
	code: string;
	detail?: string;
	/** the two values as the contacts hold them, `a`'s first: "Meier / Mayer" */
	values?: [string, string];
}

export interface Suggestion extends Timestamps {
	id: string;
	/** `pairKey(a, b)`: one row per unordered pair, so "not a duplicate" is remembered */
	pair: string;
	/** the smaller id of the pair */
	a: string;
	/** the larger id of the pair */
	b: string;
	/** 0..1 */
	score: number;
	reasons: SuggestionReason[];
	status: SuggestionStatus;
}

export type { MergeSide } from '../core/merge/merge-types';

/**
 * one merge as stored: core's record (snapshots, result, choices, provenance, moved events) and what
 * the db adds. no merge was stored before these fields existed, so no schema version was needed.
 */
export interface MergeRecordRow extends MergeRecord, Timestamps {
	id: string;
	/** set when the merge was unmerged; an undone row stays as history */
	undoneAt: number | null;
	/** the "merge all exact duplicates" run it belongs to, undone as one; absent for a single merge */
	batchId?: string;
	/**
	 * the suppression keys this merge added (the result was unsubscribed, so every identifier of it
	 * was suppressed): an unmerge lifts those that did not come from the restored contact
	 */
	suppressedKeys?: string[];
}

/** an automatic import: where to read from and how to map it */
export interface Source extends Timestamps {
	id: string;
	name: string;
	kind: 'url' | 'file';
	/** a url, or the name of a file the user picked */
	location: string;
	/** the header the mapping was made for; a sync carries the mapping over to a changed header */
	header: string[];
	mapping: ColumnMapping;
	/** the import options; `duplicates` is what a row new to the source does to a matching contact */
	options: ImportOptions;
	/** false while paused */
	enabled: boolean;
	/** minutes between syncs, 5 … 1440 (core/sources/schedule.ts) */
	intervalMinutes: number;
	/**
	 * the local file of a 'file' source (File System Access API). IndexedDB keeps the handle itself;
	 * a backup cannot (it becomes {}), so after a restore the file is chosen again.
	 */
	handle: FileSystemFileHandle | null;
	/** when the last sync ran, successful or not */
	lastRunAt: number | null;
	/** the job of the last sync that read the source */
	lastJobId: string | null;
	/** a sync is waiting for the network to come back */
	pending: boolean;
	/** why the last sync failed (core SourceFailureCode), null when it worked */
	lastError: string | null;
	lastErrorDetail: string;
}

/**
 * what a source's last sync saw of one row: its fingerprint and field hashes (the incremental
 * decision and the conflict rule, core/sources) and the contact it went to
 */
export interface SourceRow extends Timestamps {
	/** `${sourceId}|${key}` */
	id: string;
	sourceId: string;
	/** the row key (core RowKeys): its phone, e-mail or fingerprint */
	key: string;
	fingerprint: string;
	fields: FieldHashes;
	contactId: string;
}

/**
 * typed settings. other modules may add keys with declaration merging:
 * `declare module '$lib/db/schema' { interface SettingsMap { theme: 'light' | 'dark' } }`
 */
export interface SettingsMap {
	/** ISO 3166-1 alpha-2 country used to read phones without an international prefix */
	defaultCountry: string;
	/** when true, a contact needs a phone; otherwise a phone or an e-mail */
	requirePhone: boolean;
	/** whether the app already asked the browser for persistent storage */
	persistAsked: boolean;
	/**
	 * syncs the service worker ran in the background (job ids) whose new and changed contacts still
	 * await the duplicate scan, which needs a page
	 */
	unscannedSourceJobs: string[];
}

export type SettingKey = keyof SettingsMap;

/** one row per setting, its value typed by its key */
export type Setting = {
	[K in SettingKey]: { key: K; value: SettingsMap[K] } & Timestamps;
}[SettingKey];

/** the record type stored in each table that a backup holds (not the derived ones, see below) */
export interface CarnetTables {
	contacts: Contact;
	lists: List;
	fields: FieldDef;
	suppressions: Suppression;
	events: TimelineEvent;
	imports: ImportJob;
	importIssues: ImportIssue;
	importChanges: ImportChange;
	suggestions: Suggestion;
	merges: MergeRecordRow;
	sources: Source;
	sourceRows: SourceRow;
	settings: Setting;
}

export type TableName = keyof CarnetTables;

/** the tables of version 1 (sourceRows came with version 2) */
export type V1TableName = Exclude<TableName, 'sourceRows'>;

/**
 * tables computed from the others: a backup leaves them out and a restore recomputes them. so they
 * carry no timestamps either: nothing will ever sync them.
 */
export const DERIVED_TABLES: readonly string[] = ['contactCounts', 'listAnchors', 'searchWords'];

export interface SchemaVersion {
	/** dexie's version number (IndexedDB sees it multiplied by 10) */
	version: number;
	/** dexie store specs; null deletes a table */
	stores: Record<string, string | null>;
	/** runs once on devices that open this version with data from an earlier one */
	upgrade?: (tx: Transaction) => Promise<void> | void;
}

// every index is written on every insert, and imports insert a lot: each one below has a query that
// needs it. the first entry of a spec is the primary key.
//
// contacts, measured in headless chromium (bulkAdd of 10,000 contacts in batches of 2,000, in-memory
// storage, median of 7 interleaved runs on a busy 2-core machine): the bare store took 1.8 s, this set
// 4.0 s, about 2.2 times. leaving out *keys.tokens saved the most (~25 %); every other single index
// was within the noise (± 20 %). at 200,000 contacts the whole set wrote ~3,900 contacts/s.
// what each index is for:
// - keys.name, keys.email, keys.phone: sort the list by name, e-mail, phone (index order, paged with
//   a cursor); keys.email/keys.phone also answer "has an e-mail/phone" as a range (U+FFFF is
//   "missing", see core/keys.ts) and find exact duplicates of the primary e-mail/phone on import.
// - [keys.callingCode+keys.name]: sort by calling code, and the calling-code filter, in one index; as
//   a bonus "calling code X sorted by name" is a plain range of it. a lone keys.callingCode index
//   would cost the same and order the contacts of one code by id, which means nothing to a person.
// - createdAt: sort by creation and the "created between" filter. v7 ids are time-ordered too, but a
//   merge keeps the earlier createdAt, so the id order is not the creation order.
// - *keys.tokens: text search (prefix ranges) and "already used by" (a phone's digits and an
//   address are tokens). ~4 entries per contact; the most expensive index, and the only way to
//   search a million contacts without reading them. separate *keys.phones/*keys.emails indexes
//   would duplicate these entries for the one look-up the tokens already answer.
// - *listIds: the members of a list. contacts in no list write no entry.
// - keys.unsubscribed: sparse, present only on unsubscribed contacts, so it costs nothing for the
//   subscribed many and counts or lists the unsubscribed few without a scan.
// no updatedAt index: nothing in the app sorts or filters by it yet; sync can add it in a version.
const V1_STORES = {
	contacts:
		'id, keys.name, keys.email, keys.phone, [keys.callingCode+keys.name], createdAt, *keys.tokens, *listIds, keys.unsubscribed',
	// few rows, read whole and sorted with Intl.Collator, which an index cannot do.
	lists: 'id',
	// few rows, read whole and sorted by `order` in memory.
	fields: 'id',
	// looked up by key only (is this phone or e-mail suppressed?).
	suppressions: 'key',
	// [contactId+at]: one contact's timeline in time order.
	events: 'id, [contactId+at]',
	// v7 ids are time-ordered, so the primary key already lists jobs by creation.
	imports: 'id',
	// [jobId+row]: a job's issues in file order, paged, and deleted with the job.
	importIssues: 'id, [jobId+row]',
	// jobId: everything an undo of that job must restore.
	importChanges: 'id, jobId',
	// &pair: upsert by pair and remember dismissals; [status+score]: the open review list, best first;
	// a and b: drop or update the suggestions of a contact that was deleted or merged.
	suggestions: 'id, &pair, [status+score], a, b',
	// survivorId: a contact's merge history; absorbedId: which merge to undo to restore a contact.
	merges: 'id, survivorId, absorbedId',
	// few rows, read whole.
	sources: 'id',
	// looked up by key only.
	settings: 'key'
} satisfies Record<V1TableName, string>;

// version 2, automatic import (issue 9):
// - imports.sourceId: a source's sync log (its jobs, newest first) without reading every import.
// - sourceRows: what each source's last sync saw, per row; sourceId lists (and deletes) a
//   source's rows, the primary key `${sourceId}|${key}` finds one row.
const V2_STORES = {
	imports: 'id, sourceId',
	sourceRows: 'id, sourceId'
};

// sources existed in version 1 without a ui, so no device should have any; if one does, it gets the
// fields a source has now
async function upgradeToV2(tx: Transaction): Promise<void> {
	await tx
		.table<Record<string, unknown>, string>('sources')
		.toCollection()
		.modify((source) => {
			source.header ??= [];
			source.intervalMinutes ??= 30;
			source.handle ??= null;
			source.pending ??= false;
			source.lastError ??= null;
			source.lastErrorDetail ??= '';
		});
}

// version 3, the match count at a million contacts (issue 4): contactCounts holds the number of
// contacts in each facet of the list (core/contact-facets.ts), kept by db/contact-counts.ts.
const V3_STORES = {
	contactCounts: 'key'
};

// the counts of the contacts already there (db/contact-counts.ts): one read of every contact, as a
// backup does, so a device with a million contacts waits ~15–18 s once, on the first start of this
// version (other tabs wait for the upgrade too). a restore of an older backup runs it as well, over
// the restored contacts, replacing what the restore's writes counted.
function upgradeToV3(tx: Transaction): Promise<void> {
	return recountInTransaction(tx);
}

// version 4, jumps in the list at a million contacts (issue 4): listAnchors holds, per sort index,
// the positions of about every 100th contact and the order version they hold for (db/list-anchors.ts).
// it starts empty: the list surveys the book in the background the first time it needs anchors.
const V4_STORES = {
	listAnchors: 'index'
};

// version 5, search at a million contacts (issue 4): keys.words, the search tokens with the name key
// and the tokens' heads beside them (core/search-words.ts), so that a name-sorted search reads index
// keys instead of contacts (db/list-words.ts). the index starts empty for the contacts already there;
// the upgrade only notes that their words are missing, and db/search-words.ts fills them in the
// background (rewriting every contact inside the upgrade would hold the app for many minutes).
const V5_STORES = {
	contacts: `${V1_STORES.contacts}, *keys.words`
};

// version 6: the words index groups the tokens of phone numbers and e-mails by their first
// characters (core/search-words.ts), since each of those is its own token and a first screen reads a
// few entries of every group. the index is the same; its entries change, so they are filled in again
// in the background, as after version 5 (until then the list searches the old way).
const V6_STORES = {};

// version 7: the search words move from the contacts' index to a table of their own, searchWords
// (db/word-rows.ts), keyed [word, contact id]: chromium checks every index entry against its
// record (~70–100 µs each at a million contacts), where a table's keys cost ~3 µs each, so a
// search's first screen and its match count read ~30× faster. the contacts lose the index (and new
// records their `keys.words`); the rows are filled in the background, as after version 5.
const V7_STORES = {
	contacts: V1_STORES.contacts,
	searchWords: ''
};

export const SCHEMA: readonly SchemaVersion[] = [
	{ version: 1, stores: V1_STORES },
	{ version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
	{ version: 3, stores: V3_STORES, upgrade: upgradeToV3 },
	{ version: 4, stores: V4_STORES },
	{ version: 5, stores: V5_STORES, upgrade: markWordsMissing },
	{ version: 6, stores: V6_STORES, upgrade: markWordsMissing },
	{ version: 7, stores: V7_STORES, upgrade: markWordsMissing }
];

/** the ordered pair key of two contact ids, the same whichever order they come in */
export function pairKey(x: string, y: string): string {
	return x < y ? `${x}|${y}` : `${y}|${x}`;
}
