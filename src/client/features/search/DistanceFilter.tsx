import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatDistance } from '../../i18n/format.ts';
import { parseFsa } from '../../../shared/geo/fsa.ts';
import { radiusChoicesKm, type SearchState } from '../../../shared/directory/search-state.ts';
import { directory } from '../../directory/directory-store.ts';
import { deviceOrigin, fsaCentroid, locateDevice } from '../../search/origin.ts';

interface Props {
  state: SearchState;
  onChange: (next: SearchState) => void;
}

/** "Near me": a postal code (kept as its FSA) or the device's position, asked only on tap. */
export function DistanceFilter({ state, onChange }: Props) {
  const { t, language } = useTranslation();
  const [typed, setTyped] = useState(state.near ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  useEffect(() => setTyped(state.near ?? ''), [state.near]);
  const regionId = directory.value!.region.id;

  const applyPostalCode = () => {
    if (!typed.trim()) {
      setMessage(null);
      onChange({ ...state, near: null, sort: state.sort === 'distance' && !deviceOrigin.value ? 'relevance' : state.sort });
      return;
    }
    const fsa = parseFsa(typed);
    if (!fsa) return setMessage(t('filters.postalCodeInvalid', { value: typed }));
    if (!fsaCentroid(regionId, fsa)) return setMessage(t('filters.postalCodeUnknown', { fsa }));
    setMessage(null);
    deviceOrigin.value = null;
    onChange({ ...state, near: fsa, sort: 'distance' });
  };

  const useMyLocation = async () => {
    setLocating(true);
    setMessage(t('filters.locating'));
    const outcome = await locateDevice();
    setLocating(false);
    if (outcome === 'ok') {
      setMessage(null);
      onChange({ ...state, near: null, sort: 'distance' });
    } else {
      setMessage(t(outcome === 'denied' ? 'filters.locationDenied' : 'filters.locationFailed'));
    }
  };

  const hasOrigin = deviceOrigin.value !== null || state.near !== null;
  return (
    <fieldset class="filter-group">
      <legend>{t('filters.distance')}</legend>
      <form class="postal-form" onSubmit={(event) => { event.preventDefault(); applyPostalCode(); }}>
        <label for="postal-code">{t('filters.postalCode')}</label>
        <p class="hint" id="postal-code-hint">{t('filters.postalCodeHint')}</p>
        <div class="search-row">
          <input id="postal-code" name="postal" value={typed} autocomplete="postal-code" maxLength={8} aria-describedby="postal-code-hint postal-code-message"
            aria-invalid={message !== null && !locating} onInput={(event) => setTyped(event.currentTarget.value)} />
          <button type="submit" class="button">{t('search.submit')}</button>
        </div>
      </form>
      <button type="button" class="button button-quiet" disabled={locating} onClick={() => void useMyLocation()}>{t('filters.useMyLocation')}</button>
      <p id="postal-code-message" class="field-message" role="status">{message}</p>
      {hasOrigin && (
        <>
          <p>{t('filters.nearPoint', { place: state.near ?? t('filters.myLocation') })}</p>
          <label class="radius-select">
            <span>{t('filters.radius')}</span>
            <select value={state.radiusKm ?? ''} onChange={(event) => onChange({ ...state, radiusKm: event.currentTarget.value ? Number(event.currentTarget.value) : null })}>
              <option value="">{t('filters.anyDistance')}</option>
              {radiusChoicesKm.map((km) => <option key={km} value={km}>{formatDistance(km, language)}</option>)}
            </select>
          </label>
          <button type="button" class="button button-quiet" onClick={() => { deviceOrigin.value = null; setTyped(''); onChange({ ...state, near: null, radiusKm: null, sort: 'relevance' }); }}>
            {t('filters.clearLocation')}
          </button>
        </>
      )}
    </fieldset>
  );
}
