// Default names of things the server creates inside a workshop (boards, tables, copies). They
// are content in the workshop's own language, which the facilitator can rename, not UI text.
import type { Locale } from "../../lib/domain/templates/methodTemplates";

export const workshopNames = {
  plenaryBoard: (locale: Locale) => (locale === "nb" ? "Plenum" : "Plenary"),
  table: (locale: Locale, n: number) => (locale === "nb" ? `Bord ${n}` : `Table ${n}`),
  copyTitle: (locale: Locale, title: string) => `${title} (${locale === "nb" ? "kopi" : "copy"})`.slice(0, 200),
};

export function workshopLocale(language: string): Locale {
  return language === "en" ? "en" : "nb";
}
