import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorCount, type FieldErrors } from './referral-validation.ts';

/**
 * "2 answers need a fix", announced as soon as it appears; the focus goes to the first of
 * them, whose own message its field reads out.
 */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation();
  const count = errorCount(errors);
  return (
    <div role="alert" class="form-alert">
      {count > 0 && <p class="notice notice-error">{t('referral.errors.summary', { count })}</p>}
    </div>
  );
}
