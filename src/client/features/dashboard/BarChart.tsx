import { isSuppressed, type DashboardTable } from '../../../shared/dashboard/dashboard-contract.ts';
import { barValue, SUPPRESSED_MARK } from './table-values.ts';

/**
 * Bars for a table's first column, beside the table. Hidden from assistive technology: the table
 * is the accessible version. One hue, so it reads the same with any colour vision; a hidden count
 * is a hatched outline with its mark, never a bar whose length would hint at the number.
 */
export function BarChart({ table, labels }: { table: DashboardTable; labels: string[] }) {
  const values = table.rows.map((row) => row.values[0]);
  const largest = Math.max(1, ...values.map((value) => barValue(value) ?? 0));
  return (
    <div class="dashboard-chart" aria-hidden="true">
      {table.rows.map((row, index) => {
        const value = values[index];
        const shown = barValue(value);
        return (
          <div class="dashboard-chart-row" key={row.key}>
            <span class="dashboard-chart-label">{labels[index]}</span>
            {value !== undefined && isSuppressed(value) ? (
              <span class="dashboard-bar dashboard-bar-hidden">{SUPPRESSED_MARK[value.suppressed]}</span>
            ) : (
              <span class="dashboard-bar" style={{ inlineSize: `${((shown ?? 0) / largest) * 100}%` }} />
            )}
          </div>
        );
      })}
    </div>
  );
}
