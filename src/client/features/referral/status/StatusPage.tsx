import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { PageHeading } from '../../../ui/PageHeading.tsx';
import type { ReferralStatusView } from '../../../../shared/referrals/referral-contract.ts';
import { listSentRequests, recordStatus, type SentRequest } from '../outbox/referral-outbox.ts';
import { formatMoment } from './moments.ts';
import { fetchStatus, type StatusAnswer } from './status-api.ts';
import { NOW_HEADING_ID, StatusDetails } from './StatusDetails.tsx';
import { tokenFromHash } from './status-link.ts';
import { WithdrawPanel } from './WithdrawPanel.tsx';

/** The token in the page's fragment, followed when another status link opens in its place. */
function useHashToken(): string | null {
  const { url } = useLocation();
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    setHash(location.hash);
    const follow = () => setHash(location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [url]);
  return tokenFromHash(hash);
}

/** This device's copy of the request the token opens, if it made it: shown when offline. */
async function storedRequest(token: string): Promise<SentRequest | undefined> {
  try {
    return (await listSentRequests()).find((request) => request.statusToken === token);
  } catch {
    return undefined;
  }
}

/** `/status#token=…`: the newcomer's private page for one request. */
export function StatusPage() {
  const { t, language } = useTranslation();
  const token = useHashToken();
  const [answer, setAnswer] = useState<StatusAnswer | null>(null);
  const [stored, setStored] = useState<SentRequest | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) return;
    let current = true;
    setAnswer(null);
    void Promise.all([fetchStatus(token), storedRequest(token)]).then(([fetched, mine]) => {
      if (!current) return;
      setAnswer(fetched);
      setStored(mine);
      if (fetched.kind === 'found' && mine) void recordStatus(mine.idempotencyKey, fetched.view).catch(() => undefined);
    });
    return () => {
      current = false;
    };
  }, [token, attempt]);

  // The withdraw button is gone once it has worked: the focus goes to the news it brought.
  const [withdrawn, setWithdrawn] = useState(false);
  useEffect(() => {
    if (withdrawn) document.getElementById(NOW_HEADING_ID)?.focus();
  }, [withdrawn]);
  const showWithdrawn = (view: ReferralStatusView) => {
    setAnswer({ kind: 'found', view });
    setWithdrawn(true);
    if (stored) void recordStatus(stored.idempotencyKey, view).catch(() => undefined);
  };

  return (
    <section class="request-status-page">
      <PageHeading title={t('requests.detail.title')}>{t('requests.detail.title')}</PageHeading>
      <p class="hint">{t('requests.detail.private')}</p>
      {!token && <p class="notice notice-warning">{t('requests.detail.noToken')}</p>}
      {token && answer === null && <p class="loading" role="status">{t('requests.detail.loading')}</p>}
      {answer?.kind === 'not-found' && <p class="notice notice-warning">{t('requests.detail.notFound')}</p>}
      {answer?.kind === 'error' && (
        <div class="notice notice-error">
          <p>{t('requests.detail.error')}</p>
          <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>{t('app.retry')}</button>
        </div>
      )}
      {answer?.kind === 'offline' && (
        <>
          <div class="notice notice-offline">
            <p>{t('requests.detail.offline')}</p>
            <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>{t('app.retry')}</button>
          </div>
          {stored?.lastKnown && (
            <>
              <p class="hint">{t('requests.lastChecked', { date: formatMoment(stored.lastKnown.checkedAt, language) })}</p>
              <StatusDetails view={stored.lastKnown.view} />
            </>
          )}
        </>
      )}
      {answer?.kind === 'found' && token && (
        <>
          <StatusDetails view={answer.view} />
          {!answer.view.withdrawn && <WithdrawPanel token={token} onWithdrawn={showWithdrawn} />}
        </>
      )}
      <p><a href="/requests">{t('requests.title')}</a></p>
    </section>
  );
}
