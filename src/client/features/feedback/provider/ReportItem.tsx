import type { FeedbackReport } from '../../../../shared/feedback/feedback-contract.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { formatDateTime } from '../../staff/staff-time.ts';

interface ReportItemProps {
  report: FeedbackReport;
  busy: boolean;
  onResolve(report: FeedbackReport): void;
  onReopen(report: FeedbackReport): void;
}

/** One newcomer's report: which service, what is wrong, their words, when; and the way to resolve it. */
export function ReportItem({ report, busy, onResolve, onReopen }: ReportItemProps) {
  const { t, language } = useTranslation();
  const headingId = `report-${report.id}`;
  return (
    <li class="report-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}><bdi>{report.serviceName}</bdi></h3>
        <p class="report-date">{t('feedback.reports.received', { date: formatDateTime(report.createdAt, language) })}</p>
        <p class="report-problems-label">{t('feedback.reports.whatIsWrong')}</p>
        <ul class="tags">
          {report.problems.map((problem) => <li key={problem}>{t(`feedback.problem.${problem}`)}</li>)}
        </ul>
        {report.comment && (
          <blockquote class="report-comment" lang={report.language}>
            <p><bdi>{report.comment}</bdi></p>
          </blockquote>
        )}
        {report.resolvedAt && <p class="report-date">{t('feedback.reports.resolvedOn', { date: formatDateTime(report.resolvedAt, language) })}</p>}
        {report.resolvedAt ? (
          <button type="button" class="button" disabled={busy} onClick={() => onReopen(report)}>{t('feedback.reports.reopen')}</button>
        ) : (
          <button type="button" class="button button-primary" disabled={busy} onClick={() => onResolve(report)}>{t('feedback.reports.resolve')}</button>
        )}
      </article>
    </li>
  );
}
