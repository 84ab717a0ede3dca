import { useTranslation } from '../i18n/use-translation.ts';
import { setLanguage } from '../i18n/i18n.ts';
import { uiLanguages, type UiLanguageCode } from '../i18n/languages.ts';
import { directory } from '../directory/directory-store.ts';

export function Header() {
  const { t, language } = useTranslation();
  const region = directory.value?.region.name;
  return (
    <header class="app-header">
      <a class="brand" href="/">
        <span class="brand-name">{t('app.name')}</span>
        {region && <span class="brand-tagline">{t('app.tagline', { region })}</span>}
      </a>
      <label class="language-picker">
        <span>{t('app.languagePicker')}</span>
        <select value={language} onChange={(event) => void setLanguage(event.currentTarget.value as UiLanguageCode)}>
          {uiLanguages.map((option) => (
            <option key={option.code} value={option.code} lang={option.code}>{option.nativeName}</option>
          ))}
        </select>
      </label>
    </header>
  );
}
