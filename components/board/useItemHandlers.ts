// The handlers every note and every area on the canvas share: selection, the start of a drag or
// a resize, editing, and the keyboard (Enter edits, Space toggles, arrows nudge, Delete). Made
// once per canvas, reading the latest props, so NoteCard and AreaFrame never re-render for a
// new handler object.
"use client";
import { useRef } from "react";
import type { FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";
import type { AreaHandlers } from "./AreaFrame";
import type { BoardActions } from "./boardActions";
import type { NoteHandlers } from "./NoteCard";
import { nudge } from "./nudge";

export interface ItemProps {
  notes: NoteSnapshot[];
  selection: ReadonlySet<string>;
  onSelect(ids: Set<string>): void;
  onSelectArea(id: string | null): void;
  editingId: string | null;
  onEdit(id: string | null): void;
  actions: BoardActions | null;
  readOnly: boolean;
  onDelete(notes: NoteSnapshot[]): void;
}

interface Starts {
  startDrag(e: React.PointerEvent, noteIds: string[], area: FocusAreaSnapshot | null): void;
  startResize(e: React.PointerEvent, item: { id: string; w: number; h: number }, isArea: boolean): void;
}

export function useItemHandlers(latest: React.RefObject<ItemProps>, { startDrag, startResize }: Starts): { notes: NoteHandlers; areas: AreaHandlers } {
  // A click chooses the selection in pointerDown; only keyboard focus selects on focus.
  const keyboardFocus = useRef(true);

  const noteHandlers = useRef<NoteHandlers>(null!);
  noteHandlers.current ??= {
    pointerDown(e, note) {
      if (e.button !== 0 || latest.current.editingId === note.id) return;
      e.stopPropagation();
      keyboardFocus.current = false;
      const current = latest.current.selection;
      let next: Set<string>;
      if (e.shiftKey) {
        next = new Set(current);
        if (next.has(note.id)) next.delete(note.id);
        else next.add(note.id);
      } else next = current.has(note.id) ? new Set(current) : new Set([note.id]);
      latest.current.onSelect(next);
      latest.current.onSelectArea(null);
      if (!latest.current.readOnly && next.has(note.id)) startDrag(e, [...next], null);
    },
    resizeDown(e, note) {
      e.stopPropagation();
      startResize(e, note, false);
    },
    focus(note) {
      // Tabbing onto a note selects it; a click already chose the selection in pointerDown.
      if (keyboardFocus.current && !latest.current.selection.has(note.id)) latest.current.onSelect(new Set([note.id]));
      keyboardFocus.current = true;
    },
    keyDown(e, note) {
      const p = latest.current;
      if (e.key === "Enter" && !p.readOnly) {
        e.preventDefault();
        p.onEdit(note.id);
      } else if (e.key === " ") {
        e.preventDefault();
        const next = new Set(p.selection);
        if (next.has(note.id)) next.delete(note.id);
        else next.add(note.id);
        p.onSelect(next);
      } else if (e.key.startsWith("Arrow") && !p.readOnly) {
        e.preventDefault();
        e.stopPropagation();
        const ids = p.selection.has(note.id) ? p.selection : new Set([note.id]);
        p.actions?.move(nudge(p.notes.filter((n) => ids.has(n.id)), e.key, e.shiftKey));
      } else if ((e.key === "Delete" || e.key === "Backspace") && !p.readOnly) {
        e.preventDefault();
        const ids = p.selection.has(note.id) ? p.selection : new Set([note.id]);
        p.onDelete(p.notes.filter((n) => ids.has(n.id)));
      } else if (e.key === "Escape") {
        p.onSelect(new Set());
      }
    },
    startEditing: (id) => latest.current.onEdit(id),
    stopEditing: () => latest.current.onEdit(null),
    setText: (id, text) => latest.current.actions?.setText(id, text),
  };

  const areaHandlers = useRef<AreaHandlers>(null!);
  areaHandlers.current ??= {
    pointerDown(e, area) {
      if (e.button !== 0) return;
      e.stopPropagation();
      latest.current.onSelectArea(area.id);
      latest.current.onSelect(new Set());
      if (latest.current.readOnly) return;
      startDrag(e, latest.current.notes.filter((n) => n.focusAreaId === area.id).map((n) => n.id), area);
    },
    resizeDown(e, area) {
      e.stopPropagation();
      startResize(e, area, true);
    },
    select: (area) => latest.current.onSelectArea(area.id),
    keyDown(e, area) {
      const p = latest.current;
      if (!e.key.startsWith("Arrow") || p.readOnly) return;
      e.preventDefault();
      e.stopPropagation();
      const members = p.notes.filter((n) => n.focusAreaId === area.id);
      p.actions?.move(nudge([area, ...members], e.key, e.shiftKey));
    },
  };

  return { notes: noteHandlers.current, areas: areaHandlers.current };
}
