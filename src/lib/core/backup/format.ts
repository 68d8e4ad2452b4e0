// the backup file: one JSON document holding every table of the book, its schema version and the
// app's name. it is written a line at a time, in a layout a reader can also take a line at a time
// (each row on its own line, so a million contacts never become one string), and it is still plain
// JSON that any tool can open:
//
//   {"backup":{"format":"carnet-backup","app":"carnet","schemaVersion":1,"createdAt":…,"tables":[…]},
//   "tables":{
//   "contacts":[
//   {…first row…}
//   ,{…next row…}
//   ]
//   ,"lists":[
//   ]
//   },
//   "counts":{"contacts":2,"lists":0,…}}
//
// the counts come last, so a file cut short anywhere is recognized as truncated.

export const BACKUP_FORMAT = 'carnet-backup';
export const BACKUP_APP = 'carnet';

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	app: typeof BACKUP_APP;
	/** the database schema version the rows were written at (db/schema.ts SCHEMA) */
	schemaVersion: number;
	/** ms since epoch */
	createdAt: number;
	/** every table the backup holds, in the order they follow */
	tables: string[];
}

export type BackupRow = Record<string, unknown>;

/** the pieces of the file, in order; the export worker joins them into a Blob or a file */
export const backupText = {
	start(header: BackupHeader): string {
		return `{"backup":${JSON.stringify(header)},\n"tables":{\n`;
	},
	tableStart(name: string, first: boolean): string {
		return `${first ? '' : ','}${JSON.stringify(name)}:[\n`;
	},
	/** the rows of one read, `first` when the table has no row before them */
	rows(rows: readonly unknown[], first: boolean): string {
		let text = '';
		rows.forEach((row, index) => {
			text += `${first && index === 0 ? '' : ','}${JSON.stringify(row)}\n`;
		});
		return text;
	},
	tableEnd(): string {
		return ']\n';
	},
	end(counts: Record<string, number>): string {
		return `},\n"counts":${JSON.stringify(counts)}}\n`;
	}
};
