import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CategoryIcon } from '../../ui/CategoryIcon.tsx';
import { immigrationStatuses } from '../../../shared/schema/vocabularies.ts';
import {
  arrivalTimes,
  emptyAnswers,
  householdMembers,
  priorities,
  suggestionsFor,
  type NeedsAnswers,
  type Priority,
} from '../../../shared/needs/needs-check.ts';
import { NeedsQuestion } from './NeedsQuestion.tsx';
import { NeedsSuggestions } from './NeedsSuggestions.tsx';
import { clearAnswers, loadAnswers, saveAnswers } from './needs-storage.ts';

const QUESTION_COUNT = 4;
const NOT_SURE = 'not_sure';
const priorityIcons: Record<Priority, string> = {
  work: 'briefcase', language: 'book', housing: 'house', health: 'heart', children: 'child',
  papers: 'flag', money: 'coins', legal: 'scale', community: 'people',
};
const householdIcons = { alone: 'compass', partner: 'people', children: 'child', parents: 'people' } as const;

export function NeedsPage() {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<NeedsAnswers>(loadAnswers);
  const [step, setStep] = useState(() => (loadAnswers().priorities.length > 0 ? QUESTION_COUNT : 0));
  const [message, setMessage] = useState('');
  // Each new question takes focus, so a screen reader announces it after "Next" or "Back".
  const stepHeading = useRef<HTMLParagraphElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) firstStep.current = false;
    else stepHeading.current?.focus();
  }, [step]);
  const update = (patch: Partial<NeedsAnswers>) => {
    const next = { ...answers, ...patch };
    setAnswers(next);
    saveAnswers(next);
    setMessage('');
  };
  const answered = [answers.arrival !== null, true, answers.household.length > 0, answers.priorities.length > 0][step] ?? true;
  const goNext = () => (answered ? setStep(step + 1) : setMessage(t('needs.chooseOne')));

  if (step >= QUESTION_COUNT) {
    return (
      <section class="needs">
        <PageHeading title={t('needs.resultsTitle')}>{t('needs.resultsTitle')}</PageHeading>
        <p>{t('needs.intro')}</p>
        <NeedsSuggestions suggestions={suggestionsFor(answers)} />
        <div class="needs-actions">
          <button type="button" class="button" onClick={() => setStep(0)}>{t('needs.startAgain')}</button>
          <button type="button" class="button" onClick={() => { clearAnswers(); setAnswers(emptyAnswers()); setStep(0); setMessage(t('needs.cleared')); }}>
            {t('needs.clear')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section class="needs">
      <PageHeading title={t('needs.title')}>{t('needs.title')}</PageHeading>
      <p>{t('needs.intro')}</p>
      <p class="needs-step" tabIndex={-1} ref={stepHeading}>{t('needs.step', { current: step + 1, total: QUESTION_COUNT })}</p>
      <form onSubmit={(event) => { event.preventDefault(); goNext(); }}>
        {step === 0 && (
          <NeedsQuestion legend={t('needs.timeQuestion')} name="arrival" multiple={false}
            options={arrivalTimes.map((value) => ({ value, label: t(`needs.time.${value}`) }))}
            selected={answers.arrival ? [answers.arrival] : []} onChange={([arrival]) => update({ arrival: arrival ?? null })} />
        )}
        {step === 1 && (
          <NeedsQuestion legend={t('needs.statusQuestion')} name="status" multiple={false}
            options={[...immigrationStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })), { value: NOT_SURE, label: t('needs.statusNotSure') }]}
            selected={[answers.status ?? NOT_SURE]}
            onChange={([status]) => update({ status: status && status !== NOT_SURE ? (status as NeedsAnswers['status']) : null })} />
        )}
        {step === 2 && (
          <NeedsQuestion legend={t('needs.householdQuestion')} name="household" multiple
            options={householdMembers.map((value) => ({ value, label: t(`needs.household.${value}`), icon: <CategoryIcon icon={householdIcons[value]} /> }))}
            selected={answers.household} onChange={(household) => update({ household })} />
        )}
        {step === 3 && (
          <NeedsQuestion legend={t('needs.prioritiesQuestion')} name="priorities" multiple
            options={priorities.map((value) => ({ value, label: t(`needs.priority.${value}`), icon: <CategoryIcon icon={priorityIcons[value]} /> }))}
            selected={answers.priorities} onChange={(chosen) => update({ priorities: chosen })} />
        )}
        <p role="alert" class="field-message">{message}</p>
        <div class="needs-actions">
          {step > 0 && <button type="button" class="button" onClick={() => setStep(step - 1)}>{t('needs.back')}</button>}
          <button type="submit" class="button button-primary">{step === QUESTION_COUNT - 1 ? t('needs.seeSuggestions') : t('needs.next')}</button>
        </div>
      </form>
    </section>
  );
}
