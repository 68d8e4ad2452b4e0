// the form that adds or edits an automatic import source: where it is, what it holds (read once to
// detect the mapping, with the import's own detection) and the options of its syncs.

import { detectSourceMapping } from '$lib/core/sources/source-mapping';
import { DEFAULT_INTERVAL_MINUTES, clampInterval } from '$lib/core/sources/schedule';
import type { SourceFailure } from '$lib/core/sources/failure';
import type { ColumnMapping, ColumnTarget, FileInfo } from '$lib/core/import/types';
import { getDatabase } from '$lib/db/database';
import { listFields } from '$lib/db/fields-repo';
import type { Source } from '$lib/db/schema';
import { createSource, updateSource } from '$lib/db/sources-repo';
import { probeSourceUrl, sniffImportFile } from '$lib/jobs/import-job';
import { pickSourceFile, sourcesState } from './sources.svelte';

export type FormProblem =
	| { kind: 'failure'; failure: SourceFailure }
	| { kind: 'file'; code: string; detail: string }
	| { kind: 'needs-columns' }
	| { kind: 'needs-reachable' };

export class SourceForm {
	/** the source being edited; null while adding one */
	readonly editing: Source | null;
	name = $state('');
	kind = $state<Source['kind']>('url');
	url = $state('');
	handle = $state.raw<FileSystemFileHandle | null>(null);
	listIds = $state<string[]>([]);
	defaultCountry = $state('');
	intervalMinutes = $state(DEFAULT_INTERVAL_MINUTES);
	info = $state.raw<FileInfo | null>(null);
	mapping = $state.raw<ColumnMapping>([]);
	busy = $state(false);
	problem = $state.raw<FormProblem | null>(null);

	constructor(source: Source | null, defaultCountry: string) {
		this.editing = source;
		this.defaultCountry = source?.options.defaultCountry || defaultCountry;
		if (!source) return;
		this.name = source.name;
		this.kind = source.kind;
		this.url = source.kind === 'url' ? source.location : '';
		this.handle = source.handle;
		this.listIds = [...source.options.listIds];
		this.intervalMinutes = source.intervalMinutes;
		this.mapping = source.mapping;
	}

	/** MappingStep reads the options of the flow it maps for */
	get options(): { defaultCountry: string } {
		return { defaultCountry: this.defaultCountry };
	}

	get fileName(): string {
		return this.handle?.name ?? (this.editing?.kind === 'file' ? this.editing.location : '');
	}

	setTarget(column: number, target: ColumnTarget | null): void {
		const next = [...this.mapping];
		next[column] = target;
		this.mapping = next;
	}

	async chooseFile(): Promise<void> {
		const handle = await pickSourceFile();
		if (!handle) return;
		this.handle = handle;
		if (!this.name) this.name = handle.name;
		await this.detect();
	}

	/** reads the source once: its columns and first rows, and the detected mapping */
	async detect(): Promise<void> {
		this.busy = true;
		this.problem = null;
		try {
			let info: FileInfo;
			if (this.kind === 'url') {
				const probed = await probeSourceUrl(this.url.trim());
				if (!probed.ok) {
					this.problem = { kind: 'failure', failure: probed.failure };
					return;
				}
				info = probed.info;
			} else {
				if (!this.handle) return;
				const sniffed = await sniffImportFile(await this.handle.getFile());
				if (!sniffed.ok) {
					this.problem = { kind: 'file', code: sniffed.error, detail: sniffed.detail };
					return;
				}
				info = sniffed.info;
			}
			const fields = (await listFields(getDatabase())).map((f) => ({ id: f.id, label: f.label }));
			const fresh = detectSourceMapping(info.header, info.sample, {
				fields,
				defaultCountry: this.defaultCountry
			});
			// an edited source keeps the user's choices for the columns it still has
			const stored = this.editing;
			this.mapping =
				stored && stored.header.length > 0
					? info.header.map((name, column) => {
							const at = stored.header.indexOf(name);
							return at === -1 ? (fresh[column] ?? null) : (stored.mapping[at] ?? null);
						})
					: fresh;
			this.info = info;
			if (!this.name) this.name = this.kind === 'url' ? nameOfUrl(this.url) : this.fileName;
		} catch (error) {
			console.error(error);
			this.problem = {
				kind: 'failure',
				failure: { code: 'source.failed', detail: String(error), retryWhenOnline: false }
			};
		} finally {
			this.busy = false;
		}
	}

	get reachable(): boolean {
		return this.mapping.some((target) => target?.kind === 'phone' || target?.kind === 'email');
	}

	/** saves the source (and, for a new one, syncs it); resolves to its id, or null when refused */
	async save(): Promise<string | null> {
		const db = getDatabase();
		const mappingChecked = this.info !== null;
		if (!this.editing && !mappingChecked) {
			this.problem = { kind: 'needs-columns' };
			return null;
		}
		if (mappingChecked && !this.reachable) {
			this.problem = { kind: 'needs-reachable' };
			return null;
		}
		const location = this.kind === 'url' ? this.url.trim() : this.fileName;
		const interval = clampInterval(this.intervalMinutes);
		const info = this.info;
		if (this.editing) {
			const source = this.editing;
			await updateSource(db, source.id, {
				name: this.name.trim() || location,
				location,
				intervalMinutes: interval,
				options: {
					...source.options,
					listIds: [...this.listIds],
					defaultCountry: this.defaultCountry
				},
				...(this.kind === 'file' && this.handle ? { handle: this.handle } : {}),
				...(info ? { header: info.header, mapping: this.mapping } : {})
			});
			return source.id;
		}
		if (!info) return null;
		const source = await createSource(db, {
			name: this.name,
			kind: this.kind,
			location,
			header: info.header,
			mapping: this.mapping,
			intervalMinutes: interval,
			handle: this.kind === 'file' ? this.handle : null,
			options: {
				defaultCountry: this.defaultCountry,
				listIds: [...this.listIds],
				unsubscribeAll: false,
				duplicates: 'fill',
				format: info.format,
				encoding: info.encoding,
				delimiter: info.delimiter,
				sheet: info.sheet
			}
		});
		void sourcesState.sync(source.id, true);
		return source.id;
	}
}

function nameOfUrl(url: string): string {
	try {
		const parsed = new URL(url);
		const file = parsed.pathname.split('/').filter(Boolean).pop();
		return file ? `${parsed.host} · ${decodeURIComponent(file)}` : parsed.host;
	} catch {
		return url;
	}
}
