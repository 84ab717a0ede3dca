import { isSuppressed, type DashboardTable, type TableValue } from '../../../shared/dashboard/dashboard-contract.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { columnLabel, rowLabel, type LabelContext } from './table-labels.ts';
import { formatMeasure } from './table-values.ts';
import { HiddenCount } from './HiddenCount.tsx';
import { BarChart } from './BarChart.tsx';

interface Props {
  table: DashboardTable;
  labels: LabelContext;
  csvHref: string;
  withChart?: boolean;
}

function Cell({ value, unit, language }: { value: TableValue | undefined; unit: DashboardTable['columns'][number]['unit']; language: string }) {
  if (value !== undefined && isSuppressed(value)) return <td class="dashboard-hidden"><HiddenCount value={value} /></td>;
  return <td>{formatMeasure(value ?? null, unit, language)}</td>;
}

/** One table the API returned: a real table (caption, headers), its CSV, and bars beside it where asked. */
export function DashboardTableView({ table, labels, csvHref, withChart = false }: Props) {
  const { t, language } = useTranslation();
  const caption = t(`dashboard.table.${table.id}`, { defaultValue: table.id });
  const captionId = `dashboard-table-${table.id}`;
  const rowNames = table.rows.map((row) => rowLabel(table, row, labels));
  return (
    <div class="dashboard-table-block">
      <div class={withChart ? 'dashboard-table-with-chart' : undefined}>
        {/* Focusable so a keyboard can scroll a table wider than the screen. */}
        <div class="dashboard-table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table class="dashboard-table">
            <caption id={captionId}>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`dashboard.rowDimension.${table.rowDimension}`, { defaultValue: table.rowDimension })}</th>
                {table.columns.map((column, index) => <th scope="col" key={column.key}>{columnLabel(table, index, labels)}</th>)}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={row.key}>
                  <th scope="row"><bdi>{rowNames[rowIndex]}</bdi></th>
                  {table.columns.map((column, index) => <Cell key={column.key} value={row.values[index]} unit={column.unit} language={language} />)}
                </tr>
              ))}
            </tbody>
            {table.totals && (
              <tfoot>
                <tr>
                  <th scope="row">{t('dashboard.total')}</th>
                  {table.columns.map((column, index) => <Cell key={column.key} value={table.totals![index]} unit={column.unit} language={language} />)}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
        {withChart && table.rows.length > 0 && <BarChart table={table} labels={rowNames} />}
      </div>
      {table.rows.length === 0 && <p class="empty-results">{t('dashboard.emptyTable')}</p>}
      <p class="dashboard-download">
        <a href={csvHref} download>{t('dashboard.downloadCsv', { table: caption })}</a>
      </p>
    </div>
  );
}
