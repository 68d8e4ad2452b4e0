// import jobs: the job record, its committed batches (each one transaction with everything undo needs),
// its row issues, and undo. the worker drives these; the pages read jobs and issues.

import Dexie from 'dexie';
import type { Contact } from '../core/contact';
import { diffContacts } from '../core/diff';
import { emailKey } from '../core/email';
import { planBatch, type BatchRow, type PlannedBatch } from '../core/import/plan-batch';
import type { ColumnMapping, RowError } from '../core/import/types';
import { contactKeys } from '../core/keys';
import { emailToken, phoneToken } from '../core/search';
import type { CarnetDatabase } from './database';
import { makeEvent } from './events-repo';
import type { BookIdentifiers } from './import-lookups';
import { newId } from './ids';
import type {
	ImportChange,
	ImportCounts,
	ImportFileInfo,
	ImportIssue,
	ImportJob,
	ImportOptions,
	ImportStatus,
	List,
	SourceRow,
	Suppression,
	TimelineEvent
} from './schema';
import type { FieldHashes } from '../core/sources/field-hashes';

export const EMPTY_COUNTS: Readonly<ImportCounts> = {
	rows: 0,
	created: 0,
	updated: 0,
	unchanged: 0,
	skipped: 0,
	failed: 0,
	suppressed: 0
};

export interface NewImportJob {
	file: ImportFileInfo;
	header: string[];
	mapping: ColumnMapping;
	options: ImportOptions;
	totalRows: number;
	sourceId?: string | null;
}

/** records a job the user mapped and is about to start */
export async function createImportJob(
	db: CarnetDatabase,
	init: NewImportJob,
	now: number = Date.now()
): Promise<ImportJob> {
	const job: ImportJob = {
		id: newId(),
		file: init.file,
		format: init.options.format,
		header: init.header,
		mapping: init.mapping,
		options: init.options,
		status: 'draft',
		counts: { ...EMPTY_COUNTS },
		totalRows: init.totalRows,
		lastCommittedRow: 0,
		startedAt: null,
		finishedAt: null,
		sourceId: init.sourceId ?? null,
		error: null,
		createdAt: now,
		updatedAt: now
	};
	await db.imports.add(job);
	return job;
}

export async function getImportJob(db: CarnetDatabase, id: string): Promise<ImportJob | undefined> {
	return db.imports.get(id);
}

/** every job, newest first */
export async function listImportJobs(db: CarnetDatabase): Promise<ImportJob[]> {
	return db.imports.reverse().toArray();
}

/** changes the job's status (and what goes with it); resolves to the job as stored */
export async function setImportStatus(
	db: CarnetDatabase,
	id: string,
	status: ImportStatus,
	extra: Partial<Pick<ImportJob, 'error' | 'mapping' | 'totalRows'>> = {},
	now: number = Date.now()
): Promise<ImportJob | undefined> {
	return db.transaction('rw', db.imports, async () => {
		const job = await db.imports.get(id);
		if (!job) return undefined;
		const updated: ImportJob = { ...job, ...extra, status, updatedAt: now };
		if (status === 'running' && job.startedAt === null) updated.startedAt = now;
		if (status !== 'running' && status !== 'undoing') updated.finishedAt = now;
		await db.imports.put(updated);
		return updated;
	});
}

/** one row that could not be imported (or was, with a warning) */
export interface RowIssueInput {
	row: number;
	values: string[];
	reasons: RowError[];
	failed: boolean;
}

export interface BatchInput {
	jobId: string;
	/** rows that became contacts, in file order */
	rows: BatchRow[];
	issues: RowIssueInput[];
	/** data rows the batch read, valid or not */
	rowsRead: number;
	/** the last file row of the batch: a resumed job starts after it */
	lastRow: number;
	now?: number;
	/** where the time goes, added up over batches (the bench reports it) */
	timings?: ImportTimings;
	/** what the job knows of the book, to skip look-ups that cannot find anything */
	known?: BookIdentifiers;
	/** set when an automatic source runs the job (db/source-sync.ts) */
	sync?: SyncBatch;
	/** lists the batch's rows named first and the book lacks: created with the batch */
	lists?: List[];
}

