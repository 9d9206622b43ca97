// The calendar's words in the workshop's language (calendar apps send no language cookie).
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import { isLocale } from "@/i18n/locales";
import type { FollowUpRow } from "../../../lib/contract/followUp";
import type { CalendarTexts } from "./calendar";

export function calendarTexts(language: string, name: string): CalendarTexts {
  const locale = isLocale(language) ? language : "nb";
  const translator = createTranslator({ locale, messages: loadMessages(locale), namespace: "followUp" as never });
  const t = translator as unknown as (key: string, values?: Record<string, string | number>) => string;
  const owner = (row: FollowUpRow) => [row.responsible, row.responsibleOrganisation].filter((s) => s.trim()).join(", ");
  return {
    name: t("calendar.name", { name }),
    summary: (row) => t(row.state.status === "done" ? "calendar.summaryDone" : "calendar.summary", { what: row.what.trim() }),
    description: (row) =>
      [
        t("calendar.chain", { goal: row.chainGoal.trim() || "–" }),
        t("calendar.responsible", { who: owner(row) || "–" }),
        t("calendar.state", { status: t(`status.${row.state.status}`), progress: row.state.progress }),
        t("calendar.workshop", { workshop: row.workshopTitle }),
      ].join("\n"),
  };
}
