// The languages Samla speaks. Norwegian bokmål is the default (public-sector meetings in
// Norway); English is complete too. The choice is kept in a cookie so it persists.
export const locales = ["nb", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nb";
export const localeCookie = "samla_locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl formatting of dates and numbers. */
export const intlLocale: Record<Locale, string> = { nb: "nb-NO", en: "en-GB" };
