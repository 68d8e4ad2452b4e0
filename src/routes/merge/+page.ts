// the ids come in the query (`/merge?ids=a,b`), which a prerendered page cannot read: the fallback
// shell serves it
export const prerender = false;
