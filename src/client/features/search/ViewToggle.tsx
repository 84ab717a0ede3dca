import { useTranslation } from '../../i18n/use-translation.ts';
import type { ResultView } from '../../../shared/directory/search-state.ts';

/** List or map: two views of the same results; the list is the default and always complete. */
export function ViewToggle({ view, onChange }: { view: ResultView; onChange: (view: ResultView) => void }) {
  const { t } = useTranslation();
  return (
    <div class="view-toggle" role="group" aria-label={t('map.viewLabel')}>
      <button type="button" class="button" aria-pressed={view === 'list'} onClick={() => onChange('list')}>{t('map.showList')}</button>
      <button type="button" class="button" aria-pressed={view === 'map'} onClick={() => onChange('map')}>{t('map.showMap')}</button>
    </div>
  );
}
