// human figures for the markdown table; the raw json keeps the exact numbers

export function formatMs(ms: number): string {
	if (ms >= 120_000) return `${(ms / 60_000).toFixed(1)} min`;
	if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
	if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
	return `${Math.round(ms)} ms`;
}

export function formatBytes(bytes: number | null): string {
	if (bytes === null) return '—';
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
	return `${(bytes / 1024).toFixed(1)} kB`;
}

export function formatCount(count: number): string {
	if (count >= 1_000_000 && count % 1_000_000 === 0) return `${count / 1_000_000} M`;
	if (count >= 1000 && count % 1000 === 0) return `${count / 1000} k`;
	return count.toLocaleString('en-US');
}

export function formatRate(perSecond: number | null, unit: string | null): string {
	if (perSecond === null) return '—';
	const label = unit ?? 'items';
	if (perSecond >= 1_000_000) return `${(perSecond / 1_000_000).toFixed(2)} M ${label}/s`;
	if (perSecond >= 10_000) return `${Math.round(perSecond / 1000)} k ${label}/s`;
	if (perSecond >= 1000) return `${(perSecond / 1000).toFixed(1)} k ${label}/s`;
	return `${Math.round(perSecond)} ${label}/s`;
}
