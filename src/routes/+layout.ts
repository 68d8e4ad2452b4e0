// carnet is a static single-page app: pages are empty shells rendered in the browser from IndexedDB
export const prerender = true;
export const ssr = false;
