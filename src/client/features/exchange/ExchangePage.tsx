import { useTranslation } from '../../i18n/use-translation.ts';
import { directory } from '../../directory/directory-store.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { OfflineNote } from '../staff/OfflineNote.tsx';
import { useKnownAccount } from '../staff/account-session.ts';
import { signedInAccount } from '../staff/signed-in-account.ts';
import { exportPath } from './exchange-api.ts';
import { ImportPanel } from './ImportPanel.tsx';

/** `/exchange`: the region's listings out as HSDS files, and HSDS files in, for the LIP and admins. */
export function ExchangePage() {
  const { t } = useTranslation();
  useKnownAccount();
  const account = signedInAccount.value;
  // A coordinator exchanges their own region; an administrator the region this app serves.
  const regionId = account?.role === 'coordinator' ? account.regionId : account?.role === 'admin' ? (directory.value?.region.id ?? null) : null;

  return (
    <section class="staff-page exchange-page">
      <PageHeading title={t('exchange.title')}>{t('exchange.title')}</PageHeading>
      <OfflineNote />
      {!account && (
        <p class="notice">
          {t('exchange.signInFirst')} <a href="/sign-in?next=/exchange">{t('exchange.signIn')}</a>
        </p>
      )}
      {account?.role === 'staff' && (
        <div class="notice notice-warning" role="alert">
          <p>{t('exchange.notForRole')}</p>
        </div>
      )}
      {regionId && (
        <>
          <p>{t('exchange.intro')}</p>
          <h2>{t('exchange.export.title')}</h2>
          <p>{t('exchange.export.help')}</p>
          <ul class="exchange-downloads">
            <li>
              <a class="button" href={exportPath(regionId, 'json')} download>{t('exchange.export.json')}</a>
            </li>
            <li>
              <a class="button" href={exportPath(regionId, 'zip')} download>{t('exchange.export.zip')}</a>
            </li>
          </ul>
          <ImportPanel regionId={regionId} />
        </>
      )}
    </section>
  );
}
