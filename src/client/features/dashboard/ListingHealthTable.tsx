import { listingHealthColumns, type ListingHealthCounts, type ListingHealthResponse } from '../../../shared/dashboard/listing-health-contract.ts';
import { intlLocale } from '../../i18n/format.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatMeasure } from './table-values.ts';

type Column = (typeof listingHealthColumns)[number];

function cellText(counts: ListingHealthCounts, column: Column, language: string): string {
  const value = counts[column];
  if (column !== 'averageRating') return formatMeasure(value, 'listings', language);
  // A rating average reads with one decimal (4.5), in the reader's digits; none without ratings.
  return value === null ? '' : new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** One row per organization (its name opens its listing), the region's totals, and the same table as CSV. */
export function ListingHealthTable({ health, csvHref }: { health: ListingHealthResponse; csvHref: string }) {
  const { t, language } = useTranslation();
  const caption = t('dashboard.listingHealth.caption');
  const days = health.staleAfterDays;
  return (
    <div class="dashboard-table-block">
      {/* Focusable so a keyboard can scroll a table wider than the screen. */}
      <div class="dashboard-table-scroll" tabIndex={0} role="region" aria-labelledby="dashboard-table-listing-health">
        <table class="dashboard-table listing-health-table">
          <caption id="dashboard-table-listing-health">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.listingHealth.column.organization')}</th>
              {listingHealthColumns.map((column) => <th scope="col" key={column}>{t(`dashboard.listingHealth.column.${column}`, { days })}</th>)}
            </tr>
          </thead>
          <tbody>
            {health.organizations.map((organization) => (
              <tr key={organization.organizationId}>
                <th scope="row"><a href={`/listings/${encodeURIComponent(organization.organizationId)}`}><bdi>{organization.name}</bdi></a></th>
                {listingHealthColumns.map((column) => <td key={column}>{cellText(organization, column, language)}</td>)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.total')}</th>
              {listingHealthColumns.map((column) => <td key={column}>{cellText(health.totals, column, language)}</td>)}
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="dashboard-download">
        <a href={csvHref} download>{t('dashboard.downloadCsv', { table: caption })}</a>
      </p>
    </div>
  );
}
