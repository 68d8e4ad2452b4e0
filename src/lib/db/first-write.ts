import type { DBCore, Middleware } from 'dexie';

// calls `onFirstWrite` once, when this database handle first writes anything. the app uses it to ask
// the browser for persistent storage at the moment there is data worth keeping (DESIGN §1 settings)
export function firstWriteMiddleware(onFirstWrite: () => void): Middleware<DBCore> {
	let written = false;
	return {
		stack: 'dbcore',
		name: 'first-write',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (request) => {
						if (!written) {
							written = true;
							// a later task, not a microtask: a microtask can still run inside the writing
							// transaction's zone, where the listener's own reads (settings) are out of
							// scope, and dexie aborts a transaction when such a read fails
							setTimeout(onFirstWrite, 0);
						}
						return table.mutate(request);
					}
				};
			}
		})
	};
}
