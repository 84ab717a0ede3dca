/**
 * A version's changes in the reader's words: field names translated, hours as weekly hours,
 * translations as "Arabic: Name", lists as the things they list. Values the history has no
 * words for are shown as they are stored, so nothing is hidden.
 */
import type { ListingChange } from '../../../shared/listings/listing-changes.ts';
import type { Schedule } from '../../../shared/schema/directory.ts';
import { weeklyOpenings } from '../../../shared/hours/opening-hours.ts';
import { formatDate, formatTimeOfDay, formatWeekday, languageName } from '../../i18n/format.ts';
import type { useTranslation } from '../../i18n/use-translation.ts';
import { fieldLabel } from './field-names.ts';

type Translate = ReturnType<typeof useTranslation>['t'];
type Loose = Record<string, unknown>;

/** "Monday 9:00 a.m. – 5:00 p.m., Saturday 10:00 a.m. – 2:00 p.m.; closed from … to …" */
export function hoursText(schedules: readonly Schedule[], t: Translate, language: string): string {
  const openings = weeklyOpenings(schedules.filter((schedule) => !schedule.guichet_closed));
  const days = [...new Set(openings.map((opening) => opening.day))];
  const weekly = days.map(
    (day) =>
      `${formatWeekday(day, language)} ${openings
        .filter((opening) => opening.day === day)
        .map((opening) => `${formatTimeOfDay(opening.opens, language)} – ${formatTimeOfDay(opening.closes, language)}`)
        .join(', ')}`,
  );
  const closures = schedules
    .filter((schedule) => schedule.guichet_closed && schedule.valid_from)
    .map((schedule) => {
      const from = formatDate(schedule.valid_from!, language);
      const to = formatDate(schedule.valid_to ?? schedule.valid_from!, language);
      const text = t('listings.history.closed', { from, to });
      return schedule.description ? `${text} (${schedule.description})` : text;
    });
  const parts = [weekly.join('; '), ...closures].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : t('listings.history.noHours');
}

function listText(items: readonly Loose[], pick: (item: Loose) => unknown): string {
  return items.map(pick).filter((value) => value !== undefined && value !== null && value !== '').join(', ');
}

/** A field's value as a reader reads it. */
export function valueText(field: string, value: unknown, t: Translate, language: string): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('listings.history.empty');
  if (field.startsWith('guichet_translations.')) {
    const entry = value as { text?: string; machine?: boolean };
    return entry.machine ? t('listings.history.machineText', { text: entry.text ?? '' }) : (entry.text ?? '');
  }
  switch (field) {
    case 'schedules':
      return hoursText(value as Schedule[], t, language);
    case 'languages':
      return listText(value as Loose[], (item) => (typeof item.code === 'string' ? languageName(item.code, language) : item.name));
    case 'phones':
      return listText(value as Loose[], (item) => item.number);
    case 'cost_options':
      return listText(value as Loose[], (item) => [item.option, item.amount].filter((part) => part !== null && part !== undefined).join(' '));
    case 'required_documents':
      return listText(value as Loose[], (item) => item.document);
    case 'addresses':
      return listText(value as Loose[], (item) => [item.address_1, item.city, item.postal_code].filter(Boolean).join(', '));
    case 'guichet_delivery':
      return (value as string[]).map((mode) => t(`delivery.${mode as 'in_person'}`)).join(', ');
    case 'guichet_capacity': {
      const capacity = value as { status: 'accepting' | 'waitlist' | 'not_accepting'; note?: string | null };
      return [t(`listings.capacity.${capacity.status}`), capacity.note].filter(Boolean).join(': ');
    }
    case 'guichet_eligibility': {
      const eligibility = value as { statuses: string[] | null; audiences?: string[] };
      const statuses = eligibility.statuses === null ? t('listings.eligibility.openToAll') : eligibility.statuses.map((status) => t(`statuses.${status as 'visitor'}`)).join(', ');
      const audiences = (eligibility.audiences ?? []).map((audience) => t(`audiences.${audience as 'women'}`)).join(', ');
      return [statuses, audiences].filter(Boolean).join('; ');
    }
    case 'guichet_wheelchair_accessible':
      return value ? t('listings.locations.wheelchairYes') : t('listings.locations.wheelchairNo');
    case 'guichet_source_language':
      return languageName(String(value), language);
    case 'assured_date':
      return formatDate(String(value), language);
    case 'locations':
      return t('listings.history.placeCount', { count: (value as unknown[]).length });
  }
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? t('listings.history.yes') : t('listings.history.no');
  return JSON.stringify(value);
}

/** "Service “Volunteer placements”: Arabic: Name" */
export function changeTitle(change: ListingChange, t: Translate, language: string): string {
  const record = t(`listings.history.record.${change.record}`, { name: change.name });
  if (change.field === 'added') return t('listings.history.added', { record });
  if (change.field === 'removed') return t('listings.history.removed', { record });
  const translation = /^guichet_translations\.([^.]+)\.(.+)$/.exec(change.field);
  const field = translation ? t('listings.history.translation', { language: languageName(translation[1]!, language), field: fieldLabel(t, translation[2]!) }) : fieldLabel(t, change.field);
  return t('listings.history.changed', { record, field });
}
