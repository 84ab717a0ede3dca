/**
 * A service's weekly hours, as sessions (days, opening and closing time: several a day, evenings
 * and weekends included), and its closures (a holiday, a closed week) with dates and a note.
 */
import { weekdayCodes } from '../../../shared/schema/vocabularies.ts';
import type { Schedule } from '../../../shared/schema/directory.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatWeekday } from '../../i18n/format.ts';
import { useEditor } from './editor-context.tsx';
import { CheckBox, CheckGroup, Fold, TextInput } from './EditorFields.tsx';
import { allIds, daysOfSession, inputIdOf, isClosure, newClosure, newSession, type Path } from './listing-edit.ts';

export function HoursEditor({ serviceIndex }: { serviceIndex: number }) {
  const { t, language } = useTranslation();
  const { document, write, problems } = useEditor();
  const service = document.services[serviceIndex]!;
  const path: Path = ['services', serviceIndex, 'schedules'];
  const schedules = service.schedules ?? [];
  const indexed = schedules.map((schedule, index) => ({ schedule, index }));
  const sessions = indexed.filter(({ schedule }) => !isClosure(schedule));
  const closures = indexed.filter(({ schedule }) => isClosure(schedule));
  const hasProblem = [...problems.keys()].some((key) => key.startsWith(`${path.join('.')}.`) || key === path.join('.'));
  const setAll = (next: Schedule[]) => write(path, next);
  const remove = (index: number) => setAll(schedules.filter((_, other) => other !== index));
  const setDays = (index: number, days: string[]) =>
    write([...path, index, 'byday'], weekdayCodes.filter((code) => days.includes(code)).join(',') || null);

  return (
    <>
      <Fold title={t('listings.hours.title')} open={hasProblem}>
        <p class="hint">{t('listings.hours.hint')}</p>
        {sessions.length === 0 && <p>{t('listings.hours.none')}</p>}
        <ol class="listing-items">
          {sessions.map(({ schedule, index }, n) => {
            const days = daysOfSession(schedule);
            const at: Path = [...path, index];
            return (
              <li key={schedule.id} class="listing-item">
                <CheckGroup path={[...at, 'byday']} legend={t('listings.hours.sessionDays', { n: n + 1 })}>
                  {weekdayCodes.map((code, day) => (
                    <CheckBox
                      key={code}
                      id={`${inputIdOf([...at, 'byday'])}-${code}`}
                      label={formatWeekday(day, language)}
                      checked={days.includes(code)}
                      onChange={(checked) => setDays(index, checked ? [...days, code] : days.filter((other) => other !== code))}
                    />
                  ))}
                </CheckGroup>
                <div class="listing-row">
                  <TextInput path={[...at, 'opens_at']} type="time" label={t('listings.hours.opens', { n: n + 1 })} />
                  <TextInput path={[...at, 'closes_at']} type="time" label={t('listings.hours.closes', { n: n + 1 })} hint={t('listings.hours.overnight')} />
                </div>
                <button type="button" class="button button-quiet" onClick={() => remove(index)}>{t('listings.hours.removeSession', { n: n + 1 })}</button>
              </li>
            );
          })}
        </ol>
        <button type="button" class="button" onClick={() => setAll([...schedules, newSession(service, allIds(document))])}>{t('listings.hours.addSession')}</button>
      </Fold>
      <Fold title={t('listings.closures.title', { count: closures.length })} open={hasProblem && closures.length > 0}>
        <p class="hint">{t('listings.closures.hint')}</p>
        <ol class="listing-items">
          {closures.map(({ schedule, index }, n) => {
            const at: Path = [...path, index];
            return (
              <li key={schedule.id} class="listing-item">
                <div class="listing-row">
                  <TextInput path={[...at, 'valid_from']} type="date" label={t('listings.closures.from', { n: n + 1 })} />
                  <TextInput path={[...at, 'valid_to']} type="date" label={t('listings.closures.to', { n: n + 1 })} />
                </div>
                <TextInput path={[...at, 'description']} label={t('listings.closures.note', { n: n + 1 })} hint={t('listings.closures.noteHint')} />
                <button type="button" class="button button-quiet" onClick={() => remove(index)}>{t('listings.closures.remove', { n: n + 1 })}</button>
              </li>
            );
          })}
        </ol>
        <button type="button" class="button" onClick={() => setAll([...schedules, newClosure(service, allIds(document), new Date().toISOString().slice(0, 10))])}>
          {t('listings.closures.add')}
        </button>
      </Fold>
    </>
  );
}
