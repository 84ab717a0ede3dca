import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';

/** What POST /api/auth/invitations answers. */
export interface CreatedInvitation {
  invitationUrl: string;
  expiresAt: string;
  resetsAccount: boolean;
}

/** A new invitation's link, to copy into an email or a message: Guichet does not send it itself. */
export function InvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState('');
  const linkInput = useRef<HTMLInputElement>(null);
  // The link is what the inviter came for: it takes focus, selected, ready to copy.
  useEffect(() => linkInput.current?.focus(), [invitation.invitationUrl]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.invitationUrl);
      setCopied(t('staff.invite.copied'));
    } catch {
      // No clipboard access (an older browser, a denied permission): the link is selected for copying by hand.
      linkInput.current?.select();
      setCopied(t('staff.invite.copyByHand'));
    }
  };

  return (
    <div class="staff-result">
      {invitation.resetsAccount && <p>{t('staff.invite.resets')}</p>}
      <label for="invitation-link">{t('staff.invite.link')}</label>
      <div class="staff-copy-row">
        <input ref={linkInput} id="invitation-link" type="text" readOnly value={invitation.invitationUrl} dir="ltr" onFocus={(event) => event.currentTarget.select()} />
        <button type="button" class="button" onClick={() => void copy()}>{t('staff.invite.copy')}</button>
      </div>
      <p class="hint" aria-live="polite">{copied}</p>
    </div>
  );
}
