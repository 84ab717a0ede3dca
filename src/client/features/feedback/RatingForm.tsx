import { useState } from 'preact/hooks';
import { MAX_COMMENT_LENGTH } from '../../../shared/feedback/feedback-contract.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { FeedbackStatus } from './FeedbackStatus.tsx';
import { useFeedbackSend } from './use-feedback-send.ts';

const STARS = [1, 2, 3, 4, 5] as const;

/** "Rate this service": 1 to 5 stars as radio buttons (arrow keys move between them), an optional comment. */
export function RatingForm({ serviceId }: { serviceId: string }) {
  const { t, language } = useTranslation();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const send = useFeedbackSend(serviceId, 'rating', (body) => {
    if (body.kind === 'rating') setRating(body.rating);
    setComment(body.comment ?? '');
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (rating === null) {
      setMissing(true);
      (document.getElementById('rating-1') as HTMLInputElement | null)?.focus();
      return;
    }
    await send.send({ serviceId, kind: 'rating', rating, comment: comment.trim() || null, language });
  };
  const startOver = () => {
    setRating(null);
    setComment('');
    send.startOver();
  };

  return (
    <section aria-labelledby="rating-title" class="feedback-form">
      <h2 id="rating-title">{t('feedback.rating.title')}</h2>
      {send.state === 'editing' && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <fieldset class="star-rating" aria-describedby={missing ? 'rating-missing' : undefined}>
            <legend>{t('feedback.rating.legend')}</legend>
            <div class="feedback-choices">
              {STARS.map((stars) => (
                <label key={stars} class="feedback-choice">
                  <input
                    type="radio"
                    id={`rating-${stars}`}
                    name="rating"
                    value={stars}
                    checked={rating === stars}
                    onChange={() => {
                      setMissing(false);
                      setRating(stars);
                    }}
                  />
                  <span class="stars" aria-hidden="true">{'★'.repeat(stars)}</span>
                  {t('feedback.rating.stars', { count: stars })}
                </label>
              ))}
            </div>
            {missing && <p id="rating-missing" class="field-error" role="alert">{t('feedback.rating.chooseOne')}</p>}
          </fieldset>
          <label for="rating-comment">{t('feedback.rating.comment')}</label>
          <textarea id="rating-comment" rows={3} maxLength={MAX_COMMENT_LENGTH} aria-describedby="rating-privacy" value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
          <p id="rating-privacy" class="hint">{t('feedback.privacy')}</p>
          <button type="submit" class="button button-primary">{t('feedback.rating.submit')}</button>
        </form>
      )}
      <FeedbackStatus send={{ ...send, startOver }} sentText={t('feedback.status.sentRating')} />
    </section>
  );
}
