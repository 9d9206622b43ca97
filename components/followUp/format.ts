// Dates and times on the follow-up screens, in the page's language.
import { intlLocale, isLocale } from "@/i18n/locales";

export function dateText(iso: string | null, locale: string, none: string): string {
  if (!iso) return none;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[isLocale(locale) ? locale : "nb"], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export function timeText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale[isLocale(locale) ? locale : "nb"], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" }).format(new Date(iso));
}
