/**
 * Publishing the draft (after a confirmation that says phones get it within seconds, or that the
 * LIP reviews it first) and discarding it, with an undo right after.
 */
import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import { NOT_SAVED_YET, type ListingDraft } from './listing-draft.ts';
import { NO_ANSWER, type ListingFailure } from './listing-api.ts';

type Step = 'idle' | 'confirmPublish' | 'confirmDiscard' | 'busy';

interface PublishPanelProps {
  draft: ListingDraft;
  /** Shows and focuses the first field that needs attention. */
  onProblems: () => void;
  announce: (text: string) => void;
}

export function PublishPanel({ draft, onProblems, announce }: PublishPanelProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('idle');
  const [discarded, setDiscarded] = useState<OrganizationListing | null>(null);
  const listing = draft.listing.value;
  const hasDraft = draft.hasDraft.value;

  const failureText = (failure: ListingFailure) => {
    if (failure.status === NOT_SAVED_YET) return t('listings.publish.notSaved');
    if (failure.status === NO_ANSWER) return t('listings.publish.offline');
    if (failure.conflict) return t('listings.save.conflict');
    if (failure.status === 409) return t('listings.publish.nothingToPublish');
    if (failure.status === 403) return t('listings.save.forbidden');
    return t('listings.save.failed');
  };

  const askPublish = async () => {
    setDiscarded(null);
    if (draft.problems.value.length > 0) {
      announce(t('listings.publish.fixFirst'));
      onProblems();
      return;
    }
    setStep('busy');
    const ready = await draft.flush();
    if (!ready) {
      setStep('idle');
      if (draft.problems.value.length > 0) onProblems();
      announce(draft.state.value === 'offline' ? t('listings.publish.offline') : t('listings.publish.notSaved'));
      return;
    }
    setStep('confirmPublish');
  };

  const publish = async () => {
    setStep('busy');
    const result = await draft.publish();
    setStep('idle');
    if ('ok' in result) return announce(failureText(result));
    announce(result.reviewState === 'pending' ? t('listings.publish.pending', { version: result.version }) : t('listings.publish.done', { version: result.version }));
  };

  const discard = async () => {
    setStep('busy');
    const result = await draft.discard();
    setStep('idle');
    if ('ok' in result) return announce(failureText(result));
    setDiscarded(result);
    announce(t('listings.discard.done'));
  };

  const undo = async () => {
    if (!discarded) return;
    draft.edit(discarded);
    setDiscarded(null);
    await draft.save();
    announce(draft.state.value === 'saved' ? t('listings.discard.undone') : t('listings.save.offline'));
  };

  const nextVersion = (listing?.latestVersion ?? 0) + 1;
  return (
    <section class="listing-section listing-publish" aria-labelledby="listing-publish-title">
      <h2 id="listing-publish-title">{t('listings.publish.title')}</h2>
      <p>{listing?.liveVersion ? t('listings.publish.live', { version: listing.liveVersion }) : t('listings.publish.neverLive')}</p>
      {step === 'confirmPublish' ? (
        <div class="confirm-panel" role="group" aria-labelledby="listing-publish-confirm">
          <p id="listing-publish-confirm">{t('listings.publish.confirm', { version: nextVersion })}</p>
          <div class="staff-actions">
            <button type="button" class="button button-primary" onClick={() => void publish()}>{t('listings.publish.confirmYes', { version: nextVersion })}</button>
            <button type="button" class="button button-quiet" onClick={() => setStep('idle')}>{t('listings.back')}</button>
          </div>
        </div>
      ) : step === 'confirmDiscard' ? (
        <div class="confirm-panel" role="group" aria-labelledby="listing-discard-confirm">
          <p id="listing-discard-confirm">{t('listings.discard.confirm')}</p>
          <div class="staff-actions">
            <button type="button" class="button button-primary" onClick={() => void discard()}>{t('listings.discard.confirmYes')}</button>
            <button type="button" class="button button-quiet" onClick={() => setStep('idle')}>{t('listings.back')}</button>
          </div>
        </div>
      ) : (
        <div class="staff-actions">
          <button type="button" class="button button-primary" disabled={!hasDraft || step === 'busy'} onClick={() => void askPublish()}>
            {t('listings.publish.button')}
          </button>
          {hasDraft && (
            <button type="button" class="button button-quiet" disabled={step === 'busy'} onClick={() => setStep('confirmDiscard')}>
              {t('listings.discard.button')}
            </button>
          )}
        </div>
      )}
      {!hasDraft && !discarded && <p class="hint">{t('listings.publish.nothingYet')}</p>}
      {discarded && (
        <p>
          {t('listings.discard.done')}{' '}
          <button type="button" class="button" onClick={() => void undo()}>{t('listings.discard.undo')}</button>
        </p>
      )}
    </section>
  );
}
