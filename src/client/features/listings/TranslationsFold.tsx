/**
 * Translations of a record's text fields, one language at a time: the text and whether a machine
 * wrote it (newcomers are told to check machine text with the provider), and which language the
 * record was written in.
 */
import { useState } from 'preact/hooks';
import { uiLanguages } from '../../../shared/languages.ts';
import type { Translations } from '../../../shared/schema/extensions.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { languageName } from '../../i18n/format.ts';
import { StaffField } from '../staff/StaffField.tsx';
import { useEditor } from './editor-context.tsx';
import { CheckBox, Fold, SelectInput, useProblemText } from './EditorFields.tsx';
import { inputIdOf, withTranslation, type Path } from './listing-edit.ts';

export interface TranslatableField {
  key: string;
  label: string;
  multiline?: boolean;
}

export function useLanguageLabel() {
  const { language } = useTranslation();
  return (code: string) => {
    const native = uiLanguages.find((entry) => entry.code === code)?.nativeName;
    const local = languageName(code, language);
    return native && native !== local ? `${local} (${native})` : local;
  };
}

export function TranslationsFold({ path, fields, title }: { path: Path; fields: readonly TranslatableField[]; title?: string }) {
  const { t } = useTranslation();
  const { read, write, problems } = useEditor();
  const problemText = useProblemText();
  const languageLabel = useLanguageLabel();
  const record = (read(path) ?? {}) as Record<string, unknown> & { guichet_translations?: Translations; guichet_source_language?: string | null };
  const source = record.guichet_source_language ?? null;
  const translations = record.guichet_translations ?? {};
  const prefix = `${path.join('.')}.guichet_translations.`;
  const languageWithProblem = [...problems.keys()].find((key) => key.startsWith(prefix))?.slice(prefix.length).split('.')[0];
  const choices = uiLanguages.filter((entry) => entry.code !== source);
  const [chosen, setChosen] = useState<string>(languageWithProblem ?? choices.find((entry) => entry.code === 'fr')?.code ?? choices[0]!.code);
  const shownLanguage = languageWithProblem ?? chosen;
  const done = Object.keys(translations).filter((code) => code !== source).length;
  const pickerId = `${inputIdOf(path)}-translate-into`;

  const setText = (field: string, text: string, machine: boolean) =>
    write([...path, 'guichet_translations'], withTranslation(translations, shownLanguage, field, text, machine));

  return (
    <Fold title={title ?? t('listings.translations.title', { count: done })} open={languageWithProblem !== undefined}>
      <SelectInput
        path={[...path, 'guichet_source_language']}
        label={t('listings.translations.source')}
        hint={t('listings.translations.sourceHint')}
        emptyLabel={t('listings.notGiven')}
        options={uiLanguages.map((entry) => ({ value: entry.code, label: languageLabel(entry.code) }))}
      />
      <StaffField id={pickerId} label={t('listings.translations.language')}>
        {(control) => (
          <select {...control} class="listing-select" value={shownLanguage} onChange={(event) => setChosen(event.currentTarget.value)}>
            {choices.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {translations[entry.code] ? t('listings.translations.hasTranslation', { language: languageLabel(entry.code) }) : languageLabel(entry.code)}
              </option>
            ))}
          </select>
        )}
      </StaffField>
      {fields.map((field) => {
        const entry = translations[shownLanguage]?.[field.key];
        const textPath = [...path, 'guichet_translations', shownLanguage, field.key, 'text'];
        const original = record[field.key];
        const label = t('listings.translations.fieldIn', { language: languageLabel(shownLanguage), field: field.label });
        const machineId = `${inputIdOf(textPath)}-machine`;
        return (
          <div class="listing-translation" key={`${shownLanguage}-${field.key}`}>
            <StaffField
              id={inputIdOf(textPath)}
              label={label}
              hint={typeof original === 'string' && original ? t('listings.translations.original', { text: original }) : undefined}
              error={problemText(problems.get(textPath.join('.')))}
            >
              {(control) => {
                const props = {
                  ...control,
                  value: entry?.text ?? '',
                  lang: shownLanguage,
                  dir: 'auto' as const,
                  onInput: (event: Event) => setText(field.key, (event.currentTarget as HTMLInputElement).value, entry?.machine ?? false),
                };
                return field.multiline ? <textarea {...props} class="listing-textarea" rows={3} /> : <input {...props} class="listing-input" type="text" autoComplete="off" />;
              }}
            </StaffField>
            {entry && (
              <CheckBox
                id={machineId}
                label={t('listings.translations.machine', { field: label })}
                checked={entry.machine}
                onChange={(machine) => setText(field.key, entry.text, machine)}
              />
            )}
          </div>
        );
      })}
    </Fold>
  );
}
