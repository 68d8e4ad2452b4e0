import type { Pathname } from '$app/types';
import { m } from '$lib/i18n';

export interface NavItem {
	href: Pathname;
	label: () => string;
	/** an svg path on a 24×24 grid */
	icon: string;
	/** the contacts page also owns every /contacts/<id> */
	matches: (pathname: string) => boolean;
}

const under = (prefix: string) => (path: string) =>
	path === prefix || path.startsWith(prefix + '/');

export const NAV_ITEMS: NavItem[] = [
	{
		href: '/',
		label: m.nav_contacts,
		icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 2c-4 0-7 2-7 5v1h14v-1c0-3-3-5-7-5Z',
		matches: (path) => path === '/' || under('/contacts')(path)
	},
	{
		href: '/lists',
		label: m.nav_lists,
		icon: 'M4 6h2v2H4V6Zm4 0h12v2H8V6Zm-4 5h2v2H4v-2Zm4 0h12v2H8v-2Zm-4 5h2v2H4v-2Zm4 0h12v2H8v-2Z',
		matches: under('/lists')
	},
	{
		href: '/import',
		label: m.nav_import,
		icon: 'M11 3h2v10l3.5-3.5 1.4 1.4L12 16.8l-5.9-5.9 1.4-1.4L11 13V3ZM4 18h16v2H4v-2Z',
		// an import's results page (/imports/<id>) belongs to the import
		matches: (path) => under('/import')(path) || under('/imports')(path)
	},
	{
		href: '/duplicates',
		label: m.nav_duplicates,
		icon: 'M8 3h11a2 2 0 0 1 2 2v11h-2V5H8V3ZM5 7h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2Zm0 2v10h10V9H5Z',
		matches: under('/duplicates')
	},
	{
		href: '/export',
		label: m.nav_export,
		icon: 'M11 16h2V6l3.5 3.5 1.4-1.4L12 2.2 6.1 8.1l1.4 1.4L11 6v10ZM4 18h16v2H4v-2Z',
		matches: under('/export')
	},
	{
		href: '/settings',
		label: m.nav_settings,
		icon: 'M19.4 13a7.7 7.7 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.3 7.3 0 0 0-1.7-1L15 3h-4l-.4 2.7a7.3 7.3 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.7 7.7 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.3 7.3 0 0 0 1.7 1L11 21h4l.4-2.7a7.3 7.3 0 0 0 1.7-1l2.5 1 2-3.5-2.2-1.8ZM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z',
		matches: under('/settings')
	}
];
