// globals node reaches through page.evaluate; declaring them here types both sides

import type { BenchPageApi } from './protocol';

/** what the startup probe (injected into the app's page) records */
export interface StartupProbe {
	/** ms since navigation start, at the frame after the first non-empty, visible h1 appeared */
	firstScreenMs: number | null;
	heading: string;
	longTasks: { startTime: number; duration: number }[];
}

declare global {
	interface Window {
		bench?: BenchPageApi;
		__benchStartup?: StartupProbe;
	}
}

export {};
