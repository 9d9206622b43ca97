"use client";
// A place participants can be dragged to (a table, or "not seated"). Native HTML5 drag and
// drop: the mouse path only; the seating list's <select> is the keyboard and screen-reader way.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ParticipantRow } from "./TablesPanel";

const PARTICIPANT_TYPE = "application/x-samla-participant";

/** Who is being dragged anywhere in the panel, and from which table (null = not seated). */
export type Dragging = { participantId: string; from: string | null } | null;

interface ZoneProps {
  dragging: Dragging;
  /** The table this zone stands for (null = not seated): the dragged person's own is no target. */
  tableId: string | null;
  onDropParticipant: (participantId: string) => void;
  className?: string;
  children: React.ReactNode;
}

export function SeatDropZone({ dragging, tableId, onDropParticipant, className = "", children }: ZoneProps) {
  const t = useTranslations("workshop.tables");
  const [over, setOver] = useState(false);
  const target = dragging !== null && dragging.from !== tableId;
  // While dragging, every other zone shows it takes a drop; the one under the pointer stands out.
  const look = !target ? "border-slate-300 bg-slate-50" : over ? "border-brand-700 bg-brand-100 ring-4 ring-brand-600/40" : "border-dashed border-brand-600 bg-brand-50";
  return (
    <div
      className={`relative rounded-xl border-2 p-4 ${look} ${className}`}
      onDragOver={(e) => {
        if (!target) return;
        e.preventDefault(); // allows the drop
        e.dataTransfer.dropEffect = "move";
      }}
      onDragEnter={() => target && setOver(true)}
      onDragLeave={(e) => {
        // Leaving for one of our own children is not leaving the zone.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer.getData(PARTICIPANT_TYPE) || dragging?.participantId;
        if (target && id) onDropParticipant(id);
      }}
    >
      {children}
      {target && (
        <p aria-hidden="true" className={`mt-3 rounded-lg border-2 border-dashed px-3 py-2 text-center font-semibold ${over ? "border-brand-800 bg-white text-brand-900" : "border-brand-600 text-brand-800"}`}>
          {t("dropHere")}
        </p>
      )}
    </div>
  );
}

interface ChipProps {
  participant: ParticipantRow;
  isDragged: boolean;
  onDragStart: (participantId: string) => void;
  onDragEnd: () => void;
}

/** A participant as a draggable name tag. */
export function ParticipantChip({ participant, isDragged, onDragStart, onDragEnd }: ChipProps) {
  return (
    <li
      draggable
      data-participant={participant.id}
      onDragStart={(e) => {
        e.dataTransfer.setData(PARTICIPANT_TYPE, participant.id);
        e.dataTransfer.setData("text/plain", participant.displayName);
        e.dataTransfer.effectAllowed = "move";
        onDragStart(participant.id);
      }}
      onDragEnd={onDragEnd}
      className={`flex cursor-grab items-baseline gap-x-2 rounded-lg border-2 bg-white px-3 py-1 shadow-sm hover:border-brand-700 active:cursor-grabbing ${isDragged ? "border-dashed border-brand-700 opacity-60" : "border-slate-400"}`}
    >
      <span aria-hidden="true" className="text-muted">⠿</span>
      <span className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">{participant.displayName}</span>
        <span className="text-sm text-muted">{participant.organisation}</span>
      </span>
    </li>
  );
}
