import { m } from '$lib/i18n';
import { fileErrorMessage } from '$lib/ui/import/describe-issue';

// a sync's failure in words: what happened and what to do about it

export function sourceFailureMessage(code: string, detail = ''): string {
	switch (code) {
		case 'source.offline':
			return m.source_failure_offline();
		case 'source.unreachable':
			return m.source_failure_unreachable();
		case 'source.cors':
			return m.source_failure_cors();
		case 'source.not_found':
			return m.source_failure_not_found({ status: detail });
		case 'source.forbidden':
			return m.source_failure_forbidden({ status: detail });
		case 'source.http_error':
			return m.source_failure_http_error({ status: detail });
		case 'source.file_moved':
			return m.source_failure_file_moved();
		case 'source.file_permission':
			return m.source_failure_file_permission();
		case 'source.file_unsupported':
			return m.source_failure_file_unsupported();
		case 'source.not_contacts':
			return m.source_failure_not_contacts({
				reason:
					detail === 'source.no_contact_columns' || detail === ''
						? m.source_failure_no_contact_columns()
						: fileErrorMessage(detail)
			});
		default:
			return m.source_failure_failed({ detail: detail || code });
	}
}
