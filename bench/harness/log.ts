// progress goes to stderr, so that stdout holds only the markdown table and can be piped to a file

export function info(message: string): void {
	process.stderr.write(`${message}\n`);
}

/** runs one step of the harness and says how long it took */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
	const started = performance.now();
	process.stderr.write(`${label} …`);
	try {
		const result = await work();
		process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
		return result;
	} catch (error) {
		process.stderr.write(' failed\n');
		throw error;
	}
}