/** what a sync adds to a batch: the rows' keys and fingerprints to remember, and skipped rows */
export interface SyncBatch {
	sourceId: string;
	/** by file row: the row's key, fingerprint and field hashes, remembered once it is written */
	rows: Map<number, { key: string; fingerprint: string; fields: FieldHashes }>;
	/** rows of the batch the source had unchanged: not written, only counted */
	unchanged: number;
}

/** ms spent per phase of an import */
export interface ImportTimings {
	prepareMs: number;
	lookupMs: number;
	writeMs: number;
}

export interface BatchOutcome {
	job: ImportJob;
	plan: PlannedBatch;
}

/**
 * commits one batch of an import in one transaction: looks up the contacts that already hold the
 * rows' phones and e-mails and the suppressions among them, plans (core's planBatch), writes the
 * contacts, their timeline, new suppressions, the row issues, what undo needs, and the job's counts
 * and last committed row. a tab that closes mid-import leaves whole batches or nothing.
 */
export async function commitImportBatch(
	db: CarnetDatabase,
	input: BatchInput
): Promise<BatchOutcome> {
	const now = input.now ?? Date.now();
	const tables = [
		db.lists,
		db.contacts,
		db.suppressions,
		db.events,
		db.imports,
		db.importIssues,
		db.importChanges,
		...(input.sync ? [db.sourceRows] : [])
	];
	return db.transaction('rw', tables, async () => {
		// every request below is sent before the answer of another is awaited: the worker's thread
		// prepares the next batch meanwhile, so each await costs a wait for it, not only IndexedDB's
		const lookupStarted = performance.now();
		const contacts = input.rows.map((row) => row.contact);
		const [job, existing, suppressions] = await Promise.all([
			db.imports.get(input.jobId),
			holdersOf(db, contacts, input.known),
			suppressionsOf(db, contacts, input.known)
		]);
		if (!job) throw new Error(`no import job ${input.jobId}`);
		const plan = planBatch({
			rows: input.rows,
			existing,
			suppressions,
			mode: job.options.duplicates,
			now
		});
		const writeStarted = performance.now();
		if (input.timings) input.timings.lookupMs += writeStarted - lookupStarted;

		const events: TimelineEvent[] = [];
		const imported = { jobId: job.id, fileName: job.file.name };
		// a created contact names its job instead of carrying an event (see Contact.importId)
		const created = plan.created.map((contact): Contact => ({ ...contact, importId: job.id }));
		// a sync names the fields it took from the source over an edit made in carnet
		const overridden = new Map<string, string[]>();
		for (const result of plan.results) {
			if (result.overridden) {
				overridden.set(result.contactId, [
					...(overridden.get(result.contactId) ?? []),
					...result.overridden
				]);
			}
		}
		for (const { before, after } of plan.updated) {
			const changes = diffContacts(before, after);
			const replaced = overridden.get(after.id);
			events.push(
				makeEvent(after.id, 'imported', now, {
					...imported,
					changes,
					...(replaced ? { overridden: [...new Set(replaced)] } : {})
				})
			);
		}
		for (const result of plan.results) {
			if (result.suppressedBy.length > 0) {
				events.push(
					makeEvent(result.contactId, 'unsubscribed', now, { reasons: result.suppressedBy })
				);
			}
		}
		const suppressionRows: Suppression[] = plan.suppress.map((identifier) => ({
			key: identifier.key,
			kind: identifier.kind,
			at: now,
			reason: 'import',
			contactId: identifier.contactId,
			createdAt: now,
			updatedAt: now
		}));
		const issues: ImportIssue[] = input.issues.map((issue) => ({
			id: newId(),
			jobId: job.id,
			row: issue.row,
			values: issue.values,
			reasons: issue.reasons,
			failed: issue.failed,
			createdAt: now,
			updatedAt: now
		}));

		const counts = addCounts(job.counts, plan, input);
		const updated: ImportJob = {
			...job,
			counts,
			lastCommittedRow: Math.max(job.lastCommittedRow, input.lastRow),
			updatedAt: now
		};
		const writes: Promise<unknown>[] = [
			db.contacts.bulkAdd(created),
			db.contacts.bulkPut(plan.updated.map((change) => change.after)),
			db.events.bulkAdd(events),
			db.suppressions.bulkAdd(suppressionRows),
			db.importIssues.bulkAdd(issues),
			db.imports.put(updated)
		];
		if (input.lists !== undefined && input.lists.length > 0) {
			writes.push(db.lists.bulkAdd(input.lists));
		}
		if (input.sync) writes.push(db.sourceRows.bulkPut(rememberedRows(input.sync, plan, now)));
		if (plan.created.length > 0 || plan.updated.length > 0) {
			const change: ImportChange = {
				id: newId(),
				jobId: job.id,
				firstRow: input.rows[0]?.row ?? input.lastRow,
				created: plan.created.map((contact) => contact.id),
				updated: plan.updated.map((change) => change.before),
				createdAt: now,
				updatedAt: now
			};
			writes.push(db.importChanges.add(change));
		}
		await Promise.all(writes);
		if (input.known) {
			for (const contact of [...plan.created, ...plan.updated.map((change) => change.after)]) {
				input.known.remember(contact.id, identifierTokens(contact));
			}
			input.known.rememberSuppressed(suppressionRows.map((row) => row.key));
		}
		if (input.timings) input.timings.writeMs += performance.now() - writeStarted;
		return { job: updated, plan };
	});
}

