import type { Service } from '../../../shared/schema/directory.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatTimeOfDay, formatWeekday } from '../../i18n/format.ts';
import { currentWeeklyOpenings, openStatusText } from './open-status-text.ts';

export function WeeklyHours({ service }: { service: Service }) {
  const { t, language } = useTranslation();
  const openings = currentWeeklyOpenings(service);
  const status = openStatusText(service, language);
  const days = [...new Set(openings.map((opening) => opening.day))];
  return (
    <section aria-labelledby="hours">
      <h2 id="hours">{t('service.hours')}</h2>
      {status && <p class={status.open ? 'open-now' : 'closed-now'}>{status.text}</p>}
      {days.length === 0 ? (
        <p>{t('service.noHours')}</p>
      ) : (
        <table class="hours-table">
          <tbody>
            {days.map((day) => (
              <tr key={day}>
                <th scope="row">{formatWeekday(day, language)}</th>
                <td>
                  {openings
                    .filter((opening) => opening.day === day)
                    .map((opening) => `${formatTimeOfDay(opening.opens, language)} – ${formatTimeOfDay(opening.closes, language)}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
