/** Where what was typed is: saved on the server, being saved, or kept on this device and why. */
import { useTranslation } from '../../i18n/use-translation.ts';
import type { ListingDraft } from './listing-draft.ts';

export function SaveStatus({ draft, onSignIn }: { draft: ListingDraft; onSignIn: () => void }) {
  const { t } = useTranslation();
  const state = draft.state.value;
  const failure = draft.saveFailure.value;
  const text = {
    saved: draft.listing.value?.draft ? t('listings.save.saved') : t('listings.save.noDraft'),
    pending: t('listings.save.pending'),
    saving: t('listings.save.saving'),
    offline: t('listings.save.offline'),
    conflict: t('listings.save.conflict'),
    invalid: t('listings.save.invalid'),
    failed:
      failure?.status === 401 ? t('listings.save.signedOut') : failure?.status === 403 ? t('listings.save.forbidden') : t('listings.save.failed'),
  }[state];
  const warn = state === 'offline' || state === 'conflict' || state === 'invalid' || state === 'failed';
  return (
    <div class={warn ? 'listing-save-status notice notice-warning' : 'listing-save-status'}>
      <p role="status">{text}</p>
      {draft.notKeptLocally.value && <p role="alert">{t('listings.save.notKeptLocally')}</p>}
      {state === 'conflict' && (
        <div class="staff-actions">
          <button type="button" class="button button-primary" onClick={() => void draft.keepMine()}>{t('listings.save.keepMine')}</button>
          <button type="button" class="button button-quiet" onClick={() => void draft.takeTheirs()}>{t('listings.save.takeTheirs')}</button>
        </div>
      )}
      {state === 'failed' && failure?.status === 401 && (
        <button type="button" class="button" onClick={onSignIn}>{t('listings.save.signIn')}</button>
      )}
      {state === 'failed' && failure?.status !== 401 && (
        <button type="button" class="button" onClick={() => void draft.save()}>{t('listings.save.retry')}</button>
      )}
    </div>
  );
}
