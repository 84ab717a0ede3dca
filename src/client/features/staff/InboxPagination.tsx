import { useTranslation } from '../../i18n/use-translation.ts';
import { inboxSearch, type InboxView } from './inbox-query.ts';

export function InboxPagination({ view, total, pageSize }: { view: InboxView; total: number; pageSize: number }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const pageLink = (page: number) => `/inbox${inboxSearch({ ...view, page })}`;
  return (
    <nav class="inbox-pagination" aria-label={t('staff.inbox.pages')}>
      {view.page > 1 && <a href={pageLink(view.page - 1)}>{t('staff.inbox.previous')}</a>}
      <span>{t('staff.inbox.pageOf', { page: Math.min(view.page, pages), pages })}</span>
      {view.page < pages && <a href={pageLink(view.page + 1)}>{t('staff.inbox.next')}</a>}
    </nav>
  );
}
