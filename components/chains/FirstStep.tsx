// "Første steg: … – ansvarlig …": what happens first and by whom, the line people take home.
import { useTranslations } from "next-intl";
import type { ActionSnapshot } from "@/lib/board";

export function responsibleText(action: Pick<ActionSnapshot, "responsible" | "responsibleOrganisation">, nobody: string): string {
  const who = [action.responsible.trim(), action.responsibleOrganisation.trim()].filter(Boolean);
  if (who.length === 2) return `${who[0]} (${who[1]})`;
  return who[0] ?? nobody;
}

export function FirstStep({ first, actionCount, large = false }: { first: ActionSnapshot | null; actionCount: number; large?: boolean }) {
  const t = useTranslations("chains");
  const text = first
    ? t("first.text", { what: first.what.trim(), who: responsibleText(first, t("first.nobody")) })
    : t(actionCount > 0 ? "first.allDoneOrEmpty" : "first.none");
  return (
    <p data-testid="first-step" className={`rounded-xl border-l-8 border-brand-700 bg-brand-50 px-4 py-3 font-semibold text-brand-900 ${large ? "text-3xl" : "text-xl"}`}>
      <span aria-hidden="true">➜ </span>
      {text}
    </p>
  );
}
