"use client";

import { useTranslations } from "next-intl";
import type { RoomPhase } from "@/lib/contract/room";

/**
 * The place the voting and action-chain features fill. Until they do, participants get a
 * clear "follow the facilitator" text rather than an empty area.
 */
export function PhaseSlot({ phase }: { phase: RoomPhase }) {
  const t = useTranslations("room");
  return (
    <div className="rounded-xl border-2 border-dashed border-slate-400 bg-white p-6" data-testid={`phase-slot-${phase.kind}`}>
      <p className="text-xl">{t(phase.kind === "prioritising" ? "slotPrioritising" : "slotActionChains")}</p>
    </div>
  );
}
