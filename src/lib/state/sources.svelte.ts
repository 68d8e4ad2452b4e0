// the automatic import sources of the book, and the syncs this tab runs. a sync runs in the import
// worker, which holds the source's web lock, so two tabs never sync one source at once; this class
// decides when (now, or when the network is back) and gets the file of a file source.

import { liveQuery } from 'dexie';
import { SvelteSet } from 'svelte/reactivity';
import { getDatabase } from '$lib/db/database';
import { readSourceFile } from '$lib/db/source-file';
import type { ImportJob, Source } from '$lib/db/schema';
import {
	deleteSource,
	getSource,
	listSourceJobs,
	listSources,
	markSourcePending,
	recordSourceFailure,
	updateSource,
	type SourceChanges
} from '$lib/db/sources-repo';
import { syncSourceJob } from '$lib/jobs/import-job';
import type { ImportProgress } from '$lib/jobs/import-protocol';

// the file picker of the File System Access API, which typescript's dom types do not have yet
interface FilePickerWindow {
	showOpenFilePicker?(options?: {
		multiple?: boolean;
		excludeAcceptAllOption?: boolean;
		types?: { description?: string; accept: Record<string, string[]> }[];
	}): Promise<FileSystemFileHandle[]>;
}

/** whether this browser can keep access to a file the user picked (File System Access API) */
export function canKeepFiles(): boolean {
	return typeof window !== 'undefined' && 'showOpenFilePicker' in window;
}

/** asks the user for a file carnet may read again later; null when they cancelled */
export async function pickSourceFile(): Promise<FileSystemFileHandle | null> {
	const picker = (window as FilePickerWindow).showOpenFilePicker;
	if (!picker) return null;
	try {
		const [handle] = await picker.call(window, {
			multiple: false,
			types: [
				{
					description: 'Contacts',
					accept: {
						'text/csv': ['.csv', '.tsv', '.txt'],
						'text/vcard': ['.vcf'],
						'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
						'application/vnd.ms-excel': ['.xls'],
						'application/vnd.oasis.opendocument.spreadsheet': ['.ods']
					}
				}
			]
		});
		return handle ?? null;
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') return null;
		throw error;
	}
}

export class SourcesState {
	all = $state.raw<Source[]>([]);
	loaded = $state(false);
	/** sources this tab is syncing right now */
	readonly syncing = new SvelteSet<string>();
	progress = $state.raw<Record<string, ImportProgress>>({});
	/** sources another tab was syncing when this one tried */
	readonly busyElsewhere = new SvelteSet<string>();

	watch(): () => void {
		const subscription = liveQuery(() => listSources(getDatabase())).subscribe({
			next: (sources) => {
				this.all = sources;
				this.loaded = true;
			},
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}

	/** a live view of one source's log, newest first */
	watchLog(sourceId: string, next: (jobs: ImportJob[]) => void): () => void {
		const subscription = liveQuery(() => listSourceJobs(getDatabase(), sourceId)).subscribe({
			next,
			error: (error: unknown) => console.error(error)
		});
		return () => subscription.unsubscribe();
	}

	/**
	 * syncs the source now. offline, a url source waits for the network instead (the scheduler runs
	 * it on the `online` event). `byUser` is true after a click, when a file permission may be asked.
	 */
	async sync(sourceId: string, byUser = false): Promise<void> {
		if (this.syncing.has(sourceId)) return;
		const db = getDatabase();
		const source = await getSource(db, sourceId);
		if (!source) return;
		if (source.kind === 'url' && !navigator.onLine) {
			await markSourcePending(db, sourceId);
			return;
		}
		this.syncing.add(sourceId);
		this.busyElsewhere.delete(sourceId);
		try {
			let file: File | null = null;
			if (source.kind === 'file') {
				const read = await readSourceFile(source, byUser);
				if (!read.ok) {
					await recordSourceFailure(db, sourceId, read.failure);
					return;
				}
				file = read.file;
			}
			const result = await syncSourceJob(sourceId, file, (progress) => {
				this.progress = { ...this.progress, [sourceId]: progress };
			});
			if (result.ok) {
				if (result.job.counts.created + result.job.counts.updated > 0) {
					// as after an import: its new and changed contacts are checked for duplicates
					const { scanImported } = await import('./import.svelte');
					await scanImported(result.job.id);
				}
			} else if ('busy' in result) {
				this.busyElsewhere.add(sourceId);
			} else if ('error' in result) {
				console.error(result.error);
			}
		} finally {
			this.syncing.delete(sourceId);
			const rest = { ...this.progress };
			delete rest[sourceId];
			this.progress = rest;
		}
	}

	/** "Sync all now": every source that is not paused, one after the other */
	async syncAll(): Promise<void> {
		for (const source of this.all) if (source.enabled) await this.sync(source.id, true);
	}

	async update(sourceId: string, changes: SourceChanges): Promise<void> {
		await updateSource(getDatabase(), sourceId, changes);
	}

	async setEnabled(sourceId: string, enabled: boolean): Promise<void> {
		await updateSource(getDatabase(), sourceId, { enabled });
	}

	async remove(sourceId: string): Promise<void> {
		await deleteSource(getDatabase(), sourceId);
	}
}

export const sourcesState = new SourcesState();
