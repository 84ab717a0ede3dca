import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import { isClosedStatus } from '../../../shared/referrals/referral-contract.ts';
import { callApi, type ApiFailure } from './staff-api.ts';
import { UNAUTHENTICATED, useKnownAccount, useSignInAgain } from './account-session.ts';
import { RequestProblem } from './RequestProblem.tsx';
import { OfflineNote } from './OfflineNote.tsx';
import { ReferralSummary } from './ReferralSummary.tsx';
import { ReferralPerson } from './ReferralPerson.tsx';
import { ReferralRequest } from './ReferralRequest.tsx';
import { ReferralHistory } from './ReferralHistory.tsx';
import { ReferralActions } from './ReferralActions.tsx';
import { ForwardForm } from './ForwardForm.tsx';

/** One referral: the person, what they asked for, their consent, what happened so far, and what to do next. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { params } = useRoute();
  const id = params.id ?? '';
  const signInAgain = useSignInAgain();
  useKnownAccount();
  const [referral, setReferral] = useState<InboxReferral | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [outcome, setOutcome] = useState('');
  const outcomeLine = useRef<HTMLParagraphElement>(null);

  const load = async () => {
    setFailure(null);
    const result = await callApi<InboxReferral>(`/api/inbox/${encodeURIComponent(id)}`);
    if (result.ok) setReferral(result.data);
    else if (result.status === UNAUTHENTICATED) signInAgain();
    else setFailure(result);
  };
  useEffect(() => {
    setReferral(null);
    setOutcome('');
    void load();
  }, [id]);

  /** An action went through: the page shows the referral as the server now has it, and says what changed. */
  const changed = (updated: InboxReferral, message: string) => {
    setReferral(updated);
    setOutcome(message);
    requestAnimationFrame(() => outcomeLine.current?.focus());
  };

  const title = referral ? t('staff.referral.code', { code: referral.referenceCode }) : t('staff.referral.title');
  return (
    <article class="staff-page referral-page">
      <a class="back-link" href="/inbox">{t('staff.referral.back')}</a>
      <PageHeading title={title}>{title}</PageHeading>
      <OfflineNote />
      <p class="action-outcome" role="status" tabIndex={-1} ref={outcomeLine}>{outcome}</p>
      {failure && <RequestProblem failure={failure} onRetry={() => void load()} />}
      {!referral && !failure && <p class="loading">{t('staff.loading')}</p>}
      {referral && (
        <>
          <ReferralSummary referral={referral} />
          <ReferralPerson referral={referral} />
          <ReferralRequest referral={referral} />
          {!isClosedStatus(referral.status) && (
            <>
              <ReferralActions referral={referral} onChanged={changed} onStale={() => void load()} />
              <ForwardForm referral={referral} onChanged={changed} onStale={() => void load()} />
            </>
          )}
          <ReferralHistory referral={referral} />
        </>
      )}
    </article>
  );
}
