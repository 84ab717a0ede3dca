/** When something happened, as the reader says dates and times, in their own time zone. */
import { t } from '../../../i18n/i18n.ts';
import { formatDate, formatTimeOfDay } from '../../../i18n/format.ts';

const twoDigits = (value: number) => String(value).padStart(2, '0');

export function formatMoment(iso: string, language: string): string {
  const moment = new Date(iso);
  const day = `${moment.getFullYear()}-${twoDigits(moment.getMonth() + 1)}-${twoDigits(moment.getDate())}`;
  return t('requests.at', { date: formatDate(day, language), time: formatTimeOfDay(moment.getHours() * 60 + moment.getMinutes(), language) });
}
