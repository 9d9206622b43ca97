// Chain problems in words. Gaps (no goal, nobody responsible yet) are gentle reminders; errors
// are values a non-UI client wrote that the views had to set aside, so people know to fix them.
import { useTranslations } from "next-intl";
import type { ChainProblem } from "@/lib/domain/chains/checkChain";

export function ProblemList({ problems, includeWarnings = false }: { problems: ChainProblem[]; includeWarnings?: boolean }) {
  const t = useTranslations("chains");
  const shown = problems.filter((p) => includeWarnings || p.severity === "error");
  if (shown.length === 0) return null;
  return (
    <div className="rounded-lg border-2 border-amber-800 bg-amber-50 px-3 py-2 text-lg text-amber-950" data-testid="chain-problems">
      <p className="font-semibold">{t("problems.heading")}</p>
      <ul className="list-disc pl-6">
        {shown.map((p, i) => (
          <li key={`${p.code}-${p.actionId}-${i}`}>{t(`problems.${p.code}`)}</li>
        ))}
      </ul>
    </div>
  );
}
