/** Who a service is for and what it takes: eligibility, ages, languages spoken, delivery, fees, documents. */
import { uiLanguages } from '../../../shared/languages.ts';
import { audiences, deliveryModes, immigrationStatuses } from '../../../shared/schema/vocabularies.ts';
import type { Service } from '../../../shared/schema/directory.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { languageName } from '../../i18n/format.ts';
import { useEditor } from './editor-context.tsx';
import { CheckBox, CheckGroup, Fold, TextInput } from './EditorFields.tsx';
import { TranslationsFold, useLanguageLabel } from './TranslationsFold.tsx';
import { allIds, freshId, inputIdOf, type Path } from './listing-edit.ts';

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...new Set([...list, item])] : list.filter((other) => other !== item));

const underPath = (problems: Map<string, unknown>, prefixes: readonly string[]) => [...problems.keys()].some((key) => prefixes.some((prefix) => key.startsWith(prefix)));

export function EligibilityFold({ serviceIndex }: { serviceIndex: number }) {
  const { t } = useTranslation();
  const { document, write, problems } = useEditor();
  const service = document.services[serviceIndex]!;
  const path: Path = ['services', serviceIndex];
  const eligibility = service.guichet_eligibility ?? { statuses: null, audiences: [] };
  const openToAll = eligibility.statuses === null;
  const setEligibility = (next: typeof eligibility) => write([...path, 'guichet_eligibility'], next);
  const at = path.join('.');
  return (
    <Fold title={t('listings.eligibility.title')} open={underPath(problems, [`${at}.guichet_eligibility`, `${at}.minimum_age`, `${at}.maximum_age`])}>
      <CheckGroup path={[...path, 'guichet_eligibility', 'statuses']} legend={t('listings.eligibility.statuses')}>
        <CheckBox
          id={`${inputIdOf(path)}-open-to-all`}
          label={t('listings.eligibility.openToAll')}
          checked={openToAll}
          onChange={(checked) => setEligibility({ ...eligibility, statuses: checked ? null : [] })}
        />
        {!openToAll &&
          immigrationStatuses.map((status) => (
            <CheckBox
              key={status}
              id={`${inputIdOf(path)}-status-${status}`}
              label={t(`statuses.${status}`)}
              checked={eligibility.statuses?.includes(status) ?? false}
              onChange={(checked) => setEligibility({ ...eligibility, statuses: toggled(eligibility.statuses ?? [], status, checked) })}
            />
          ))}
      </CheckGroup>
      <CheckGroup path={[...path, 'guichet_eligibility', 'audiences']} legend={t('listings.eligibility.audiences')} hint={t('listings.eligibility.audiencesHint')}>
        {audiences.map((audience) => (
          <CheckBox
            key={audience}
            id={`${inputIdOf(path)}-audience-${audience}`}
            label={t(`audiences.${audience}`)}
            checked={eligibility.audiences.includes(audience)}
            onChange={(checked) => setEligibility({ ...eligibility, audiences: toggled(eligibility.audiences, audience, checked) })}
          />
        ))}
      </CheckGroup>
      <div class="listing-row">
        <TextInput path={[...path, 'minimum_age']} type="number" min={0} label={t('listings.fields.minimum_age')} />
        <TextInput path={[...path, 'maximum_age']} type="number" min={0} label={t('listings.fields.maximum_age')} />
      </div>
      <TextInput path={[...path, 'eligibility_description']} label={t('listings.fields.eligibility_description')} multiline />
    </Fold>
  );
}

