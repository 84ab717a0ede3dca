/** Dates, times, numbers and distances through `Intl`, in the reader's language and Canadian conventions. */

/** The Canadian variant where one exists, so times read "9:00 a.m." and "9 h 00". */
export function intlLocale(language: string): string {
  return language === 'en' || language === 'fr' ? `${language}-CA` : language;
}

// 2024-01-01 was a Monday: day 0 of our week.
const MONDAY = Date.UTC(2024, 0, 1, 12);

export function formatWeekday(day: number, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(MONDAY + day * 86_400_000);
}

export function formatTimeOfDay(minutes: number, language: string): string {
  const date = new Date(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
  return new Intl.DateTimeFormat(intlLocale(language), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
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
    return new Intl.DisplayNames([intlLocale(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
