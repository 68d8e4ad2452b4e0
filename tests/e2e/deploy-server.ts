import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

// a static host for the built app whose service worker changes when we "deploy" a new release.
// vite preview cannot do that, and the browser's update check for a service worker script does not
// pass through playwright's request routing
export interface DeployServer {
	url: string;
	deployNewRelease(): void;
	close(): Promise<void>;
}

export async function startDeployServer(dir = 'build'): Promise<DeployServer> {
	const files = sirv(dir, { single: '200.html', dev: true });
	const original = readFileSync(`${dir}/service-worker.js`, 'utf8');
	let release = 1;

	const server: Server = createServer((req, res) => {
		if (req.url?.split('?')[0] === '/service-worker.js') {
			res.setHeader('content-type', 'text/javascript');
			res.setHeader('cache-control', 'no-cache');
			// any byte change makes the browser install the worker as a new version
			res.end(release === 1 ? original : `${original}\n// release ${release}\n`);
			return;
		}
		files(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		deployNewRelease: () => {
			release += 1;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
