import type { ComponentChildren } from 'preact';
import type { DashboardView, DashboardViewResponse } from '../../../shared/dashboard/dashboard-contract.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { csvUrl, viewObeysNarrow, viewQuery, type DashboardChoice } from './dashboard-query.ts';
import type { LabelContext } from './table-labels.ts';
import { useDashboardView } from './view-loader.ts';
import { DashboardTableView } from './DashboardTableView.tsx';
import { ViewProblem } from './ViewProblem.tsx';

interface Props {
  view: DashboardView;
  region: string;
  year: number;
  choice: DashboardChoice;
  labels: LabelContext;
  /** The section's own option (interval, grouping, distance), above its tables. */
  options?: ComponentChildren;
  /** Tables drawn with bars beside them. */
  charted?: boolean;
  /** Said before the tables (what the section cannot show, how to read it). */
  note?: ComponentChildren;
  /** Drawn before the tables from the same figures (null while they load), kept across choices. */
  figure?: (data: DashboardViewResponse | null) => ComponentChildren;
}

/** One view as a section: its heading, its option, then each table the API returned. */
export function DashboardSection({ view, region, year, choice, labels, options, charted = false, note, figure }: Props) {
  const { t } = useTranslation();
  const query = viewQuery(view, choice, year);
  const { data, failure, loading, reload } = useDashboardView(region, view, query);
  const headingId = `dashboard-${view}-title`;
  return (
    <section class="dashboard-section" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{t(`dashboard.section.${view}`)}</h2>
      {options && <div class="dashboard-options">{options}</div>}
      {choice.narrow && !viewObeysNarrow(view, choice) && (
        <p class="dashboard-note">{t('dashboard.notNarrowed', { dimension: t(`dashboard.dimension.${choice.narrow.dimension}`) })}</p>
      )}
      {note}
      {figure?.(data)}
      {loading && <p class="loading" role="status">{t('dashboard.loading')}</p>}
      {failure && <ViewProblem failure={failure} onRetry={reload} />}
      {view === 'volume' && data?.tables[0]?.totals?.[0] === 0 && <p class="empty-results">{t('dashboard.emptyYear')}</p>}
      {data &&
        data.tables.map((table) => (
          <DashboardTableView key={table.id} table={table} labels={labels} withChart={charted} csvHref={csvUrl(region, view, table.id, query)} />
        ))}
    </section>
  );
}
