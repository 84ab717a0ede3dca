import { useState } from 'preact/hooks';
import { feedbackProblems, MAX_COMMENT_LENGTH, type FeedbackProblem } from '../../../shared/feedback/feedback-contract.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { FeedbackStatus } from './FeedbackStatus.tsx';
import { useFeedbackSend } from './use-feedback-send.ts';

/** "Report wrong information": what is wrong (checkboxes), an optional comment, no personal details. */
export function WrongInfoForm({ serviceId }: { serviceId: string }) {
  const { t, language } = useTranslation();
  const [problems, setProblems] = useState<FeedbackProblem[]>([]);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const send = useFeedbackSend(serviceId, 'wrong_info', (body) => {
    if (body.kind === 'wrong_info') setProblems(body.problems);
    setComment(body.comment ?? '');
  });

  const toggle = (problem: FeedbackProblem, checked: boolean) => {
    setMissing(false);
    setProblems((current) => (checked ? [...current, problem] : current.filter((item) => item !== problem)));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (problems.length === 0) {
      setMissing(true);
      (document.getElementById('wrong-info-hours') as HTMLInputElement | null)?.focus();
      return;
    }
    await send.send({ serviceId, kind: 'wrong_info', problems, comment: comment.trim() || null, language });
  };
  const startOver = () => {
    setProblems([]);
    setComment('');
    send.startOver();
  };
  const editing = send.state === 'editing';

  return (
    <section aria-labelledby="wrong-info-title" class="feedback-form">
      <h2 id="wrong-info-title">{t('feedback.wrongInfo.title')}</h2>
      {editing && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <fieldset aria-describedby={missing ? 'wrong-info-missing' : undefined}>
            <legend>{t('feedback.wrongInfo.what')}</legend>
            <div class="feedback-choices">
              {feedbackProblems.map((problem) => (
                <label key={problem} class="feedback-choice">
                  <input type="checkbox" id={`wrong-info-${problem}`} checked={problems.includes(problem)} onChange={(event) => toggle(problem, event.currentTarget.checked)} />
                  {t(`feedback.problem.${problem}`)}
                </label>
              ))}
            </div>
            {missing && <p id="wrong-info-missing" class="field-error" role="alert">{t('feedback.wrongInfo.chooseOne')}</p>}
          </fieldset>
          <label for="wrong-info-comment">{t('feedback.comment')}</label>
          <textarea
            id="wrong-info-comment"
            rows={3}
            maxLength={MAX_COMMENT_LENGTH}
            aria-describedby="wrong-info-privacy"
            value={comment}
            onInput={(event) => setComment(event.currentTarget.value)}
          />
          <p id="wrong-info-privacy" class="hint">{t('feedback.privacy')}</p>
          <button type="submit" class="button button-primary">{t('feedback.wrongInfo.submit')}</button>
        </form>
      )}
      <FeedbackStatus send={{ ...send, startOver }} sentText={t('feedback.status.sentReport')} />
    </section>
  );
}
