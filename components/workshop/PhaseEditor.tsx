"use client";

import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { GROUP_MODES, PHASE_KINDS, type GroupMode, type PhaseKind } from "@/lib/domain/templates/phase";
import { Alert } from "./Alert";
import { sendJson, type ApiError } from "./api";
import { ConfirmButton } from "./ConfirmButton";
import { buttonPrimary, buttonSecondary, buttonSmall, inputClass } from "./styles";
import { useErrorText } from "./useErrorText";

export type PhaseRow = { id: string; kind: PhaseKind; title: string; prompt: string; timeboxMinutes: number | null; groupMode: GroupMode; silentWriting: boolean };

type Edit =
  | { op: "add"; phase: Omit<PhaseRow, "id"> }
  | { op: "remove"; index: number }
  | { op: "move"; from: number; to: number }
  | { op: "update"; index: number; patch: Partial<Omit<PhaseRow, "id">> };

/**
 * Every button sends one edit with the ids the editor shows; a co-facilitator's change in
 * between is caught by the server (phasesChanged) and the list reloads instead of guessing.
 */
export function PhaseEditor({ workshopId, initial }: { workshopId: string; initial: PhaseRow[] }) {
  const t = useTranslations("workshop.phases");
  const router = useRouter();
  const errorText = useErrorText();
  const [phases, setPhases] = useState(initial);
  const [announce, setAnnounce] = useState("");
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  async function apply(edit: Edit, done: (phases: PhaseRow[]) => string): Promise<boolean> {
    setError(null);
    const res = await sendJson<{ phases: PhaseRow[] }>("POST", `/api/workshops/${workshopId}/phases`, { expectedIds: phases.map((p) => p.id), edits: [edit] });
    if (!res.ok) {
      setError(errorText(res.error as ApiError));
      // The page keys this editor on the phase ids, so the refresh remounts it with the new list.
      if (res.error.error === "phasesChanged") router.refresh();
      return false;
    }
    // Drawn now, so a caller can move focus in the new list straight away.
    flushSync(() => {
      setPhases(res.data.phases);
      setAnnounce(done(res.data.phases));
    });
    return true;
  }

  async function move(index: number, to: number) {
    const id = phases[index].id;
    const ok = await apply({ op: "move", from: index, to }, () => t("moved", { title: phases[index].title, position: to + 1 }));
    if (!ok) return;
    // The moved phase's button may now be disabled (top or bottom): keep focus on the phase.
    const preferred = list.current?.querySelector<HTMLButtonElement>(`[data-phase="${id}"][data-action="${to < index ? "up" : "down"}"]`);
    const fallback = list.current?.querySelector<HTMLButtonElement>(`[data-phase="${id}"][data-action="${to < index ? "down" : "up"}"]`);
    (preferred && !preferred.disabled ? preferred : fallback)?.focus();
  }

  return (
    <div className="space-y-4">
      <p role="status" aria-live="polite" className="sr-only">
        {announce}
      </p>
      {error && <Alert kind="error">{error}</Alert>}
      <ol ref={list} className="space-y-4">
        {phases.map((phase, index) => (
          <li key={phase.id} className="rounded-xl border-2 border-slate-300 bg-white p-4">
            <PhaseCard
              phase={phase}
              index={index}
              count={phases.length}
              onSave={(patch) => apply({ op: "update", index, patch }, () => t("savedPhase", { title: patch.title ?? phase.title }))}
              onMove={(to) => move(index, to)}
              onRemove={() => apply({ op: "remove", index }, () => t("removed", { title: phase.title }))}
            />
          </li>
        ))}
      </ol>
      <AddPhaseForm onAdd={(phase) => apply({ op: "add", phase }, () => t("added", { title: phase.title }))} />
    </div>
  );
}

interface CardProps {
  phase: PhaseRow;
  index: number;
  count: number;
  onSave: (patch: Partial<Omit<PhaseRow, "id">>) => Promise<boolean>;
  onMove: (to: number) => void;
  onRemove: () => void;
}

