/**
 * The region's choice to have the LIP review new organizations' first publications. Saved on
 * change; when a save fails the box goes back to what the server last confirmed and says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { useSignInAgain } from '../staff/account-session.ts';
import { listingApi } from './listing-api.ts';

interface ListingSettings {
  reviewFirstPublications: boolean;
}

type Note = 'saved' | 'saveFailed' | 'loadFailed' | null;

export function ReviewSetting({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const signInAgain = useSignInAgain();
  const [review, setReview] = useState<boolean | null>(null);
  const [note, setNote] = useState<Note>(null);
  // The box stays usable while saving (disabling it would drop keyboard focus), so only the
  // answer to the latest change counts, and a failure falls back to the server's last word.
  const confirmed = useRef<boolean | null>(null);
  const latest = useRef(0);
  const path = `/api/regions/${encodeURIComponent(regionId)}/listing-settings`;

  useEffect(() => {
    let current = true;
    setReview(null);
    setNote(null);
    void listingApi<ListingSettings>(path).then((result) => {
      if (!current) return;
      if (result.ok) {
        confirmed.current = result.data.reviewFirstPublications;
        setReview(result.data.reviewFirstPublications);
      } else if (result.status === 401) signInAgain();
      else setNote('loadFailed');
    });
    return () => void (current = false);
  }, [path]);

  const change = async (wanted: boolean) => {
    const request = ++latest.current;
    setReview(wanted);
    setNote(null);
    const result = await listingApi<ListingSettings>(path, 'PUT', { reviewFirstPublications: wanted });
    if (result.ok) confirmed.current = result.data.reviewFirstPublications;
    if (request !== latest.current) return;
    if (result.ok) {
      setReview(result.data.reviewFirstPublications);
      setNote('saved');
      return;
    }
    setReview(confirmed.current);
    if (result.status === 401) return signInAgain();
    setNote('saveFailed');
  };

  const failed = note === 'saveFailed' || note === 'loadFailed';
  return (
    <section class="staff-section">
      <fieldset class="staff-fieldset">
        <legend>{t('listings.lip.reviewTitle')}</legend>
        {review === null ? (
          !failed && <p>{t('listings.loading')}</p>
        ) : (
          <div class="staff-check">
            <input id="lip-review" type="checkbox" checked={review} onChange={(event) => void change(event.currentTarget.checked)} />
            <label for="lip-review">{t('listings.lip.review')}</label>
          </div>
        )}
        <p role="status" class={failed ? 'field-message field-error' : 'field-message'}>
          {note ? t(`listings.lip.${note}`) : ''}
        </p>
      </fieldset>
    </section>
  );
}
