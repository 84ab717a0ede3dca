import { useTranslation } from '../i18n/use-translation.ts';
import { loadStringPack, setLanguage } from '../i18n/i18n.ts';
import { uiLanguages, type UiLanguageCode } from '../i18n/languages.ts';
import { directory } from '../directory/directory-store.ts';
import { hasMadeRequests } from '../features/referral/request-activity.ts';
import { ErrorBoundary, lazy } from 'preact-iso';
import { mayBeSignedIn, signedInAccount } from '../features/staff/signed-in-account.ts';

// Staff only: loaded once someone has signed in, so it adds nothing to a newcomer's first load.
// Offline before the app was saved, it cannot load: the header then simply goes without it.
const StaffMenu = lazy(() =>
  Promise.all([import('../features/staff/StaffMenu.tsx'), loadStringPack('staff')]).then(([module]) => module.StaffMenu, () => () => null),
);

export function Header() {
  const { t, language } = useTranslation();
  const region = directory.value?.region.name;
  return (
    <header class="app-header">
      <a class="brand" href="/">
        <span class="brand-name">{t('app.name')}</span>
        {region && <span class="brand-tagline">{t('app.tagline', { region })}</span>}
      </a>
      {/* Only on a device that has asked a service to contact someone: a newcomer's own requests. */}
      {hasMadeRequests.value && <a class="header-link" href="/requests">{t('app.myRequests')}</a>}
      <label class="language-picker">
        <span>{t('app.languagePicker')}</span>
        <select value={language} onChange={(event) => void setLanguage(event.currentTarget.value as UiLanguageCode)}>
          {uiLanguages.map((option) => (
            <option key={option.code} value={option.code} lang={option.code}>{option.nativeName}</option>
          ))}
        </select>
      </label>
      {(signedInAccount.value || mayBeSignedIn()) && (
        <ErrorBoundary>
          <StaffMenu />
        </ErrorBoundary>
      )}
    </header>
  );
}
