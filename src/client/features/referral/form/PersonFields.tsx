import { useTranslation } from '../../../i18n/use-translation.ts';
import { uiLanguages } from '../../../../shared/languages.ts';
import { contactMethods, type ContactMethod } from '../../../../shared/referrals/referral-contract.ts';
import { describedBy, fieldId } from './field-ids.ts';
import { FieldError } from './FieldError.tsx';
import type { ReferralDraft } from './referral-draft.ts';
import type { FieldErrors } from './referral-validation.ts';
import { TextField } from './TextField.tsx';

/** Whose details these are: the person's own, or a client's as staff record them. */
export type FormVoice = 'self' | 'client';

interface Props {
  draft: ReferralDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<ReferralDraft>) => void;
  voice: FormVoice;
}

const contactInputs: Record<ContactMethod, { type: 'tel' | 'email'; autoComplete: string }> = {
  phone: { type: 'tel', autoComplete: 'tel' },
  sms: { type: 'tel', autoComplete: 'tel' },
  email: { type: 'email', autoComplete: 'email' },
  whatsapp: { type: 'tel', autoComplete: 'off' },
};

/** Who the person is and how to reach them: the same fields in the newcomer's and the staff form. */
export function PersonFields({ draft, errors, onChange, voice }: Props) {
  const { t } = useTranslation();
  const self = voice === 'self';
  // A staff member types a client's details: the browser must not offer their own.
  const autoComplete = (value: string) => (self ? value : 'off');
  return (
    <>
      <TextField field="name" label={self ? t('referral.form.name') : t('referral.staff.name')} hint={self ? t('referral.form.nameHint') : undefined}
        error={errors.name} value={draft.name} onInput={(name) => onChange({ name })} autoComplete={autoComplete('name')} maxLength={80} />

      <fieldset id={fieldId('contact')} class="form-group" aria-describedby={describedBy('contact', { error: errors.contact })}>
        <legend>{self ? t('referral.form.contactLegend') : t('referral.staff.contactLegend')}</legend>
        <FieldError field="contact" error={errors.contact} />
        {contactMethods.map((method) => (
          <TextField key={method} field={`contact.${method}`} label={t(`referral.form.${method}`)} error={errors[`contact.${method}`]}
            value={draft.contact[method]} onInput={(value) => onChange({ contact: { ...draft.contact, [method]: value } })}
            type={contactInputs[method].type} autoComplete={autoComplete(contactInputs[method].autoComplete)} dir="ltr" maxLength={200} />
        ))}
      </fieldset>

      <div class="form-field">
        <label for={fieldId('preferredLanguage')}>{self ? t('referral.form.language') : t('referral.staff.language')}</label>
        <select id={fieldId('preferredLanguage')} value={draft.preferredLanguage} onChange={(event) => onChange({ preferredLanguage: event.currentTarget.value })}>
          {uiLanguages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>{language.nativeName}</option>
          ))}
        </select>
      </div>

      <label class="form-check">
        <input id={fieldId('interpreterNeeded')} type="checkbox" checked={draft.interpreterNeeded} onChange={(event) => onChange({ interpreterNeeded: event.currentTarget.checked })} />
        <span>{self ? t('referral.form.interpreter') : t('referral.staff.interpreter')}</span>
      </label>

      <TextField field="postalCode" label={t('referral.form.postalCode')} hint={t('referral.form.postalCodeHint')} error={errors.postalCode}
        value={draft.postalCode} onInput={(postalCode) => onChange({ postalCode })} autoComplete={autoComplete('postal-code')} dir="ltr" maxLength={10} />
    </>
  );
}
