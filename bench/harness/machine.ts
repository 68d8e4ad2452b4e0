import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem } from 'node:os';
import { ROOT } from './paths';

export interface Machine {
	cpus: number;
	cpuModel: string;
	memoryBytes: number;
	os: string;
	node: string;
	browser: string;
	/** the commit the app was built from, with "+dirty" when the tree had changes */
	commit: string | null;
}

/** what the figures were measured on: the shared machines differ, and so does their load */
export function describeMachine(browserVersion: string): Machine {
	return {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryBytes: totalmem(),
		os: `${process.platform} ${release()}`,
		node: process.version,
		browser: `Chromium ${browserVersion}`,
		commit: gitCommit()
	};
}

function gitCommit(): string | null {
	try {
		const git = (args: string[]): string =>
			execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }).trim();
		const head = git(['rev-parse', '--short', 'HEAD']);
		return git(['status', '--porcelain']) === '' ? head : `${head}+dirty`;
	} catch {
		return null;
	}
}
