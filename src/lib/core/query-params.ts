// a contact list's query in a url (`/export?search=mül&cc=49&sort=name`), so that the list page can
// hand "what I am looking at" to another page, and a reload keeps it.

import type { ContactQuery, ContactSort, SortDirection } from './contact-query';

const SORTS: readonly ContactSort[] = ['name', 'email', 'callingCode', 'phone', 'createdAt'];

/** the query's search and filters as url parameters; the default sort is left out */
export function queryToParams(query: ContactQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.search) params.set('search', query.search);
	if (query.listId) params.set('list', query.listId);
	if (query.subscription) params.set('subscription', query.subscription);
	if (query.callingCode) params.set('cc', query.callingCode);
	if (query.hasPhone !== undefined) params.set('phone', query.hasPhone ? '1' : '0');
	if (query.hasEmail !== undefined) params.set('email', query.hasEmail ? '1' : '0');
	if (query.createdFrom !== undefined) params.set('from', String(query.createdFrom));
	if (query.createdTo !== undefined) params.set('to', String(query.createdTo));
	if (query.importId) params.set('import', query.importId);
	if (query.importId && query.importChange) params.set('change', query.importChange);
	if (query.sort !== 'name') params.set('sort', query.sort);
	if (query.direction !== 'asc') params.set('dir', query.direction);
	return params;
}

/** the query the parameters describe; anything unknown or malformed is left out */
export function queryFromParams(params: URLSearchParams): ContactQuery {
	const sort = params.get('sort');
	const direction: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc';
	const query: ContactQuery = {
		sort: SORTS.includes(sort as ContactSort) ? (sort as ContactSort) : 'name',
		direction
	};
	const search = params.get('search');
	if (search) query.search = search;
	const list = params.get('list');
	if (list) query.listId = list;
	const subscription = params.get('subscription');
	if (subscription === 'subscribed' || subscription === 'unsubscribed') {
		query.subscription = subscription;
	}
	const callingCode = params.get('cc')?.replace(/\D/g, '');
	if (callingCode) query.callingCode = callingCode;
	const flag = (name: string) => {
		const value = params.get(name);
		return value === '1' ? true : value === '0' ? false : undefined;
	};
	const hasPhone = flag('phone');
	if (hasPhone !== undefined) query.hasPhone = hasPhone;
	const hasEmail = flag('email');
	if (hasEmail !== undefined) query.hasEmail = hasEmail;
	const time = (name: string) => {
		const value = params.get(name);
		const ms = value === null || value === '' ? NaN : Number(value);
		return Number.isFinite(ms) ? ms : undefined;
	};
	const from = time('from');
	if (from !== undefined) query.createdFrom = from;
	const to = time('to');
	if (to !== undefined) query.createdTo = to;
	const importId = params.get('import');
	if (importId) {
		query.importId = importId;
		const change = params.get('change');
		if (change === 'created' || change === 'updated') query.importChange = change;
	}
	return query;
}
