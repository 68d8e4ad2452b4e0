import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// a real http server on 127.0.0.1, another origin than the app, for the automatic import tests.
// each path serves what the test put there; `cors: false` withholds Access-Control-Allow-Origin,
// as a server that does not allow cross-origin reads does. any other path answers 404.
export interface SourceServer {
	/** http://127.0.0.1:port */
	readonly base: string;
	/** serves `body` as csv at `path` from now on */
	put(path: string, body: string, options?: { cors?: boolean }): void;
	/** how many requests `path` got so far */
	hits(path: string): number;
	close(): Promise<void>;
}

export async function startSourceServer(): Promise<SourceServer> {
	const files = new Map<string, { body: string; cors: boolean }>();
	const hits = new Map<string, number>();
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
		hits.set(path, (hits.get(path) ?? 0) + 1);
		const file = files.get(path);
		if (!file) {
			response.writeHead(404, { 'Access-Control-Allow-Origin': '*' });
			response.end();
			return;
		}
		response.writeHead(200, {
			'Content-Type': 'text/csv; charset=utf-8',
			'Cache-Control': 'no-store',
			...(file.cors ? { 'Access-Control-Allow-Origin': '*' } : {})
		});
		response.end(file.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		put(path, body, options = {}) {
			files.set(path, { body, cors: options.cors ?? true });
		},
		hits: (path) => hits.get(path) ?? 0,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** a csv text with a header line and one line per row */
export const csv = (header: string, ...rows: string[]): string =>
	[header, ...rows].join('\n') + '\n';
