import type { SuppressedCount } from '../../../shared/dashboard/dashboard-contract.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { SUPPRESSED_MARK } from './table-values.ts';

/** "<10" or "x", with its meaning for a pointer and a screen reader (the legend explains both once). */
export function HiddenCount({ value }: { value: SuppressedCount }) {
  const { t } = useTranslation();
  const meaning = value.suppressed === 'under-10' ? t('dashboard.legend.underTenShort') : t('dashboard.legend.complementaryShort');
  return (
    <>
      <abbr title={meaning}>{SUPPRESSED_MARK[value.suppressed]}</abbr>
      <span class="visually-hidden"> ({meaning})</span>
    </>
  );
}

/** The two marks explained once, at the top of the page. */
export function HiddenCountsLegend() {
  const { t } = useTranslation();
  return (
    <section class="dashboard-legend" aria-labelledby="dashboard-legend-title">
      <h2 id="dashboard-legend-title">{t('dashboard.legend.title')}</h2>
      <dl>
        <dt>{SUPPRESSED_MARK['under-10']}</dt>
        <dd>{t('dashboard.legend.underTen')}</dd>
        <dt>{SUPPRESSED_MARK.complementary}</dt>
        <dd>{t('dashboard.legend.complementary')}</dd>
      </dl>
    </section>
  );
}