function rememberedRows(sync: SyncBatch, plan: PlannedBatch, now: number): SourceRow[] {
	const rows: SourceRow[] = [];
	for (const result of plan.results) {
		const seen = sync.rows.get(result.row);
		if (!seen) continue;
		rows.push({
			id: `${sync.sourceId}|${seen.key}`,
			sourceId: sync.sourceId,
			key: seen.key,
			fingerprint: seen.fingerprint,
			fields: seen.fields,
			contactId: result.contactId,
			createdAt: now,
			updatedAt: now
		});
	}
	return rows;
}

function addCounts(counts: ImportCounts, plan: PlannedBatch, input: BatchInput): ImportCounts {
	const next = { ...counts };
	next.rows += input.rowsRead;
	next.unchanged += input.sync?.unchanged ?? 0;
	next.failed += input.issues.filter((issue) => issue.failed).length;
	for (const result of plan.results) {
		next[result.outcome] += 1;
		if (result.suppressedBy.length > 0) next.suppressed += 1;
	}
	return next;
}

// a phone or e-mail is a search token (core/search.ts); a prefix range finds every holder even where
// a longer token of the same contact replaced the exact one, and the real values decide
async function holdersOf(
	db: CarnetDatabase,
	contacts: readonly Contact[],
	known: BookIdentifiers | undefined
): Promise<Contact[]> {
	const phones = new Set<string>();
	const emails = new Set<string>();
	const tokens = new Set<string>();
	for (const contact of contacts) {
		for (const phone of contact.phones) phones.add(phone.value);
		for (const email of contact.emails) emails.add(emailKey(email.value));
		for (const token of identifierTokens(contact)) tokens.add(token);
	}
	tokens.delete('');
	const direct = new Set<string>();
	const ranges: string[] = [];
	for (const token of tokens) {
		const holder = known ? known.holderOf(token) : ({ kind: 'look-up' } as const);
		if (holder.kind === 'holder') direct.add(holder.id);
		else if (holder.kind === 'look-up') ranges.push(token);
	}
	if (direct.size === 0 && ranges.length === 0) return [];
	// one small range request per token, all in flight at once: dexie's startsWithAnyOf over a
	// batch's ~1,500 tokens was about twice as slow in chromium
	const found = await Promise.all(
		ranges.map((token) => db.contacts.where('keys.tokens').startsWith(token).primaryKeys())
	);
	const candidates = await db.contacts.bulkGet([...new Set([...direct, ...found.flat()])]);
	return candidates.filter(
		(contact): contact is Contact =>
			contact !== undefined &&
			(contact.phones.some((phone) => phones.has(phone.value)) ||
				contact.emails.some((email) => emails.has(emailKey(email.value))))
	);
}

// the tokens a contact's phones and e-mails are looked up by (see holdersOf)
function identifierTokens(contact: Contact): string[] {
	return [
		...contact.phones.map((phone) => phoneToken(phone.value)),
		...contact.emails.map((email) => emailToken(email.value))
	];
}

