/** The organization's own details: what newcomers read above every one of its services. */
import { useTranslation } from '../../i18n/use-translation.ts';
import { useEditor } from './editor-context.tsx';
import { Fold, TextInput } from './EditorFields.tsx';
import { PhonesEditor } from './PhonesEditor.tsx';
import { TranslationsFold } from './TranslationsFold.tsx';

export function OrganizationSection() {
  const { t } = useTranslation();
  const { document, problems } = useEditor();
  const hasProblem = [...problems.keys()].some((path) => path.startsWith('organization.'));
  const path = ['organization'];
  return (
    <Fold title={t('listings.organization.title')} open={hasProblem} level={2}>
      <TextInput path={[...path, 'name']} label={t('listings.fields.name')} autoComplete="organization" />
      <TextInput path={[...path, 'description']} label={t('listings.fields.description')} multiline />
      <TextInput path={[...path, 'email']} label={t('listings.fields.email')} type="email" />
      <TextInput path={[...path, 'website']} label={t('listings.fields.website')} type="url" hint={t('listings.urlHint')} />
      <PhonesEditor path={[...path, 'phones']} owner={{ id: document.organization.id, kind: 'organization' }} />
      <TranslationsFold
        path={path}
        fields={[
          { key: 'name', label: t('listings.fields.name') },
          { key: 'description', label: t('listings.fields.description'), multiline: true },
        ]}
      />
    </Fold>
  );
}
