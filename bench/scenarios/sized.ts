import type { RunContext } from '../harness/scenario';

/** the size of a run of a sized scenario */
export function sizeOf(context: RunContext): number {
	if (context.size === null) throw new Error('this scenario needs a size');
	return context.size;
}
