// where an export's file goes. Chromium browsers offer the save dialog (File System Access API): the
// worker then writes straight into the chosen file, a chunk at a time. elsewhere (Firefox, Safari,
// most phones) the worker hands back a Blob and the browser downloads it.

export interface SaveSpec {
	/** the suggested file name, with its extension */
	name: string;
	type: string;
	extension: string;
	/** what the save dialog calls this kind of file */
	description: string;
}

/** a file the user chose, or a download once the Blob is ready */
export type SaveChoice = { kind: 'file'; handle: FileSystemFileHandle } | { kind: 'download' };

interface SavePickerOptions {
	suggestedName?: string;
	types?: { description?: string; accept: Record<string, string[]> }[];
}

type SavePicker = (options?: SavePickerOptions) => Promise<FileSystemFileHandle>;

function savePicker(): SavePicker | undefined {
	const picker = (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker;
	return typeof picker === 'function' ? (picker.bind(globalThis) as SavePicker) : undefined;
}

/**
 * asks where to save, when the browser can; call it first thing in the click handler, because the
 * dialog needs the user's gesture. undefined when the user closed the dialog.
 */
export async function chooseSaveTarget(spec: SaveSpec): Promise<SaveChoice | undefined> {
	const picker = savePicker();
	if (!picker) return { kind: 'download' };
	try {
		const handle = await picker({
			suggestedName: spec.name,
			types: [{ description: spec.description, accept: { [spec.type]: [`.${spec.extension}`] } }]
		});
		return { kind: 'file', handle };
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') return undefined;
		// no gesture left, or a policy forbids the dialog: a download still works
		return { kind: 'download' };
	}
}

/** hands a finished Blob to the browser's downloads */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// the download has started reading the Blob by then; the url only keeps it alive
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** today as YYYY-MM-DD in local time, for file names */
export function fileDate(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
