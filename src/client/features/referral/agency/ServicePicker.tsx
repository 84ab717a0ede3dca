import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { directory } from '../../../directory/directory-store.ts';
import { describedBy, fieldId } from '../form/field-ids.ts';
import { FieldError } from '../form/FieldError.tsx';
import type { ErrorKind } from '../form/referral-validation.ts';
import { matchChoices, serviceChoices } from '../../../directory/service-choices.ts';

const MAX_SHOWN = 25;
const FILTER_ID = 'referral-service-filter';

/**
 * The service a client is referred to: a text box that narrows a list of radio buttons as the
 * staff member types (service or organization name), the count announced politely.
 */
export function ServicePicker({ selected, error, onSelect }: { selected: string; error: ErrorKind | undefined; onSelect: (serviceId: string) => void }) {
  const { t, language } = useTranslation();
  const [query, setQuery] = useState('');
  const choices = useMemo(() => serviceChoices(directory.value, language), [directory.value, language]);
  const typed = query.trim() !== '';
  // Nothing listed until something is typed: a region has hundreds of services.
  const matches = typed ? matchChoices(choices, query) : [];
  const shown = matches.slice(0, MAX_SHOWN);
  const current = choices.find((choice) => choice.id === selected);
  if (current && !shown.includes(current)) shown.unshift(current);

  return (
    <fieldset id={fieldId('serviceId')} class="form-group service-picker" aria-describedby={describedBy('serviceId', { error })}>
      <legend>{t('referral.staff.service')}</legend>
      <FieldError field="serviceId" error={error} />
      <div class="form-field">
        <label for={FILTER_ID}>{t('referral.staff.serviceFilter')}</label>
        <p id={`${FILTER_ID}-hint`} class="hint">{t('referral.staff.serviceFilterHint')}</p>
        <input id={FILTER_ID} type="search" value={query} aria-describedby={`${FILTER_ID}-hint ${FILTER_ID}-count`} onInput={(event) => setQuery(event.currentTarget.value)} />
        <p id={`${FILTER_ID}-count`} class="hint" role="status">
          {typed && (matches.length ? t('referral.staff.serviceMatches', { count: matches.length }) : t('referral.staff.serviceNone'))}
        </p>
      </div>
      {shown.map((choice) => (
        <label key={choice.id} class="form-check">
          <input type="radio" name="referral-service" checked={choice.id === selected} onChange={() => onSelect(choice.id)} />
          <span><bdi>{choice.name}</bdi> · <bdi>{choice.organization}</bdi></span>
        </label>
      ))}
    </fieldset>
  );
}