function PhaseCard({ phase, index, count, onSave, onMove, onRemove }: CardProps) {
  const t = useTranslations("workshop.phases");
  const [draft, setDraft] = useState({ title: phase.title, prompt: phase.prompt, timebox: phase.timeboxMinutes?.toString() ?? "", groupMode: phase.groupMode, silentWriting: phase.silentWriting });
  const [saved, setSaved] = useState(false);
  const base = `phase-${phase.id}`;
  const timebox = draft.timebox.trim() === "" ? null : Number(draft.timebox);
  const timeboxValid = timebox === null || (Number.isInteger(timebox) && timebox >= 1 && timebox <= 600);
  const dirty = draft.title !== phase.title || draft.prompt !== phase.prompt || timebox !== phase.timeboxMinutes || draft.groupMode !== phase.groupMode || draft.silentWriting !== phase.silentWriting;

  return (
    <form
      aria-labelledby={`${base}-heading`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!timeboxValid || draft.title.trim() === "") return;
        setSaved(await onSave({ title: draft.title, prompt: draft.prompt, timeboxMinutes: timebox, groupMode: draft.groupMode, silentWriting: draft.silentWriting }));
      }}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={`${base}-heading`} className="text-xl font-bold">
          {t("heading", { n: index + 1, title: phase.title })}
        </h3>
        <div className="flex flex-wrap gap-2">
          <button type="button" data-phase={phase.id} data-action="up" className={buttonSmall} disabled={index === 0} onClick={() => onMove(index - 1)}>
            ↑ {t("moveUp")}
            <span className="sr-only">: {phase.title}</span>
          </button>
          <button type="button" data-phase={phase.id} data-action="down" className={buttonSmall} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            ↓ {t("moveDown")}
            <span className="sr-only">: {phase.title}</span>
          </button>
          <ConfirmButton
            label={<>{t("remove")}<span className="sr-only">: {phase.title}</span></>}
            question={t("removeQuestion", { title: phase.title })}
            confirmLabel={t("removeConfirm")}
            onConfirm={onRemove}
            disabled={count === 1}
            className={`${buttonSmall} border-red-800 text-red-800`}
          />
        </div>
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-[1fr_9rem_19rem]">
        <div>
          <label htmlFor={`${base}-title`} className="block font-semibold">{t("title")}</label>
          <input id={`${base}-title`} value={draft.title} maxLength={120} required onChange={(e) => { setDraft({ ...draft, title: e.target.value }); setSaved(false); }} className={inputClass} />
        </div>
        <div>
          <label htmlFor={`${base}-timebox`} className="block font-semibold">{t("timebox")}</label>
          <input
            id={`${base}-timebox`}
            type="number"
            min={1}
            max={600}
            inputMode="numeric"
            aria-invalid={!timeboxValid || undefined}
            aria-describedby={!timeboxValid ? `${base}-timebox-error` : undefined}
            value={draft.timebox}
            onChange={(e) => { setDraft({ ...draft, timebox: e.target.value }); setSaved(false); }}
            className={inputClass}
          />
          {!timeboxValid && <p id={`${base}-timebox-error`} className="mt-1 font-medium text-red-800">{t("timeboxInvalid")}</p>}
        </div>
        <div>
          <label htmlFor={`${base}-mode`} className="block font-semibold">{t("groupMode")}</label>
          <select id={`${base}-mode`} value={draft.groupMode} onChange={(e) => { setDraft({ ...draft, groupMode: e.target.value as GroupMode }); setSaved(false); }} className={inputClass}>
            {GROUP_MODES.map((m) => (
              <option key={m} value={m}>{t(`modes.${m}`)}</option>
            ))}
          </select>
        </div>
        <div className="md:col-span-3 flex items-center gap-2">
          <input id={`${base}-silent`} type="checkbox" className="h-5 w-5" checked={draft.silentWriting} aria-describedby={`${base}-silent-help`} onChange={(e) => { setDraft({ ...draft, silentWriting: e.target.checked }); setSaved(false); }} />
          <label htmlFor={`${base}-silent`} className="font-semibold">{t("silentWriting")}</label>
          <span id={`${base}-silent-help`} className="text-muted">{t("silentWritingHelp")}</span>
        </div>
        <div className="md:col-span-3">
          <label htmlFor={`${base}-prompt`} className="block font-semibold">{t("prompt")}</label>
          <textarea id={`${base}-prompt`} rows={2} maxLength={2000} value={draft.prompt} onChange={(e) => { setDraft({ ...draft, prompt: e.target.value }); setSaved(false); }} className={inputClass} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonSecondary} disabled={!dirty || !timeboxValid || draft.title.trim() === ""}>
          {t("save")}
          <span className="sr-only">: {phase.title}</span>
        </button>
        {dirty && <span className="font-medium">{t("unsaved")}</span>}
        {saved && !dirty && <span className="font-medium text-green-900">✓ {t("saved")}</span>}
      </div>
    </form>
  );
}

function AddPhaseForm({ onAdd }: { onAdd: (phase: Omit<PhaseRow, "id">) => Promise<boolean> }) {
  const t = useTranslations("workshop.phases");
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<PhaseKind>("plenary");
  const [groupMode, setGroupMode] = useState<GroupMode>("plenary");
  return (
    <form
      className="rounded-xl border-2 border-dashed border-slate-400 p-4"
      aria-labelledby="add-phase-heading"
      onSubmit={async (e) => {
        e.preventDefault();
        if (title.trim() === "") return;
        if (await onAdd({ kind, title: title.trim(), prompt: "", timeboxMinutes: 30, groupMode, silentWriting: false })) setTitle("");
      }}
    >
      <h3 id="add-phase-heading" className="text-xl font-bold">{t("addHeading")}</h3>
      <div className="mt-3 grid gap-3 md:grid-cols-3">
        <div>
          <label htmlFor="add-phase-title" className="block font-semibold">{t("title")}</label>
          <input id="add-phase-title" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} className={inputClass} />
        </div>
        <div>
          <label htmlFor="add-phase-kind" className="block font-semibold">{t("kind")}</label>
          <select id="add-phase-kind" value={kind} onChange={(e) => setKind(e.target.value as PhaseKind)} className={inputClass}>
            {PHASE_KINDS.map((k) => (
              <option key={k} value={k}>{t(`kinds.${k}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="add-phase-mode" className="block font-semibold">{t("groupMode")}</label>
          <select id="add-phase-mode" value={groupMode} onChange={(e) => setGroupMode(e.target.value as GroupMode)} className={inputClass}>
            {GROUP_MODES.map((m) => (
              <option key={m} value={m}>{t(`modes.${m}`)}</option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className={`${buttonPrimary} mt-3`} disabled={title.trim() === ""}>
        {t("add")}
      </button>
    </form>
  );
}
