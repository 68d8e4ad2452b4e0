/**
 * the query of the merge screen for these contacts (`ids=a,b[,c]`, after `/merge?`): the one link
 * every start point uses. the path stays a `resolve('/merge')` at the call, where the lint rule that
 * keeps links base-aware can see it.
 */
export function mergeQuery(ids: readonly string[]): string {
	return `ids=${ids.map(encodeURIComponent).join(',')}`;
}
