import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { directory } from '../../../directory/directory-store.ts';
import { isListed } from '../../../../shared/directory/service-facts.ts';
import { normalizeText } from '../../../../shared/text/normalize.ts';
import { describedBy, fieldId } from '../form/field-ids.ts';
import { FieldError } from '../form/FieldError.tsx';
import type { ErrorKind } from '../form/referral-validation.ts';
import { serviceNames, type ServiceNames } from '../service-names.ts';

const MAX_SHOWN = 25;
const FILTER_ID = 'referral-service-filter';

interface Choice extends ServiceNames {
  id: string;
  searchable: string;
}

/**
 * The service a client is referred to: a text box that narrows a list of radio buttons as the
 * staff member types (service or organization name), the count announced politely.
 */
export function ServicePicker({ selected, error, onSelect }: { selected: string; error: ErrorKind | undefined; onSelect: (serviceId: string) => void }) {
  const { t, language } = useTranslation();
  const [query, setQuery] = useState('');
  const choices = useMemo<Choice[]>(
    () =>
      (directory.value?.services ?? []).filter(isListed).flatMap((service) => {
        const names = serviceNames(service.id, language);
        return names ? [{ id: service.id, ...names, searchable: normalizeText(`${names.service} ${names.organization} ${service.name}`) }] : [];
      }),
    [directory.value, language],
  );
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  const matches = words.length ? choices.filter((choice) => words.every((word) => choice.searchable.includes(word))) : [];
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
          {words.length > 0 && (matches.length ? t('referral.staff.serviceMatches', { count: matches.length }) : t('referral.staff.serviceNone'))}
        </p>
      </div>
      {shown.map((choice) => (
        <label key={choice.id} class="form-check">
          <input type="radio" name="referral-service" checked={choice.id === selected} onChange={() => onSelect(choice.id)} />
          <span><bdi>{choice.service}</bdi> · <bdi>{choice.organization}</bdi></span>
        </label>
      ))}
    </fieldset>
  );
}
