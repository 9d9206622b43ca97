"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProjectorLinkPanel, type ProjectorLinkProps } from "@/components/present/ProjectorLinkPanel";
import { ConnectionStatus } from "../ConnectionStatus";
import { JoinInfo, type JoinInfoProps } from "../JoinInfo";
import { PhaseHeader } from "../PhaseHeader";
import { useRoom } from "../useRoom";
import { BoardsPanel } from "./BoardsPanel";
import { FollowAndBroadcast } from "./FollowAndBroadcast";
import { GatherControls } from "./GatherControls";
import { SilentWritingControls } from "./SilentWritingControls";
import { LockControls } from "./LockControls";
import { ParticipantsPanel } from "./ParticipantsPanel";
import { PhaseStepper } from "./PhaseStepper";
import { PresencePanel } from "./PresencePanel";
import { SendTopAreasControls } from "./SendTopAreasControls";
import { TimerControls } from "./TimerControls";
import { useAction } from "./useAction";

/** The facilitator's control desk for a running workshop. */
export function FacilitatorRun({ workshopId, join, projector }: { workshopId: string; join: JoinInfoProps; projector: ProjectorLinkProps }) {
  const t = useTranslations("room");
  const room = useRoom(workshopId);
  const { run, feedback, busy } = useAction(room);
  const [panelNote, setPanelNote] = useState<{ ok: boolean; text: string } | null>(null);
  const { state } = room;
  if (!state) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-8">
        <ConnectionStatus status={room.status} />
        <p className="mt-4 text-xl">{t("loading")}</p>
      </div>
    );
  }
  const index = state.phases.findIndex((p) => p.id === state.currentPhaseId);
  const phase = index >= 0 ? state.phases[index] : null;
  const note = panelNote ?? feedback;
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-5 px-4 py-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-lg text-muted">{t("runTitle")}</p>
          <p className="text-2xl font-bold">{state.title}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link href={`/workshops/${workshopId}`} className="rounded-lg border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t("backToSetup")}
          </Link>
          <Link href={`/present/${workshopId}`} target="_blank" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("openProjector")}
          </Link>
          <ConnectionStatus status={room.status} />
        </div>
      </div>
      <p role="status" aria-live="polite" className={`min-h-8 text-lg font-semibold ${note?.ok === false ? "text-red-800" : "text-green-900"}`} data-testid="action-feedback">
        {note ? `${note.ok ? "✓" : "×"} ${note.text}` : ""}
      </p>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-5">
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <PhaseHeader phase={phase} index={index} total={state.phases.length} />
          </div>
          <PhaseStepper
            state={state}
            busy={busy}
            go={(phaseId, title) => {
              setPanelNote(null);
              void run("phase:set", { phaseId }, t("phaseSetDone", { title }));
            }}
          />
          <TimerControls room={room} state={state} phase={phase} run={(...args) => (setPanelNote(null), run(...args))} busy={busy} />
        </div>
        <div className="flex flex-col gap-5">
          <BoardsPanel room={room} state={state} run={(...args) => (setPanelNote(null), run(...args))} busy={busy} />
          <JoinInfo {...join} />
          <ProjectorLinkPanel {...projector} />
          <PresencePanel state={state} />
          <LockControls state={state} run={(...args) => (setPanelNote(null), run(...args))} busy={busy} />
          <SilentWritingControls room={room} state={state} />
          <GatherControls room={room} hasTables={state.boards.some((b) => b.tableId !== null)} />
          <SendTopAreasControls room={room} hasTables={state.boards.some((b) => b.tableId !== null)} />
          <FollowAndBroadcast state={state} run={(...args) => (setPanelNote(null), run(...args))} busy={busy} />
          <ParticipantsPanel state={state} onResult={(ok, text) => setPanelNote({ ok, text })} />
        </div>
      </div>
    </div>
  );
}
