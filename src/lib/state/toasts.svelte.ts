// short messages at the bottom of the screen, some with one action (Undo) that is offered only for a
// few seconds
export interface Toast {
	id: number;
	message: string;
	actionLabel?: string;
	action?: () => void | Promise<void>;
}

const DEFAULT_DURATION = 8000;

export class ToastState {
	items = $state.raw<Toast[]>([]);
	#next = 1;

	show(toast: Omit<Toast, 'id'>, duration = DEFAULT_DURATION): number {
		const id = this.#next++;
		this.items = [...this.items, { ...toast, id }];
		setTimeout(() => this.dismiss(id), duration);
		return id;
	}

	dismiss(id: number): void {
		this.items = this.items.filter((toast) => toast.id !== id);
	}

	async act(toast: Toast): Promise<void> {
		this.dismiss(toast.id);
		await toast.action?.();
	}
}

export const toasts = new ToastState();