export function LanguagesAndDeliveryFold({ serviceIndex }: { serviceIndex: number }) {
  const { t } = useTranslation();
  const { document, write } = useEditor();
  const languageLabel = useLanguageLabel();
  const service = document.services[serviceIndex]!;
  const path: Path = ['services', serviceIndex];
  const spoken = service.languages ?? [];
  const codes = spoken.map((entry) => entry.code ?? '');
  // Languages outside the app's list (Swahili, Tigrinya dialects…) stay listed and can be unticked.
  const offered = [...uiLanguages.map((entry) => entry.code as string), ...codes.filter((code) => code && !uiLanguages.some((entry) => entry.code === code))];
  const setSpoken = (code: string, on: boolean) => {
    if (!on) return write([...path, 'languages'], spoken.filter((entry) => entry.code !== code));
    const id = freshId(`${service.id}-lang-${code}`, allIds(document));
    write([...path, 'languages'], [...spoken, { id, service_id: service.id, name: languageName(code, 'en'), code }]);
  };
  const delivery = service.guichet_delivery ?? [];
  return (
    <Fold title={t('listings.languages.title')}>
      <CheckGroup path={[...path, 'languages']} legend={t('listings.fields.languages')}>
        {offered.map((code) => (
          <CheckBox key={code} id={`${inputIdOf(path)}-speaks-${code}`} label={languageLabel(code)} checked={codes.includes(code)} onChange={(on) => setSpoken(code, on)} />
        ))}
      </CheckGroup>
      <CheckGroup path={[...path, 'guichet_delivery']} legend={t('listings.fields.guichet_delivery')}>
        {deliveryModes.map((mode) => (
          <CheckBox
            key={mode}
            id={`${inputIdOf(path)}-delivery-${mode}`}
            label={t(`delivery.${mode}`)}
            checked={delivery.includes(mode)}
            onChange={(on) => write([...path, 'guichet_delivery'], toggled(delivery, mode, on))}
          />
        ))}
      </CheckGroup>
    </Fold>
  );
}

type CostOption = NonNullable<Service['cost_options']>[number];
type RequiredDocument = NonNullable<Service['required_documents']>[number];

export function FeesAndDocumentsFold({ serviceIndex }: { serviceIndex: number }) {
  const { t } = useTranslation();
  const { document, write, problems } = useEditor();
  const service = document.services[serviceIndex]!;
  const path: Path = ['services', serviceIndex];
  const at = path.join('.');
  const costs = service.cost_options ?? [];
  const documents = service.required_documents ?? [];
  const addCost = () =>
    write([...path, 'cost_options'], [...costs, { id: freshId(`${service.id}-cost`, allIds(document)), service_id: service.id, option: null, currency: 'CAD', amount: null } satisfies CostOption]);
  const addDocument = () =>
    write([...path, 'required_documents'], [...documents, { id: freshId(`${service.id}-doc`, allIds(document)), service_id: service.id, document: '' } satisfies RequiredDocument]);
  return (
    <Fold title={t('listings.fees.title')} open={underPath(problems, [`${at}.cost_options`, `${at}.required_documents`, `${at}.fees_description`])}>
      <TextInput path={[...path, 'fees_description']} label={t('listings.fields.fees_description')} multiline />
      <fieldset class="listing-group">
        <legend>{t('listings.fields.cost_options')}</legend>
        <ol class="listing-items">
          {costs.map((cost, index) => (
            <li key={cost.id} class="listing-item">
              <TextInput path={[...path, 'cost_options', index, 'option']} label={t('listings.fees.option', { n: index + 1 })} hint={t('listings.fees.optionHint')} />
              <TextInput path={[...path, 'cost_options', index, 'amount']} type="number" min={0} step="0.01" label={t('listings.fees.amount', { n: index + 1 })} />
              <TextInput path={[...path, 'cost_options', index, 'amount_description']} label={t('listings.fees.amountDescription', { n: index + 1 })} />
              <TranslationsFold
                path={[...path, 'cost_options', index]}
                title={t('listings.fees.translations', { n: index + 1 })}
                fields={[
                  { key: 'option', label: t('listings.fees.option', { n: index + 1 }) },
                  { key: 'amount_description', label: t('listings.fees.amountDescription', { n: index + 1 }) },
                ]}
              />
              <button type="button" class="button button-quiet" onClick={() => write([...path, 'cost_options'], costs.filter((_, other) => other !== index))}>
                {t('listings.fees.remove', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" class="button" onClick={addCost}>{t('listings.fees.add')}</button>
      </fieldset>
      <fieldset class="listing-group">
        <legend>{t('listings.fields.required_documents')}</legend>
        <ol class="listing-items">
          {documents.map((entry, index) => (
            <li key={entry.id} class="listing-item">
              <TextInput path={[...path, 'required_documents', index, 'document']} label={t('listings.documents.document', { n: index + 1 })} />
              <TranslationsFold
                path={[...path, 'required_documents', index]}
                title={t('listings.documents.translations', { n: index + 1 })}
                fields={[{ key: 'document', label: t('listings.documents.document', { n: index + 1 }) }]}
              />
              <button type="button" class="button button-quiet" onClick={() => write([...path, 'required_documents'], documents.filter((_, other) => other !== index))}>
                {t('listings.documents.remove', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" class="button" onClick={addDocument}>{t('listings.documents.add')}</button>
      </fieldset>
    </Fold>
  );
}
