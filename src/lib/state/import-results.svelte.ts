import { liveQuery } from 'dexie';
import { displayName } from '$lib/core/display-name';
import {
	failedRowsCsvHeader,
	failedRowsCsvLines,
	type FailedRow
} from '$lib/core/import/failed-rows-csv';
import { getContact } from '$lib/db/contacts-repo';
import { getDatabase } from '$lib/db/database';
import {
	countImportIssues,
	eachImportIssue,
	importedContactIds,
	listImportIssues
} from '$lib/db/imports-repo';
import type { ImportIssue, ImportJob } from '$lib/db/schema';

/** a contact an import created or updated, as a link on the results page */
export interface ImportedContact {
	id: string;
	name: string;
}

export interface ImportedGroup {
	/** how many contacts in all */
	count: number;
	/** the first few, by when the import reached them */
	first: ImportedContact[];
}

const EMPTY_GROUP: ImportedGroup = { count: 0, first: [] };

/** links shown per group; the rest is a count */
export const IMPORTED_SHOWN = 100;
/** rows of the issues table per page */
export const ISSUES_PAGE = 50;

// one import's results page: the issues (paged, kept current while the job runs) and the contacts it
// created or updated (read when it has stopped, since they change with every batch before)
export class ImportResultsState {
	issues = $state.raw<ImportIssue[]>([]);
	issueCount = $state(0);
	/** the first issue shown */
	offset = $state(0);
	created = $state.raw<ImportedGroup>(EMPTY_GROUP);
	updated = $state.raw<ImportedGroup>(EMPTY_GROUP);

	watchIssues(jobId: string, offset: number): () => void {
		const db = getDatabase();
		const subscription = liveQuery(() =>
			Promise.all([countImportIssues(db, jobId), listImportIssues(db, jobId, offset, ISSUES_PAGE)])
		).subscribe({
			next: ([count, page]) => {
				this.issueCount = count;
				this.issues = page;
			},
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}

	async loadImported(jobId: string): Promise<void> {
		const db = getDatabase();
		const [created, updated] = await Promise.all([
			importedContactIds(db, jobId, 'created'),
			importedContactIds(db, jobId, 'updated')
		]);
		this.created = await group(created);
		this.updated = await group(without(updated, created));
	}

	/** what undoing the job would do: contacts removed and contacts put back as they were */
	async undoSummary(jobId: string): Promise<{ removed: number; restored: number }> {
		await this.loadImported(jobId);
		return { removed: this.created.count, restored: this.updated.count };
	}
}

// a contact a later row of the same file updated was still created by this import
function without(ids: readonly string[], excluded: readonly string[]): string[] {
	const skip = new Set(excluded);
	return ids.filter((id) => !skip.has(id));
}

async function group(ids: string[]): Promise<ImportedGroup> {
	const db = getDatabase();
	const contacts = await Promise.all(ids.slice(0, IMPORTED_SHOWN).map((id) => getContact(db, id)));
	const first: ImportedContact[] = [];
	for (const contact of contacts) {
		if (contact) first.push({ id: contact.id, name: displayName(contact) || contact.id });
	}
	return { count: ids.length, first };
}

/**
 * the failed rows of the job as a csv file: the original columns plus the reason. the issues are
 * read in chunks, so a big import's failures never sit in memory as objects all at once
 */
export async function failedRowsFile(
	job: ImportJob,
	reasonLabel: string,
	describe: (issue: ImportIssue) => string
): Promise<Blob> {
	// a text file comes back with its own delimiter; a workbook or a vcard as a plain csv
	const options = { delimiter: job.options.delimiter || ',' };
	// each chunk becomes a blob at once, which the browser keeps outside the page's memory
	const parts: Blob[] = [new Blob([failedRowsCsvHeader(job.header, reasonLabel, options)])];
	for await (const chunk of eachImportIssue(getDatabase(), job.id)) {
		const rows: FailedRow[] = chunk
			.filter((issue) => issue.failed)
			.map((issue) => ({ values: issue.values, reason: describe(issue) }));
		parts.push(new Blob([failedRowsCsvLines(job.header, rows, options)]));
	}
	return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
