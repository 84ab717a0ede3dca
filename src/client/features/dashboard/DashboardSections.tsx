import { breakdownDimensions, volumeIntervals } from '../../../shared/dashboard/dashboard-contract.ts';
import { formatDistance } from '../../i18n/format.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { coverageDistancesKm, effectiveInterval, type DashboardChoice } from './dashboard-query.ts';
import type { LabelContext } from './table-labels.ts';
import { CoverageMap } from './CoverageMap.tsx';
import { DashboardSection } from './DashboardSection.tsx';
import { SectionOption } from './SectionOption.tsx';

interface Props {
  region: string;
  year: number;
  choice: DashboardChoice;
  labels: LabelContext;
  onChange: (choice: DashboardChoice) => void;
}

/** Every view, in the order a coordinator reads them: how many, who, what happened, where the gaps are. */
export function DashboardSections({ region, year, choice, labels, onChange }: Props) {
  const { t, language } = useTranslation();
  const common = { region, year, choice, labels };
  return (
    <>
      <DashboardSection
        {...common}
        view="volume"
        charted
        options={
          <SectionOption
            label={t('dashboard.interval.label')}
            value={effectiveInterval(choice)}
            options={volumeIntervals.filter((interval) => interval === 'month' || !choice.narrow).map((interval) => ({ value: interval, label: t(`dashboard.interval.${interval}`) }))}
            onChange={(interval) => onChange({ ...choice, interval })}
            hint={choice.narrow ? t('dashboard.interval.weekRegionOnly') : undefined}
          />
        }
      />
      <DashboardSection
        {...common}
        view="breakdown"
        charted
        options={
          <SectionOption
            label={t('dashboard.by.label')}
            value={choice.by}
            options={breakdownDimensions.map((by) => ({ value: by, label: t(`dashboard.by.${by}`) }))}
            onChange={(by) => onChange({ ...choice, by })}
          />
        }
      />
      <DashboardSection {...common} view="outcomes" />
      <DashboardSection {...common} view="forwarding" />
      <DashboardSection {...common} view="flows" />
      <DashboardSection {...common} view="demand" />
      <DashboardSection
        {...common}
        view="coverage"
        note={<p class="dashboard-note">{t('dashboard.coverageNote')}</p>}
        figure={(data) => <CoverageMap data={data} />}
        options={
          <SectionOption
            label={t('dashboard.distance.label')}
            value={choice.distanceKm}
            options={coverageDistancesKm.map((km) => ({ value: km, label: formatDistance(km, language) }))}
            onChange={(distanceKm) => onChange({ ...choice, distanceKm })}
          />
        }
      />
    </>
  );
}
