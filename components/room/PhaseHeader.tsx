"use client";

import { useTranslations } from "next-intl";
import type { RoomPhase } from "@/lib/contract/room";

/** The current phase's title and prompt, big enough to read without leaning in. */
export function PhaseHeader({ phase, index, total, headingId }: { phase: RoomPhase | null; index: number; total: number; headingId?: string }) {
  const t = useTranslations("room");
  if (!phase) {
    return (
      <div>
        <h1 id={headingId} tabIndex={-1} className="text-3xl font-bold">
          {t("lobbyTitle")}
        </h1>
        <p className="mt-2 text-xl text-muted">{t("lobbyText")}</p>
      </div>
    );
  }
  return (
    <div>
      <p className="text-lg font-semibold text-muted">{t("phaseOf", { number: index + 1, total })}</p>
      <h1 id={headingId} tabIndex={-1} className="text-3xl font-bold" data-testid="phase-title">
        {phase.title}
      </h1>
      {phase.prompt && <p className="mt-2 max-w-4xl whitespace-pre-line text-2xl leading-snug">{phase.prompt}</p>}
    </div>
  );
}
