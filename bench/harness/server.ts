import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { APP_DIR, BENCH_BASE, DATA_BASE, DATA_DIR, PAGE_DIR } from './paths';

export interface BenchServer {
	url: string;
	close(): Promise<void>;
}

/**
 * one origin for the app, the bench page and the data files: the bench page then shares IndexedDB
 * (and the service worker's scope) with the app, which is what seeding the app's database needs.
 */
export async function startServer(): Promise<BenchServer> {
	const app = sirv(APP_DIR, { single: '200.html', etag: true });
	const page = sirv(PAGE_DIR, { etag: true });
	// dev: data files written after the server started are found too
	const data = sirv(DATA_DIR, { dev: true });

	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		const path = req.url ?? '/';
		const notFound = (): void => {
			res.statusCode = 404;
			res.end('not found');
		};
		if (path.startsWith(DATA_BASE)) {
			req.url = `/${path.slice(DATA_BASE.length)}`;
			data(req, res, notFound);
		} else if (path.startsWith(BENCH_BASE)) {
			req.url = `/${path.slice(BENCH_BASE.length)}`;
			page(req, res, notFound);
		} else {
			app(req, res);
		}
	});
	// a fixed port only when asked: a kept seeded book (CARNET_BENCH_BOOKS) belongs to its origin
	const fixed = Number(process.env.CARNET_BENCH_PORT ?? 0);
	await new Promise<void>((resolve) => server.listen(fixed, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
