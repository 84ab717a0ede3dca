import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DashboardViewResponse } from '../../../shared/dashboard/dashboard-contract.ts';
import { intlLocale } from '../../i18n/format.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory } from '../../directory/directory-store.ts';
import { providerSites } from './provider-sites.ts';
import type { CoverageMap as MapHandle } from './coverage-map.ts';
import { gapClasses, largestGapAreas, NO_NEWCOMERS_COLOUR, SITE_COLOUR, type GapStep } from './gap-colours.ts';

type MapState = 'loading' | 'ready' | 'unavailable';

function stepLabel(step: GapStep, language: string): string {
  const number = new Intl.NumberFormat(intlLocale(language));
  if (step.to === null) return `≥ ${number.format(step.from)}`;
  return step.to === step.from ? number.format(step.from) : `${number.format(step.from)}–${number.format(step.to)}`;
}

/**
 * The coverage gaps as a map of the region's areas, above the tables. A picture for sighted
 * readers: one label sums it up for a screen reader, the tables are the accessible (and
 * printed) form. MapLibre loads only when this section is shown; a new choice recolours the
 * same map. Without area boundaries on the server there is no map.
 */
export function CoverageMap({ data }: { data: DashboardViewResponse | null }) {
  const { t, language } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapHandle | null>(null);
  const [state, setState] = useState<MapState>('loading');
  const classes = useMemo(() => (data ? gapClasses(data.tables) : null), [data]);
  const largest = useMemo(() => (data ? largestGapAreas(data.tables) : []), [data]);
  const sites = useMemo(() => (data && directory.value ? providerSites(directory.value, data.selection) : null), [data, directory.value]);

  useEffect(() => {
    let cancelled = false;
    void import('./coverage-map.ts')
      .then(({ createCoverageMap }) => createCoverageMap(container.current!))
      .then((handle) => {
        if (cancelled) return handle?.destroy();
        map.current = handle;
        setState(handle ? 'ready' : 'unavailable');
      })
      .catch(() => !cancelled && setState('unavailable'));
    return () => {
      cancelled = true;
      map.current?.destroy();
      map.current = null;
    };
  }, []);

  useEffect(() => map.current?.setClasses(classes?.byArea ?? new Map()), [classes, state]);
  useEffect(() => {
    if (sites) map.current?.setSites(sites);
  }, [sites, state]);

  if (state === 'unavailable') return null;
  const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });
  return (
    <div class="coverage-map">
      <div class="coverage-map-picture" role="img" aria-label={t('dashboard.map.label')}>
        <div class="coverage-map-canvas" ref={container} aria-hidden="true" />
      </div>
      {classes && (
        <div class="coverage-map-legend" aria-hidden="true">
          <p class="coverage-map-legend-title">{t('dashboard.map.legendTitle')}</p>
          <ul>
            {classes.steps.map((step) => (
              <li key={step.from}>
                <span class="coverage-swatch" style={{ backgroundColor: step.colour }} />
                {stepLabel(step, language)}
              </li>
            ))}
            <li>
              <span class="coverage-swatch coverage-swatch-hidden" />
              {t('dashboard.map.hidden')}
            </li>
            <li>
              <span class="coverage-swatch" style={{ backgroundColor: NO_NEWCOMERS_COLOUR }} />
              {t('dashboard.map.noNewcomers')}
            </li>
            {sites && (
              <li>
                <span class="coverage-swatch-site" style={{ backgroundColor: SITE_COLOUR }} />
                {t('dashboard.map.sites', { count: sites.features.length })}
              </li>
            )}
          </ul>
        </div>
      )}
      {largest.length > 0 && <p class="coverage-map-caption">{t('dashboard.map.largest', { areas: list.format(largest) })}</p>}
    </div>
  );
}
