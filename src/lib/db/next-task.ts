// a macrotask without setTimeout's clamping (a timeout nested in timeouts waits at least 4 ms):
// IndexedDB's events are tasks, so a long loop that awaits this now and then lets a transaction
// under way on the same thread go on (the import's preparing, the dedupe scan's comparing)
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
