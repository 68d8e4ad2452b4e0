import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { runCommand } from './command';
import { step } from './log';
import { APP_DIR, PAGE_CONFIG } from './paths';

/**
 * the app as users get it (`npm run build`, skipped by --no-build) and the bench page, its own small
 * vite build, rebuilt every time since it takes a second and must match the harness
 */
export async function buildAll(buildApp: boolean): Promise<void> {
	if (buildApp) {
		await step('building the app (npm run build)', () => runCommand('npm', ['run', 'build']));
	} else if (!existsSync(join(APP_DIR, '200.html'))) {
		throw new Error(`the app is not built (${APP_DIR}); run without --no-build`);
	}
	await step('building the bench page', async () => {
		await build({ configFile: PAGE_CONFIG, logLevel: 'warn' });
	});
}
