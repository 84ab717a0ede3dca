import { useTranslation } from '../../../i18n/use-translation.ts';
import { needTerms, termLabel } from '../../../../shared/taxonomy/taxonomy.ts';
import { describedBy, fieldId } from './field-ids.ts';
import { FieldError } from './FieldError.tsx';
import type { FormVoice } from './PersonFields.tsx';
import type { ReferralDraft } from './referral-draft.ts';
import type { FieldErrors } from './referral-validation.ts';
import { TextField } from './TextField.tsx';

interface Props {
  draft: ReferralDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<ReferralDraft>) => void;
  voice: FormVoice;
}

/** What the person needs, as taxonomy terms (sub-needs under their parent), and a short note. */
export function NeedFields({ draft, errors, onChange, voice }: Props) {
  const { t, language } = useTranslation();
  const toggle = (id: string) =>
    onChange({ needCategories: draft.needCategories.includes(id) ? draft.needCategories.filter((chosen) => chosen !== id) : [...draft.needCategories, id] });
  return (
    <>
      <fieldset id={fieldId('needCategories')} class="form-group" aria-describedby={describedBy('needCategories', { error: errors.needCategories })}>
        <legend>{voice === 'self' ? t('referral.form.needsLegend') : t('referral.staff.needsLegend')}</legend>
        <FieldError field="needCategories" error={errors.needCategories} />
        <div class="need-choices">
          {needTerms.map((term) => (
            <label key={term.id} class={term.parent ? 'form-check need-choice-child' : 'form-check'}>
              <input type="checkbox" checked={draft.needCategories.includes(term.id)} onChange={() => toggle(term.id)} />
              <span>{termLabel(term, language)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField field="note" label={t('referral.form.note')} hint={t('referral.form.noteHint')} error={errors.note}
        value={draft.note} onInput={(note) => onChange({ note })} multiline maxLength={500} />
    </>
  );
}
