// the browser tests use Debian's chromium, never a downloaded one (this network has none to offer).
// when it is missing and we are root on Debian, install it with apt; otherwise say what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
	console.error(
		`Chromium was not found at ${path}.\n` +
			'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}

console.log('Chromium is missing: installing the Debian package `chromium` with apt-get …');
const run = (args) =>
	execFileSync('apt-get', args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
run(['update', '-qq']);
run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);

if (!existsSync(path)) {
	console.error(`apt-get finished but ${path} is still missing.`);
	process.exit(1);
}
