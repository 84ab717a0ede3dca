/** Phone numbers of an organization or a service: number, extension and what the line is for. */
import { useTranslation } from '../../i18n/use-translation.ts';
import { useEditor } from './editor-context.tsx';
import { TextInput } from './EditorFields.tsx';
import { allIds, freshId, type Path } from './listing-edit.ts';

interface Phone {
  id: string;
  number: string;
}

export function PhonesEditor({ path, owner }: { path: Path; owner: { id: string; kind: 'organization' | 'service' } }) {
  const { t } = useTranslation();
  const { read, write, document } = useEditor();
  const phones = (read(path) ?? []) as Phone[];
  const add = () => {
    const id = freshId(`${owner.id}-phone`, allIds(document).concat(phones.map((phone) => phone.id)));
    write(path, [...phones, { id, number: '', type: 'voice', [`${owner.kind}_id`]: owner.id }]);
  };
  return (
    <fieldset class="listing-group">
      <legend>{t('listings.fields.phones')}</legend>
      {phones.length === 0 && <p class="hint">{t('listings.phones.none')}</p>}
      <ol class="listing-items">
        {phones.map((phone, index) => (
          <li key={phone.id} class="listing-item">
            <TextInput path={[...path, index, 'number']} label={t('listings.phones.number', { n: index + 1 })} type="tel" autoComplete="off" />
            <TextInput path={[...path, index, 'extension']} label={t('listings.phones.extension', { n: index + 1 })} />
            <TextInput path={[...path, index, 'description']} label={t('listings.phones.description', { n: index + 1 })} hint={t('listings.phones.descriptionHint')} />
            <button type="button" class="button button-quiet" onClick={() => write(path, phones.filter((_, other) => other !== index))}>
              {t('listings.phones.remove', { n: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="button" onClick={add}>{t('listings.phones.add')}</button>
    </fieldset>
  );
}
