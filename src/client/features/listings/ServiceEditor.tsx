/** One service of the listing, section by section; the editor shows one service at a time. */
import { serviceStatuses } from '../../../shared/schema/hsds.ts';
import { capacityStatuses } from '../../../shared/schema/vocabularies.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { useEditor } from './editor-context.tsx';
import { CheckBox, CheckGroup, Fold, SelectInput, TextInput } from './EditorFields.tsx';
import { HoursEditor } from './HoursEditor.tsx';
import { PhonesEditor } from './PhonesEditor.tsx';
import { EligibilityFold, FeesAndDocumentsFold, LanguagesAndDeliveryFold } from './ServiceAccess.tsx';
import { TranslationsFold } from './TranslationsFold.tsx';
import { inputIdOf, setOfferedAt, type Path } from './listing-edit.ts';

export function ServiceEditor({ serviceIndex }: { serviceIndex: number }) {
  const { t } = useTranslation();
  const { document, write, change, problems } = useEditor();
  const service = document.services[serviceIndex]!;
  const path: Path = ['services', serviceIndex];
  const at = path.join('.');
  const has = (...fields: string[]) => [...problems.keys()].some((key) => fields.some((field) => key === `${at}.${field}` || key.startsWith(`${at}.${field}.`)));
  const capacity = service.guichet_capacity;
  const offeredAt = new Set(document.service_at_locations.filter((link) => link.service_id === service.id).map((link) => link.location_id));

  return (
    <div class="listing-service">
      <Fold title={t('listings.service.basics')} open>
        <TextInput path={[...path, 'name']} label={t('listings.fields.name')} />
        <TextInput path={[...path, 'description']} label={t('listings.fields.description')} multiline />
        <SelectInput
          path={[...path, 'status']}
          label={t('listings.fields.status')}
          hint={t('listings.service.statusHint')}
          options={serviceStatuses.map((status) => ({ value: status, label: t(`listings.serviceStatus.${status === 'temporarily closed' ? 'temporarilyClosed' : status}`) }))}
        />
        <TextInput path={[...path, 'application_process']} label={t('listings.fields.application_process')} hint={t('listings.service.applicationHint')} multiline />
        <TextInput path={[...path, 'alert']} label={t('listings.fields.alert')} hint={t('listings.service.alertHint')} />
      </Fold>
      <HoursEditor serviceIndex={serviceIndex} />
      <Fold title={t('listings.capacity.title')} open={has('guichet_capacity')}>
        <SelectInput
          path={[...path, 'guichet_capacity', 'status']}
          label={t('listings.fields.guichet_capacity')}
          emptyLabel={t('listings.notGiven')}
          options={capacityStatuses.map((status) => ({ value: status, label: t(`listings.capacity.${status}`) }))}
          value={capacity?.status ?? null}
          onChoose={(status) => write([...path, 'guichet_capacity'], status ? { status, note: capacity?.note ?? null } : undefined)}
        />
        {capacity && <TextInput path={[...path, 'guichet_capacity', 'note']} label={t('listings.capacity.note')} hint={t('listings.capacity.noteHint')} />}
      </Fold>
      <EligibilityFold serviceIndex={serviceIndex} />
      <LanguagesAndDeliveryFold serviceIndex={serviceIndex} />
      <FeesAndDocumentsFold serviceIndex={serviceIndex} />
      <Fold title={t('listings.service.contact')} open={has('phones', 'email', 'url')}>
        <TextInput path={[...path, 'email']} label={t('listings.fields.email')} type="email" />
        <TextInput path={[...path, 'url']} label={t('listings.fields.url')} type="url" hint={t('listings.urlHint')} />
        <PhonesEditor path={[...path, 'phones']} owner={{ id: service.id, kind: 'service' }} />
      </Fold>
      <Fold title={t('listings.service.places')}>
        {document.locations.length === 0 ? (
          <p>{t('listings.service.noLocations')}</p>
        ) : (
          <CheckGroup path={[...path, 'locations']} legend={t('listings.fields.locations')}>
            {document.locations.map((location) => (
              <CheckBox
                key={location.id}
                id={`${inputIdOf(path)}-at-${location.id}`}
                label={location.name ?? location.addresses?.[0]?.address_1 ?? location.id}
                checked={offeredAt.has(location.id)}
                onChange={(on) => change((listing) => setOfferedAt(listing, service.id, location.id, on))}
              />
            ))}
          </CheckGroup>
        )}
      </Fold>
      <TranslationsFold
        path={path}
        fields={[
          { key: 'name', label: t('listings.fields.name') },
          { key: 'description', label: t('listings.fields.description'), multiline: true },
          { key: 'application_process', label: t('listings.fields.application_process'), multiline: true },
          { key: 'fees_description', label: t('listings.fields.fees_description'), multiline: true },
          { key: 'eligibility_description', label: t('listings.fields.eligibility_description'), multiline: true },
          { key: 'alert', label: t('listings.fields.alert') },
        ]}
      />
    </div>
  );
}
