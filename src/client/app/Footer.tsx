import { useTranslation } from '../i18n/use-translation.ts';
import { signedInAccount } from '../features/staff/signed-in-account.ts';

/** The way in for agency staff: kept at the foot of every page, out of newcomers' way. */
export function Footer() {
  const { t } = useTranslation();
  return (
    <footer class="app-footer">
      {/* Once signed in, the header has the way to the inbox and out. */}
      {!signedInAccount.value && <a href="/sign-in">{t('app.staffSignIn')}</a>}
    </footer>
  );
}
