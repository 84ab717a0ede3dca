/** A version's changes, one line each, with what it was and what it is now. */
import type { ListingChange } from '../../../shared/listings/listing-changes.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { changeTitle, valueText } from './change-text.ts';

/** Past this many, a version (a first import) is summed up rather than listed. */
const LISTED = 40;

export function VersionChanges({ changes }: { changes: readonly ListingChange[] }) {
  const { t, language } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <details class="listing-changes" open={changes.length <= 8}>
      <summary>{t('listings.history.changes', { count: changes.length })}</summary>
      <ul>
        {changes.slice(0, LISTED).map((change, index) => (
          <li key={`${change.record}-${change.id}-${change.field}-${index}`}>
            <strong>{changeTitle(change, t, language)}</strong>
            {change.field !== 'added' && change.field !== 'removed' && (
              <dl class="listing-change-values">
                <dt>{t('listings.history.before')}</dt>
                <dd dir="auto">{valueText(change.field, change.before, t, language)}</dd>
                <dt>{t('listings.history.after')}</dt>
                <dd dir="auto">{valueText(change.field, change.after, t, language)}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
      {changes.length > LISTED && <p>{t('listings.history.more', { count: changes.length - LISTED })}</p>}
    </details>
  );
}
