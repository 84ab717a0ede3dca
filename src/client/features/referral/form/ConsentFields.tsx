import { useTranslation } from '../../../i18n/use-translation.ts';
import { describedBy, fieldId } from './field-ids.ts';
import { FieldError } from './FieldError.tsx';
import type { FormVoice } from './PersonFields.tsx';
import type { ConsentChoices } from './referral-draft.ts';
import type { FieldErrors } from './referral-validation.ts';

interface Props {
  organization: string;
  service: string;
  /** How long details are kept once the request is closed; null when the server has not said. */
  retentionDays: number | null;
  healthNeeded: boolean;
  consent: ConsentChoices;
  errors: FieldErrors;
  onChange: (patch: Partial<ConsentChoices>) => void;
  voice: FormVoice;
}

/**
 * What the person agrees to, in short sentences: who gets what, why, for how long, and how to
 * take it back. Staff read the same text to their client and record the answers.
 */
export function ConsentFields({ organization, service, retentionDays, healthNeeded, consent, errors, onChange, voice }: Props) {
  const { t } = useTranslation();
  const self = voice === 'self';
  return (
    <>
      <ul class="consent-text">
        <li>{t('referral.consent.who', { organization, service })}</li>
        <li>{t('referral.consent.what')}</li>
        <li>{t('referral.consent.postal')}</li>
        <li>{t('referral.consent.why')}</li>
        <li>{retentionDays === null ? t('referral.consent.keepUnknown') : t('referral.consent.keep', { count: retentionDays })}</li>
        <li>{t('referral.consent.withdraw')}</li>
        {healthNeeded && <li>{t('referral.consent.healthNote')}</li>}
      </ul>

      <div class="form-field">
        <label class="form-check consent-check">
          <input id={fieldId('consent.agreed')} type="checkbox" checked={consent.agreed} onChange={(event) => onChange({ agreed: event.currentTarget.checked })}
            aria-invalid={errors['consent.agreed'] ? 'true' : undefined} aria-describedby={describedBy('consent.agreed', { error: errors['consent.agreed'] })} />
          <span>{self ? t('referral.consent.agree', { organization }) : t('referral.staff.consentAgree', { organization })}</span>
        </label>
        <FieldError field="consent.agreed" error={errors['consent.agreed']} />
      </div>

      {healthNeeded && (
        <div class="form-field">
          <label class="form-check consent-check">
            <input id={fieldId('consent.healthAgreed')} type="checkbox" checked={consent.healthAgreed} onChange={(event) => onChange({ healthAgreed: event.currentTarget.checked })}
              aria-invalid={errors['consent.healthAgreed'] ? 'true' : undefined}
              aria-describedby={describedBy('consent.healthAgreed', { error: errors['consent.healthAgreed'] })} />
            <span>{self ? t('referral.consent.agreeHealth') : t('referral.staff.consentHealth')}</span>
          </label>
          <FieldError field="consent.healthAgreed" error={errors['consent.healthAgreed']} />
        </div>
      )}

      <div class="form-field">
        <label class="form-check consent-check">
          <input id={fieldId('consent.allowForward')} type="checkbox" checked={consent.allowForward} onChange={(event) => onChange({ allowForward: event.currentTarget.checked })}
            aria-describedby={`${fieldId('consent.allowForward')}-hint`} />
          <span>{self ? t('referral.consent.allowForward') : t('referral.staff.consentForward')}</span>
        </label>
        <p id={`${fieldId('consent.allowForward')}-hint`} class="hint">{t('referral.consent.allowForwardHint')}</p>
      </div>
    </>
  );
}
