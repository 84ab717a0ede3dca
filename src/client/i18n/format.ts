/** Dates, times, numbers and distances through `Intl`, in the reader's language and Canadian conventions. */

// Building an Intl formatter costs far more than using one, and result cards format on every render.
const formatters = new Map<string, { format(value: number | Date): string }>();
function cached<F extends { format(value: number | Date): string }>(key: string, create: () => F): F {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter as F;
}
const displayNames = new Map<string, Intl.DisplayNames>();

/** The Canadian variant where one exists, so times read "9:00 a.m." and "9 h 00". */
export function intlLocale(language: string): string {
  return language === 'en' || language === 'fr' ? `${language}-CA` : language;
}

// 2024-01-01 was a Monday: day 0 of our week.
const MONDAY = Date.UTC(2024, 0, 1, 12);

export function formatWeekday(day: number, language: string): string {
  return cached(`weekday:${language}`, () => new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' })).format(
    MONDAY + day * 86_400_000,
  );
}

export function formatTimeOfDay(minutes: number, language: string): string {
  const date = new Date(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
  return cached(`time:${language}`, () => new Intl.DateTimeFormat(intlLocale(language), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).format(date);
}

export function formatDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

export function formatDistance(km: number, language: string): string {
  const meters = km < 1;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: meters ? 'meter' : 'kilometer',
    maximumFractionDigits: meters || km >= 10 ? 0 : 1,
  }).format(meters ? Math.round(km * 10) * 100 : km);
}

export function formatMoney(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency }).format(amount);
}

/** A language's name in the reader's language ("arabe" for a French reader). */
export function languageName(code: string, language: string): string {
  try {
    let names = displayNames.get(language);
    if (!names) displayNames.set(language, (names = new Intl.DisplayNames([intlLocale(language)], { type: 'language' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
