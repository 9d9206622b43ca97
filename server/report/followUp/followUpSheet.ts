// The organiser's follow-up view as a spreadsheet: one row per owned action with its agreed and
// current values, its category, the last comment and the owner's link (so the organiser can send
// it on). Written by the same xlsx renderer as the reports (text never runs as a formula).
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import { isLocale } from "@/i18n/locales";
import type { FollowUpRow } from "../../../lib/contract/followUp";
import { renderXlsx } from "../render/xlsx";
import type { ExportFile } from "../export";
import { fileStem } from "../fileStem";

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

/** The spreadsheet, named after the workshop or programme and the sheet in its language ("…-oppfolging.xlsx", "…-follow-up.xlsx"). */
export async function followUpFile(rows: readonly FollowUpRow[], language: string, title: string): Promise<ExportFile> {
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
  const body = await renderXlsx([{ key: "followUp" as const, columns: columns.map((c) => t(`export.columns.${c}`)), rows: sheetRows }], () => t("export.sheet"), title);
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `${fileStem(title, null)}-${fileStem(t("export.sheet"), null)}.xlsx`,
  };
}
