import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory } from '../../directory/directory-store.ts';
import { matchChoices, serviceChoices } from '../../directory/service-choices.ts';
import { StaffField } from './StaffField.tsx';

/** Enough to choose from without a wall of radio buttons; typing narrows the rest. */
const SHOWN = 10;

interface ServicePickerProps {
  excludeId: string;
  selectedId: string;
  onSelect: (serviceId: string) => void;
  error?: string | undefined;
}

/**
 * Filter-as-you-type over the directory's services: a search field, a count read politely as it
 * changes, and plain radio buttons, which every keyboard and screen reader already knows.
 */
export function ServicePicker({ excludeId, selectedId, onSelect, error }: ServicePickerProps) {
  const { t, language } = useTranslation();
  const [typed, setTyped] = useState('');
  const choices = useMemo(() => serviceChoices(directory.value, language, excludeId), [directory.value, language, excludeId]);
  const matches = useMemo(() => matchChoices(choices, typed), [choices, typed]);
  const shown = matches.slice(0, SHOWN);
  const selected = choices.find((choice) => choice.id === selectedId);
  // The chosen service stays on screen when the filter no longer matches it, so the choice is never hidden.
  const listed = selected && !shown.includes(selected) ? [selected, ...shown] : shown;

  return (
    <div class="service-picker">
      <StaffField id="forward-search" label={t('staff.forward.search')} hint={t('staff.forward.searchHint')}>
        {(control) => <input {...control} type="search" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />}
      </StaffField>
      <p class="hint" role="status">
        {t('staff.forward.matches', { count: matches.length })}
        {matches.length > shown.length && ` ${t('staff.forward.showingFirst', { count: shown.length })}`}
      </p>
      <fieldset class="staff-fieldset service-options" aria-describedby={error ? 'forward-service-error' : undefined}>
        <legend>{t('staff.forward.service')}</legend>
        {listed.map((choice) => (
          <label key={choice.id} class="service-option">
            <input type="radio" name="forward-service" value={choice.id} checked={choice.id === selectedId} onChange={() => onSelect(choice.id)} />
            <span>
              <bdi>{choice.name}</bdi>
              <span class="hint"> · <bdi>{choice.organization}</bdi></span>
            </span>
          </label>
        ))}
        {error && <p class="field-error" id="forward-service-error">{error}</p>}
      </fieldset>
    </div>
  );
}
