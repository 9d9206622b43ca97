// The organiser's follow-up view as a spreadsheet: one row per owned action with its agreed and
// current values, its category, the last comment and the owner's link (so the organiser can send
// it on). Written by the same xlsx renderer as the reports (text never runs as a formula).
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import { isLocale } from "@/i18n/locales";
import type { FollowUpRow } from "../../../lib/contract/followUp";
import { renderXlsx } from "../render/xlsx";

const columns = [
  "workshop",
  "table",
  "focusArea",
  "goal",
  "number",
  "what",
  "responsible",
  "organisation",
  "category",
  "status",
  "progress",
  "agreedDeadline",
  "deadline",
  "lastUpdate",
  "lastComment",
  "updates",
  "link",
] as const;

export async function followUpXlsx(rows: readonly FollowUpRow[], language: string, title: string): Promise<Buffer> {
  const locale = isLocale(language) ? language : "nb";
  const translator = createTranslator({ locale, messages: loadMessages(locale), namespace: "followUp" as never });
  const t = translator as unknown as (key: string) => string;
  const sheetRows = rows.map((r) => [
    r.workshopTitle,
    r.tableName ?? t("export.plenary"),
    r.focusAreaTitle ?? "",
    r.chainGoal,
    r.number,
    r.what,
    r.responsible,
    r.responsibleOrganisation,
    t(`categories.${r.category}`),
    t(`status.${r.state.status}`),
    r.state.progress,
    r.agreed.deadline ?? "",
    r.state.deadline ?? "",
    r.state.lastUpdateAt ?? "",
    r.state.history.at(-1)?.comment ?? "",
    r.state.history.length,
    r.link?.url ?? "",
  ]);
  return renderXlsx([{ key: "followUp" as const, columns: columns.map((c) => t(`export.columns.${c}`)), rows: sheetRows }], () => t("export.sheet"), title);
}

/** The follow-up spreadsheet as a download (the workshop's and the programme's export routes). */
export async function followUpXlsxResponse(rows: readonly FollowUpRow[], language: string, title: string): Promise<Response> {
  const body = await followUpXlsx(rows, language, title);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="oppfolging.xlsx"`,
      "cache-control": "no-store",
    },
  });
}
