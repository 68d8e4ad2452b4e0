import type { ContactQuery } from '$lib/core/contact-query';
import {
	DEFAULT_COLUMNS,
	STANDARD_COLUMNS,
	type ColumnId,
	type ExportDropped,
	type PhoneFormat
} from '$lib/core/export/options';
import { queryFromParams } from '$lib/core/query-params';
import { countMatching } from '$lib/db/contact-list';
import { getDatabase } from '$lib/db/database';
import type { ExportSource } from '$lib/db/export-source';
import type { FieldDef, List } from '$lib/db/schema';
import { getSetting } from '$lib/db/settings-repo';
import type { ExportFileFormat, JobProgress } from '$lib/jobs/export-job';
import { chooseSaveTarget, download, fileDate, type SaveSpec } from '$lib/jobs/save-file';

/** what to export */
export type ExportScope = 'all' | 'list' | 'query' | 'selection';

export type ExportStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

const FILES: Readonly<Record<ExportFileFormat, { type: string; extension: string }>> = {
	csv: { type: 'text/csv', extension: 'csv' },
	'google-csv': { type: 'text/csv', extension: 'csv' },
	'outlook-csv': { type: 'text/csv', extension: 'csv' },
	vcard: { type: 'text/vcard', extension: 'vcf' },
	xlsx: {
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		extension: 'xlsx'
	}
};

// the export page's form and its running job: what to export, in which format and with which
// options, the progress, and how it ended. the job module (and with it the worker) loads on the
// first export, so opening the page stays light
export class ExportState {
	scope = $state<ExportScope>('all');
	listId = $state('');
	/** the list page's search and filters, when it sent them */
	query = $state.raw<ContactQuery | undefined>(undefined);
	/** the list page's selection, when it sent one */
	ids = $state.raw<string[]>([]);

	format = $state<ExportFileFormat>('csv');
	/** the columns chosen for csv and xlsx; custom fields are `custom:<id>` */
	columns = $state.raw<ColumnId[]>([...DEFAULT_COLUMNS]);
	delimiter = $state<',' | ';'>(',');
	bom = $state(false);
	guardFormulas = $state(true);
	phoneFormat = $state<PhoneFormat>('international');

	/** how many contacts the chosen scope holds; undefined while counting */
	count = $state<number | undefined>(undefined);
	status = $state<ExportStatus>('idle');
	progress = $state.raw<JobProgress | undefined>(undefined);
	result = $state.raw<
		{ rows: number; name: string; saved: boolean; dropped: ExportDropped } | undefined
	>(undefined);
	/** an error code of the job (export.*) */
	error = $state('');

	/** field ids already offered as columns; not reactive, so a plain record */
	#fieldsSeen: Record<string, true> = {};

	/** takes what the list page sent: `?ids=a,b` (a selection) or its query parameters */
	fromUrl(params: URLSearchParams): void {
		const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
		if (ids.length > 0) {
			this.ids = ids;
			this.scope = 'selection';
			return;
		}
		if ([...params.keys()].length > 0) {
			this.query = queryFromParams(params);
			this.scope = 'query';
		}
	}

	/** new custom fields join the chosen columns (once: a field the user unticked stays unticked) */
	offerFields(fields: readonly FieldDef[]): void {
		const fresh = fields.filter((field) => !this.#fieldsSeen[field.id]);
		for (const field of fresh) this.#fieldsSeen[field.id] = true;
		if (fresh.length > 0) {
			this.columns = [...this.columns, ...fresh.map((field) => `custom:${field.id}` as const)];
		}
	}

	toggleColumn(column: ColumnId, on: boolean): void {
		const rest = this.columns.filter((c) => c !== column);
		this.columns = on ? [...rest, column] : rest;
	}

	/** the chosen columns in the order of the table: standard ones first, then the fields' order */
	orderedColumns(fields: readonly FieldDef[]): ColumnId[] {
		const chosen = (column: ColumnId) => this.columns.includes(column);
		return [
			...STANDARD_COLUMNS.filter(chosen),
			...fields.map((field) => `custom:${field.id}` as const).filter(chosen)
		];
	}

	source(): ExportSource {
		switch (this.scope) {
			case 'list':
				return { kind: 'query', query: { sort: 'name', direction: 'asc', listId: this.listId } };
			case 'query':
				return { kind: 'query', query: this.query ?? { sort: 'name', direction: 'asc' } };
			case 'selection':
				return { kind: 'ids', ids: this.ids };
			default:
				return { kind: 'query', query: { sort: 'name', direction: 'asc' } };
		}
	}

	/** counts the chosen scope; called whenever it changes */
	async recount(): Promise<void> {
		const source = this.source();
		this.count = undefined;
		if (this.scope === 'list' && !this.listId) {
			this.count = 0;
			return;
		}
		const count =
			source.kind === 'ids' ? source.ids.length : await countMatching(getDatabase(), source.query);
		// a later change of scope has started its own count
		if (JSON.stringify(source) === JSON.stringify(this.source())) this.count = count;
	}

	/**
	 * runs the export: asks where to save first (the save dialog needs the click's gesture), then
	 * streams the file from the worker, with progress, until done or cancelled
	 */
	async start(
		fields: readonly FieldDef[],
		lists: readonly List[],
		description: string
	): Promise<void> {
		if (this.status === 'running') return;
		const file = FILES[this.format];
		const spec: SaveSpec = {
			name: `carnet-contacts-${fileDate()}.${file.extension}`,
			type: file.type,
			extension: file.extension,
			description
		};
		const choice = await chooseSaveTarget(spec);
		if (!choice) return;
		this.status = 'running';
		this.progress = undefined;
		this.result = undefined;
		this.error = '';
		try {
			const job = await import('$lib/jobs/export-job');
			const defaultCountry = (await getSetting(getDatabase(), 'defaultCountry')) ?? '';
			const outcome = await job.runExport(
				{
					source: $state.snapshot(this.source()) as ExportSource,
					format: this.format,
					options: {
						fields: fields.map(({ id, label, type }) => ({ id, label, type })),
						columns: this.orderedColumns(fields),
						delimiter: this.delimiter,
						bom: this.bom,
						guardFormulas: this.guardFormulas,
						phoneFormat: this.phoneFormat,
						defaultCountry,
						lists: lists.map(({ id, name }) => ({ id, name }))
					}
				},
				choice,
				(progress) => (this.progress = progress)
			);
			if (outcome.status === 'done') {
				if (outcome.blob) download(outcome.blob, spec.name);
				const name = choice.kind === 'file' ? choice.handle.name : spec.name;
				this.result = {
					rows: outcome.rows,
					name,
					saved: choice.kind === 'file',
					dropped: outcome.dropped
				};
				this.status = 'done';
			} else if (outcome.status === 'cancelled') {
				this.status = 'cancelled';
			} else {
				this.error = outcome.error;
				this.status = 'failed';
			}
		} catch (error) {
			console.error(error);
			this.error = 'export.failed';
			this.status = 'failed';
		}
	}

	async cancel(): Promise<void> {
		(await import('$lib/jobs/export-job')).cancelJob();
	}
}
