import type { BackupError } from '$lib/core/backup/read-backup';
import type { InspectOutcome, JobProgress } from '$lib/jobs/export-job';
import { chooseSaveTarget, download, fileDate } from '$lib/jobs/save-file';

export type BackupStatus =
	| 'idle'
	| 'backing-up'
	| 'backed-up'
	| 'checking'
	| 'checked'
	| 'restoring'
	| 'restored'
	| 'cancelled'
	| 'refused'
	| 'failed';

type Checked = Extract<InspectOutcome, { ok: true }>;

const job = () => import('$lib/jobs/export-job');

// "back up everything" and "restore": the backup is written by the export worker; a file to restore
// is read and checked there first, and only a checked backup is offered for restoring, with what the
// book would lose when it is not empty
export class BackupState {
	status = $state<BackupStatus>('idle');
	progress = $state.raw<JobProgress | undefined>(undefined);
	/** the checked backup, waiting for the user's go */
	checked = $state.raw<Checked | undefined>(undefined);
	/** why the file was refused */
	errors = $state.raw<BackupError[]>([]);
	/** a failure code (backup.failed, restore.*) */
	failure = $state('');
	/** rows the last backup or restore wrote */
	rows = $state(0);
	fileName = $state('');

	get busy(): boolean {
		return (
			this.status === 'backing-up' || this.status === 'checking' || this.status === 'restoring'
		);
	}

	async backUp(description: string): Promise<void> {
		if (this.busy) return;
		const name = `carnet-backup-${fileDate()}.json`;
		const choice = await chooseSaveTarget({
			name,
			type: 'application/json',
			extension: 'json',
			description
		});
		if (!choice) return;
		this.begin('backing-up');
		try {
			const outcome = await (await job()).runBackup(choice, (p) => (this.progress = p));
			if (outcome.status === 'done') {
				if (outcome.blob) download(outcome.blob, name);
				this.rows = outcome.rows;
				this.fileName = choice.kind === 'file' ? choice.handle.name : name;
				this.status = 'backed-up';
			} else if (outcome.status === 'cancelled') {
				this.status = 'cancelled';
			} else {
				this.fail(outcome.error);
			}
		} catch (error) {
			console.error(error);
			this.fail('backup.failed');
		}
	}

	/** reads and checks a file; nothing is written */
	async check(file: File): Promise<void> {
		if (this.busy) return;
		this.discard();
		this.begin('checking');
		this.fileName = file.name;
		try {
			const outcome = await (await job()).inspectBackup(file, (p) => (this.progress = p));
			if (outcome.ok) {
				this.checked = outcome;
				this.status = 'checked';
			} else if ('cancelled' in outcome) {
				this.status = 'cancelled';
			} else {
				this.errors = outcome.errors;
				this.status = 'refused';
			}
		} catch (error) {
			console.error(error);
			this.fail('restore.failed');
		}
	}

	/** writes the checked backup; `replace` is the user's confirmation when the book is not empty */
	async restore(replace: boolean): Promise<void> {
		const checked = this.checked;
		if (!checked || this.busy) return;
		this.begin('restoring');
		try {
			const outcome = await (
				await job()
			).restoreBackup(checked.token, replace, (p) => (this.progress = p));
			if (outcome.status === 'done') {
				this.rows = Object.values(outcome.counts).reduce((sum, count) => sum + count, 0);
				this.checked = undefined;
				this.status = 'restored';
			} else if (outcome.error === 'restore.cancelled') {
				this.status = 'checked';
			} else {
				this.fail(outcome.error);
				if (outcome.error !== 'restore.not_empty') this.checked = undefined;
			}
		} catch (error) {
			console.error(error);
			this.fail('restore.failed');
		}
	}

	async cancel(): Promise<void> {
		(await job()).cancelJob();
	}

	/** forgets a checked backup the user did not restore */
	discard(): void {
		const token = this.checked?.token;
		this.checked = undefined;
		this.errors = [];
		if (token) void job().then((module) => module.discardBackup(token));
		if (this.status === 'checked' || this.status === 'refused') this.status = 'idle';
	}

	private begin(status: BackupStatus): void {
		this.status = status;
		this.progress = undefined;
		this.errors = [];
		this.failure = '';
	}

	private fail(code: string): void {
		this.failure = code;
		this.status = 'failed';
	}
}
