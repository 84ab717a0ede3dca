/** The places the organization's services are offered at: address, map position, step-free access. */
import { useTranslation } from '../../i18n/use-translation.ts';
import { useEditor } from './editor-context.tsx';
import { Fold, SelectInput, TextInput } from './EditorFields.tsx';
import { TranslationsFold } from './TranslationsFold.tsx';
import { allIds, freshId, removeLocation, type Path } from './listing-edit.ts';

export function LocationsSection() {
  const { t } = useTranslation();
  const { document, write, change, problems } = useEditor();
  const add = () => {
    const id = freshId(`${document.organization.id}-location`, allIds(document));
    change((listing) => ({
      ...listing,
      locations: [
        ...listing.locations,
        {
          id,
          location_type: 'physical',
          organization_id: listing.organization.id,
          name: null,
          addresses: [{ id: `${id}-address`, location_id: id, address_1: '', city: '', state_province: 'ON', postal_code: '', country: 'CA', address_type: 'physical' }],
          guichet_source_language: listing.organization.guichet_source_language ?? null,
        },
      ],
    }));
  };
  return (
    <section class="listing-section" aria-labelledby="listing-locations-title">
      <h2 id="listing-locations-title">{t('listings.locations.title', { count: document.locations.length })}</h2>
      {document.locations.map((location, index) => {
        const path: Path = ['locations', index];
        const address = location.addresses?.[0];
        const label = location.name ?? address?.address_1 ?? t('listings.locations.unnamed');
        const used = document.service_at_locations.filter((link) => link.location_id === location.id).length;
        return (
          <Fold key={location.id} title={label} open={[...problems.keys()].some((key) => key.startsWith(`locations.${index}.`))}>
            <TextInput path={[...path, 'name']} label={t('listings.fields.name')} />
            {address ? (
              <fieldset class="listing-group">
                <legend>{t('listings.locations.address')}</legend>
                <TextInput path={[...path, 'addresses', 0, 'address_1']} label={t('listings.locations.street')} autoComplete="off" />
                <TextInput path={[...path, 'addresses', 0, 'address_2']} label={t('listings.locations.street2')} autoComplete="off" />
                <div class="listing-row">
                  <TextInput path={[...path, 'addresses', 0, 'city']} label={t('listings.locations.city')} />
                  <TextInput path={[...path, 'addresses', 0, 'state_province']} label={t('listings.locations.province')} />
                  <TextInput path={[...path, 'addresses', 0, 'postal_code']} label={t('listings.locations.postalCode')} dir="ltr" />
                </div>
              </fieldset>
            ) : (
              <button
                type="button"
                class="button"
                onClick={() => write([...path, 'addresses'], [{ id: `${location.id}-address`, location_id: location.id, address_1: '', city: '', state_province: 'ON', postal_code: '', country: 'CA', address_type: 'physical' }])}
              >
                {t('listings.locations.addAddress')}
              </button>
            )}
            <div class="listing-row">
              <TextInput path={[...path, 'latitude']} type="number" step="any" label={t('listings.locations.latitude')} hint={t('listings.locations.coordinatesHint')} />
              <TextInput path={[...path, 'longitude']} type="number" step="any" label={t('listings.locations.longitude')} />
            </div>
            <SelectInput
              path={[...path, 'guichet_wheelchair_accessible']}
              label={t('listings.locations.wheelchair')}
              options={[
                { value: 'yes', label: t('listings.locations.wheelchairYes') },
                { value: 'no', label: t('listings.locations.wheelchairNo') },
              ]}
              emptyLabel={t('listings.locations.wheelchairUnknown')}
              value={location.guichet_wheelchair_accessible == null ? null : location.guichet_wheelchair_accessible ? 'yes' : 'no'}
              onChoose={(value) => write([...path, 'guichet_wheelchair_accessible'], value === null ? null : value === 'yes')}
            />
            <TextInput path={[...path, 'description']} label={t('listings.fields.description')} multiline />
            <TextInput path={[...path, 'transportation']} label={t('listings.fields.transportation')} multiline />
            <TranslationsFold
              path={path}
              fields={[
                { key: 'name', label: t('listings.fields.name') },
                { key: 'description', label: t('listings.fields.description'), multiline: true },
                { key: 'transportation', label: t('listings.fields.transportation'), multiline: true },
              ]}
            />
            <button type="button" class="button button-quiet" onClick={() => change((listing) => removeLocation(listing, location.id))}>
              {used > 0 ? t('listings.locations.removeUsed', { name: label, count: used }) : t('listings.locations.remove', { name: label })}
            </button>
          </Fold>
        );
      })}
      <button type="button" class="button" onClick={add}>{t('listings.locations.add')}</button>
    </section>
  );
}
