/** lets the long-task observer deliver the entries of the tasks that just ended */
export function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * keeps a finished worker alive a little longer, outside the timed window, so that node's heap
 * sampler (every 100 ms) sees it at least once even when the task took less than a sample interval
 */
export function letHeapSamplerSeeWorker(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 150));
}
