/**
 * a module worker that fails to load or throws at the top level never answers comlink, and the run
 * would wait forever; this turns its error event into a rejection to race the calls against
 */
export function whenCrashed(worker: Worker): Promise<never> {
	const crashed = new Promise<never>((_, reject) => {
		worker.addEventListener(
			'error',
			(event) => reject(new Error(`the worker crashed: ${event.message || 'it did not load'}`)),
			{ once: true }
		);
	});
	// a crash after the last race is nobody's business
	crashed.catch(() => undefined);
	return crashed;
}
