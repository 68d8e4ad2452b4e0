import { spawn } from 'node:child_process';
import { ROOT } from './paths';

/**
 * runs a command from the repository root. its output is kept and shown only when it fails, so that
 * the bench's own output stays readable.
 */
export function runCommand(command: string, args: readonly string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) return resolve();
			process.stderr.write(Buffer.concat(output));
			reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
		});
	});
}
