import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorId } from './field-ids.ts';
import type { ErrorKind, FormField } from './referral-validation.ts';

/** A field's message, in the reader's language; the field points at it with aria-describedby. */
export function FieldError({ field, error }: { field: FormField; error: ErrorKind | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <p id={errorId(field)} class="field-error">{t(`referral.errors.${error}`)}</p>;
}
