// Report texts in the workshop's language, from messages/<locale>/export.json, through the
// same ICU formatter the UI uses (plurals, placeholders), without a request context.
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import type { ReportLanguage } from "./types";

export type ReportT = (key: string, values?: Record<string, string | number>) => string;

export interface ReportTexts {
  t: ReportT;
  /** "12. mars 2026" / "12 March 2026"; the ISO value itself when it is not a date. */
  date(iso: string | null): string;
  percent(share: number): string;
  sector(sector: string | null): string;
}

export function reportTexts(language: ReportLanguage): ReportTexts {
  const messages = loadMessages(language);
  const translator = createTranslator({ locale: language, messages, namespace: "export.report" as never });
  const t: ReportT = (key, values) => (translator as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
  const locale = language === "nb" ? "nb-NO" : "en-GB";
  const dateFormat = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo" });
  const percentFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const knownSectors = new Set(["kommune", "fylkeskommune", "helseforetak", "stat", "universitet", "frivillighet", "naeringsliv", "annet"]);
  return {
    t,
    date(iso) {
      if (!iso) return t("notGiven");
      const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
      return Number.isNaN(parsed.getTime()) ? iso : dateFormat.format(parsed);
    },
    percent: (share) => percentFormat.format(share),
    sector: (sector) => (sector === null || sector === "" ? t("notGiven") : knownSectors.has(sector) ? t(`sectors.${sector}`) : sector),
  };
}
