/**
 * `/listings/:organizationId/history`: every version, who published it and when, what changed
 * in readable words; restoring an earlier version, and the LIP's review of a pending one.
 */
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useKnownAccount, useSignInAgain } from '../staff/account-session.ts';
import { signedInAccount } from '../staff/signed-in-account.ts';
import { formatDateTime } from '../staff/staff-time.ts';
import { listingApi, listingPath, NO_ANSWER, type ListingFailure, type VersionSummary, type WrittenVersion } from './listing-api.ts';
import { ListingRefusal } from './ListingRefusal.tsx';
import { VersionChanges } from './VersionChanges.tsx';

interface History {
  liveVersion: number | null;
  versions: VersionSummary[];
}

export function HistoryPage() {
  const { t, language } = useTranslation();
  const { params } = useRoute();
  const organizationId = params.organizationId ?? '';
  const signInAgain = useSignInAgain();
  useKnownAccount();
  const [history, setHistory] = useState<History | null>(null);
  const [failure, setFailure] = useState<ListingFailure | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');
  const reviewer = signedInAccount.value?.role === 'coordinator' || signedInAccount.value?.role === 'admin';

  const load = async () => {
    const result = await listingApi<History>(listingPath(organizationId, '/versions'));
    if (result.ok) {
      setHistory(result.data);
      setFailure(null);
    } else if (result.status === 401) signInAgain();
    else setFailure(result);
  };
  useEffect(() => void load(), [organizationId]);

  const failed = (result: ListingFailure) => setOutcome(result.status === NO_ANSWER ? t('listings.publish.offline') : result.error || t('listings.save.failed'));

  const restore = async (version: number) => {
    setBusy(true);
    const result = await listingApi<WrittenVersion>(listingPath(organizationId, `/versions/${version}/revert`), 'POST', {});
    setBusy(false);
    setConfirming(null);
    if (!result.ok) return failed(result);
    setOutcome(t('listings.history.restored', { version, newVersion: result.data.version }));
    await load();
  };

  const review = async (version: number, decision: 'approve' | 'decline') => {
    setBusy(true);
    const result = await listingApi<{ reviewState: string }>(listingPath(organizationId, `/versions/${version}/review`), 'POST', { decision });
    setBusy(false);
    if (!result.ok) return failed(result);
    setOutcome(decision === 'approve' ? t('listings.history.approved', { version }) : t('listings.history.declined', { version }));
    await load();
  };

  return (
    <section class="staff-page listing-history">
      <PageHeading title={t('listings.history.title')}>{t('listings.history.title')}</PageHeading>
      <p class="listing-links">
        <a href="/listings">{t('listings.editor.allListings')}</a>{' '}
        <a href={`/listings/${encodeURIComponent(organizationId)}`}>{t('listings.history.backToEditor')}</a>
      </p>
      <div role="status" aria-live="polite">{outcome && <p class="notice">{outcome}</p>}</div>
      {failure && <ListingRefusal failure={failure} onRetry={() => void load()} />}
      {!history && !failure && <p role="status">{t('listings.loading')}</p>}
      {history?.versions.length === 0 && <p>{t('listings.history.none')}</p>}
      <ol class="listing-versions">
        {history?.versions.map((entry) => (
          <li key={entry.version} class="listing-version">
            <h2>
              {t('listings.history.version', { version: entry.version })}
              {entry.version === history.liveVersion && <span class="listing-badge"> {t('listings.history.liveNow')}</span>}
              {entry.reviewState === 'pending' && <span class="listing-badge"> {t('listings.history.pending')}</span>}
              {entry.reviewState === 'declined' && <span class="listing-badge"> {t('listings.history.declinedBadge')}</span>}
            </h2>
            <p>
              {t(`listings.history.action.${entry.action}`, { name: entry.publishedBy, date: formatDateTime(entry.publishedAt, language), version: entry.restoredVersion ?? '' })}
            </p>
            <VersionChanges changes={entry.changes} />
            {reviewer && entry.reviewState === 'pending' && (
              <div class="staff-actions">
                <button type="button" class="button button-primary" disabled={busy} onClick={() => void review(entry.version, 'approve')}>{t('listings.history.approve', { version: entry.version })}</button>
                <button type="button" class="button" disabled={busy} onClick={() => void review(entry.version, 'decline')}>{t('listings.history.decline', { version: entry.version })}</button>
              </div>
            )}
            {entry.reviewState === 'live' && entry.version !== history.liveVersion && (
              confirming === entry.version ? (
                <div class="confirm-panel" role="group" aria-labelledby={`restore-${entry.version}`}>
                  <p id={`restore-${entry.version}`}>{t('listings.history.restoreConfirm', { version: entry.version })}</p>
                  <div class="staff-actions">
                    <button type="button" class="button button-primary" disabled={busy} onClick={() => void restore(entry.version)}>{t('listings.history.restoreYes', { version: entry.version })}</button>
                    <button type="button" class="button button-quiet" onClick={() => setConfirming(null)}>{t('listings.back')}</button>
                  </div>
                </div>
              ) : (
                <button type="button" class="button" onClick={() => setConfirming(entry.version)}>{t('listings.history.restore', { version: entry.version })}</button>
              )
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
