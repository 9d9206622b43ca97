"use client";
import { useTranslations } from "next-intl";
import type { Progress } from "@/lib/contract/voting";

/** "23 av 31 har stemt" with a bar; the text is the information, the bar a picture of it. */
export function VotingProgress({ progress, large = false }: { progress: Progress | null; large?: boolean }) {
  const t = useTranslations("voting");
  if (!progress) return null;
  const { voted, eligible } = progress;
  return (
    <div className="flex flex-col gap-2">
      <p className={large ? "text-4xl font-bold" : "text-xl font-semibold"} data-testid="vote-progress">
        {t("progress", { voted, eligible })}
      </p>
      <progress className={`w-full ${large ? "h-6" : "h-3"} accent-brand-700`} max={Math.max(eligible, 1)} value={Math.min(voted, Math.max(eligible, 1))} aria-label={t("progressLabel")} />
    </div>
  );
}
