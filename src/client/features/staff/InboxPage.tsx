import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { InboxPage as InboxPageData } from '../../../shared/referrals/inbox-contract.ts';
import { callApi, type ApiFailure } from './staff-api.ts';
import { UNAUTHENTICATED, useKnownAccount, useSignInAgain } from './account-session.ts';
import { inboxSearch, readInboxView, type InboxView } from './inbox-query.ts';
import { RequestProblem } from './RequestProblem.tsx';
import { OfflineNote } from './OfflineNote.tsx';
import { InboxControls } from './InboxControls.tsx';
import { InboxRow } from './InboxRow.tsx';
import { InboxPagination } from './InboxPagination.tsx';

/** The referrals sent to the reader's organizations, newest or longest-waiting first. */
export function InboxPage() {
  const { t } = useTranslation();
  const { query, route } = useLocation();
  const signInAgain = useSignInAgain();
  useKnownAccount();
  const view = readInboxView(query);
  const search = inboxSearch(view);
  const [data, setData] = useState<InboxPageData | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const latest = useRef(0);

  const load = async () => {
    // Only the answer to the latest request is shown, whatever order answers arrive in.
    const request = ++latest.current;
    const result = await callApi<InboxPageData>(`/api/inbox${search}`);
    if (request !== latest.current) return;
    if (result.ok) {
      setData(result.data);
      setFailure(null);
    } else if (result.status === UNAUTHENTICATED) signInAgain();
    else setFailure(result);
  };

  useEffect(() => void load(), [search]);
  // Coming back to the tab shows what arrived meanwhile.
  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [search]);

  const show = (next: InboxView) => route(`/inbox${inboxSearch(next)}`, true);

  return (
    <section class="staff-page">
      <PageHeading title={t('staff.inbox.title')}>{t('staff.inbox.title')}</PageHeading>
      <OfflineNote />
      <div class="inbox-bar">
        <InboxControls view={view} onChange={show} />
        <a class="button" href="/inbox/refer">{t('staff.inbox.refer')}</a>
      </div>
      <p class="result-count" role="status">{data ? t('staff.inbox.count', { count: data.total }) : failure ? '' : t('staff.loading')}</p>
      {failure?.status === 403 ? (
        <div class="notice notice-warning staff-notice" role="alert">
          <p>{t('staff.inbox.notStaff')}</p>
          <a href="/account">{t('staff.menu.account')}</a>
        </div>
      ) : (
        failure && <RequestProblem failure={failure} onRetry={() => void load()} />
      )}
      {data && data.items.length === 0 && data.total > 0 && (
        <p class="empty-results">
          {t('staff.inbox.emptyPage')} <a href={`/inbox${inboxSearch({ ...view, page: 1 })}`}>{t('staff.inbox.firstPage')}</a>
        </p>
      )}
      {data && data.total === 0 && (
        <p class="empty-results">{view.status ? t('staff.inbox.emptyStatus', { status: t(`staff.status.${view.status}`) }) : t('staff.inbox.empty')}</p>
      )}
      {data && data.items.length > 0 && (
        <ol class="inbox-list">
          {data.items.map((item) => <InboxRow key={item.id} item={item} />)}
        </ol>
      )}
      {data && <InboxPagination view={view} total={data.total} pageSize={data.pageSize} />}
    </section>
  );
}
