import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { FeedbackReport, FeedbackReportPage } from '../../../../shared/feedback/feedback-contract.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { directoryIndex } from '../../../directory/directory-store.ts';
import { PageHeading } from '../../../ui/PageHeading.tsx';
import { callApi, type ApiFailure } from '../../staff/staff-api.ts';
import { UNAUTHENTICATED, useKnownAccount, useSignInAgain } from '../../staff/account-session.ts';
import { OfflineNote } from '../../staff/OfflineNote.tsx';
import { RequestProblem } from '../../staff/RequestProblem.tsx';
import { ReportItem } from './ReportItem.tsx';
import { RatingsSummary } from './RatingsSummary.tsx';
import { readReportsView, reportsSearch, type ReportsView } from './reports-query.ts';

/** What the last resolve or reopen did, with the way to take it back. */
interface LastAction {
  report: FeedbackReport;
  resolved: boolean;
}

/** `/listings/:organizationId/reports`: newcomers' reports about the organization's services, and its ratings. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { params } = useRoute();
  const { query, route } = useLocation();
  const signInAgain = useSignInAgain();
  useKnownAccount();
  const organizationId = params.organizationId ?? '';
  const view = readReportsView(query);
  const base = `/listings/${encodeURIComponent(organizationId)}/reports`;
  const api = `/api/listings/${encodeURIComponent(organizationId)}/feedback`;
  const [data, setData] = useState<FeedbackReportPage | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [last, setLast] = useState<LastAction | null>(null);
  const [actionFailed, setActionFailed] = useState(false);
  const latest = useRef(0);

  const load = async () => {
    const request = ++latest.current;
    const result = await callApi<FeedbackReportPage>(`${api}${reportsSearch(view) || '?state=open'}`);
    if (request !== latest.current) return;
    if (result.ok) {
      setData(result.data);
      setFailure(null);
    } else if (result.status === UNAUTHENTICATED) signInAgain();
    else setFailure(result);
  };
  useEffect(() => void load(), [organizationId, view.state, view.page]);

  const change = async (report: FeedbackReport, resolve: boolean, undoing = false) => {
    setBusy(report.id);
    setActionFailed(false);
    const result = await callApi<FeedbackReport>(`${api}/${encodeURIComponent(report.id)}/${resolve ? 'resolve' : 'reopen'}`, { method: 'POST', body: {} });
    setBusy(null);
    if (!result.ok) {
      if (result.status === UNAUTHENTICATED) signInAgain();
      else setActionFailed(true);
      return;
    }
    setLast(undoing ? null : { report: result.data, resolved: resolve });
    await load();
  };

  const show = (next: ReportsView) => {
    setLast(null);
    route(`${base}${reportsSearch(next)}`);
  };
  const organization = directoryIndex.value.organizations.get(organizationId);
  const title = t('feedback.reports.title');
  const pages = data ? Math.max(1, Math.ceil(data.total / data.perPage)) : 1;

  return (
    <section class="staff-page feedback-reports">
      <PageHeading title={title}>{title}</PageHeading>
      {organization && <p class="service-organization"><bdi>{organization.name}</bdi></p>}
      <OfflineNote />
      <nav class="report-tabs" aria-label={t('feedback.reports.which')}>
        {(['open', 'resolved'] as const).map((state) => (
          <a key={state} href={`${base}${reportsSearch({ state, page: 1 })}`} aria-current={view.state === state ? 'page' : undefined} class="button">
            {t(`feedback.reports.state.${state}`)}
          </a>
        ))}
      </nav>
      <p class="result-count" role="status">{data ? t(`feedback.reports.count.${data.state}`, { count: data.total }) : failure ? '' : t('feedback.reports.loading')}</p>
      <div role="status" class="report-action">
        {last && (
          <p class="notice">
            <span>{t(last.resolved ? 'feedback.reports.resolvedNote' : 'feedback.reports.reopenedNote', { service: last.report.serviceName })}</span>
            <button type="button" class="button" disabled={busy !== null} onClick={() => void change(last.report, !last.resolved, true)}>{t('feedback.reports.undo')}</button>
          </p>
        )}
      </div>
      {actionFailed && <p class="notice notice-error" role="alert">{t('feedback.reports.actionFailed')}</p>}
      {failure?.status === 403 ? (
        <p class="notice notice-warning staff-notice" role="alert">{t('feedback.reports.notAllowed')}</p>
      ) : (
        failure && <RequestProblem failure={failure} onRetry={() => void load()} />
      )}
      {data?.total === 0 && <p class="empty-results">{t(`feedback.reports.empty.${data.state}`)}</p>}
      {data && data.reports.length > 0 && (
        <ol class="report-list">
          {data.reports.map((report) => (
            <ReportItem key={report.id} report={report} busy={busy === report.id} onResolve={(item) => void change(item, true)} onReopen={(item) => void change(item, false)} />
          ))}
        </ol>
      )}
      {data && pages > 1 && (
        <nav class="pagination" aria-label={t('feedback.reports.pages')}>
          {view.page > 1 && <button type="button" class="button" onClick={() => show({ ...view, page: view.page - 1 })}>{t('feedback.reports.previous')}</button>}
          <span>{t('feedback.reports.pageOf', { page: view.page, pages })}</span>
          {view.page < pages && <button type="button" class="button" onClick={() => show({ ...view, page: view.page + 1 })}>{t('feedback.reports.next')}</button>}
        </nav>
      )}
      {!failure && <RatingsSummary organizationId={organizationId} />}
    </section>
  );
}