async function suppressionsOf(
	db: CarnetDatabase,
	contacts: readonly Contact[],
	known: BookIdentifiers | undefined
): Promise<Suppression[]> {
	const keys = new Set<string>();
	for (const contact of contacts) {
		for (const phone of contact.phones) keys.add(phone.value);
		for (const email of contact.emails) keys.add(emailKey(email.value));
	}
	const candidates = known ? await known.maybeSuppressed(db, [...keys]) : [...keys];
	if (candidates.length === 0) return [];
	const rows = await db.suppressions.bulkGet(candidates);
	return rows.filter((row): row is Suppression => row !== undefined);
}

/** a page of the job's issues (failed rows and rows imported with a warning) in file order */
export async function listImportIssues(
	db: CarnetDatabase,
	jobId: string,
	offset: number,
	limit: number
): Promise<ImportIssue[]> {
	return db.importIssues
		.where('[jobId+row]')
		.between([jobId, Dexie.minKey], [jobId, Dexie.maxKey])
		.offset(offset)
		.limit(limit)
		.toArray();
}

export async function countImportIssues(db: CarnetDatabase, jobId: string): Promise<number> {
	return db.importIssues
		.where('[jobId+row]')
		.between([jobId, Dexie.minKey], [jobId, Dexie.maxKey])
		.count();
}

/** every issue of the job, in file order and in chunks, for the failed-rows download */
export async function* eachImportIssue(
	db: CarnetDatabase,
	jobId: string,
	chunk = 2_000
): AsyncGenerator<ImportIssue[]> {
	// a job has at most one issue per row, so the last row read is where the next chunk starts
	let lastRow = 0;
	for (;;) {
		const page = await db.importIssues
			.where('[jobId+row]')
			.between([jobId, lastRow], [jobId, Dexie.maxKey], false, true)
			.limit(chunk)
			.toArray();
		if (page.length === 0) return;
		yield page;
		lastRow = (page[page.length - 1] as ImportIssue).row;
	}
}

/** the ids of the contacts the job created or updated, batch by batch (for "show these contacts") */
export async function importedContactIds(
	db: CarnetDatabase,
	jobId: string,
	which: 'created' | 'updated'
): Promise<string[]> {
	const changes = await db.importChanges.where('jobId').equals(jobId).toArray();
	const ids = changes.flatMap((change) =>
		which === 'created' ? change.created : change.updated.map((contact) => contact.id)
	);
	return [...new Set(ids)];
}

/**
 * undoes one committed batch of the job, the newest one left: deletes the contacts it created (with
 * their timeline) and puts back the ones it updated as they were. suppressions stay: an unsubscribe
 * is never undone. resolves to how many contacts it handled, or null when no batch is left.
 */
export async function undoLastImportBatch(
	db: CarnetDatabase,
	jobId: string,
	now: number = Date.now()
): Promise<number | null> {
	return db.transaction('rw', [db.contacts, db.events, db.importChanges], async () => {
		const change = await db.importChanges.where('jobId').equals(jobId).last();
		if (!change) return null;
		await db.contacts.bulkDelete(change.created);
		for (const contactId of change.created) {
			await db.events
				.where('[contactId+at]')
				.between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
				.delete();
		}
		const current = await db.contacts.bulkGet(change.updated.map((contact) => contact.id));
		const restored: Contact[] = [];
		const events: TimelineEvent[] = [];
		change.updated.forEach((before, i) => {
			const stored = current[i];
			// a contact deleted since the import stays deleted
			if (!stored) return;
			const back: Contact = { ...before, updatedAt: Math.max(now, stored.updatedAt + 1) };
			// the suppression list outlives the import, so what it made unsubscribed stays so
			if (stored.subscription === 'unsubscribed') back.subscription = 'unsubscribed';
			back.keys = contactKeys(back);
			restored.push(back);
			const changes = diffContacts(stored, back);
			if (changes.length > 0) events.push(makeEvent(back.id, 'changed', now, { changes }));
		});
		await db.contacts.bulkPut(restored);
		await db.events.bulkAdd(events);
		await db.importChanges.delete(change.id);
		return change.created.length + change.updated.length;
	});
}

/** how many contacts undoing the job touches (for the progress bar) */
export async function countImportChanges(db: CarnetDatabase, jobId: string): Promise<number> {
	let total = 0;
	await db.importChanges
		.where('jobId')
		.equals(jobId)
		.each((change) => {
			total += change.created.length + change.updated.length;
		});
	return total;
}
