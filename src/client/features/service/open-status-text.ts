import { openStatus, wallClock, weeklyOpenings } from '../../../shared/hours/opening-hours.ts';
import type { Schedule, Service } from '../../../shared/schema/directory.ts';
import { serviceSchedules } from '../../../shared/directory/service-facts.ts';
import { directory, directoryIndex } from '../../directory/directory-store.ts';
import { t } from '../../i18n/i18n.ts';
import { formatTimeOfDay, formatWeekday } from '../../i18n/format.ts';

/** A service's hours, from its own schedules or its sites'. */
export function schedulesOf(service: Service): Schedule[] {
  return serviceSchedules(service, directoryIndex.value.locations.get(service.id) ?? []);
}

/** The weekly pattern in force today in the region (expired schedules left out). */
export function currentWeeklyOpenings(service: Service, now = new Date()) {
  return weeklyOpenings(schedulesOf(service), wallClock(now, directory.value!.region.timezone).isoDate);
}

/** "Open now · closes 5:00 p.m." or "Closed · opens Tuesday at 9:00 a.m.", in the reader's language. */
export function openStatusText(service: Service, language: string, now = new Date()): { open: boolean; text: string } | null {
  if (service.status === 'temporarily closed') return { open: false, text: t('service.temporarilyClosed') };
  const status = openStatus(schedulesOf(service), now, directory.value!.region.timezone);
  if (status.open) return { open: true, text: t('service.closesAt', { time: formatTimeOfDay(status.closesAt!, language) }) };
  if (!status.next) return null;
  const time = formatTimeOfDay(status.next.opens, language);
  if (status.next.inDays === 0) return { open: false, text: t('service.closedOpensToday', { time }) };
  if (status.next.inDays === 1) return { open: false, text: t('service.closedOpensTomorrow', { time }) };
  return { open: false, text: t('service.closedOpensDay', { day: formatWeekday(status.next.day, language), time }) };
}
