// The real-time sticky-note board: a canvas and an equivalent list view of one board document.
//
// Usage (client component; the page supplies who the person is, the server re-checks it):
//
//   <Board workshopId={w.id} boardId={b.id}
//          me={{ id: participant.id, name, organisation, kind: "participant" }}
//          readOnly={board.locked} prompt={phase.prompt} anonymous={w.anonymous} />
//
// Props
//   workshopId  the workshop the board belongs to (for links and future per-workshop state)
//   boardId     the Board row id; also the Yjs room: ws(s)://<this origin>/yjs/<boardId>
//   me          { id, name, organisation, kind: "participant" | "facilitator" | "observer" };
//               id is written as the author of new notes; facilitators may delete any note
//   readOnly?   true when the page knows the board is locked for this person (facilitators may
//               still arrange a locked board); observers are always read-only. When the server
//               refuses an edit anyway, the board says why and shows the server's copy again.
//   prompt?     the phase's question, shown above the board
//   anonymous?  the workshop hides names: new notes store no author name, none are shown
//   title?      heading for the board (e.g. the table name)
//   phaseId?    the workshop's current phase; new notes record it (the report groups by phase)
//   onSaveState? told "saved" | "saving" | "offline" as it changes (silent writing hands over
//               from a private board only once everything on it is saved)
//   banner?     a notice kept in view that takes no height from the canvas: the top of the side
//               panel (above the list in list view); silent writing's notice and share button
//
// The document lives in IndexedDB too, so edits survive a dropped connection and a reload
// while offline. The "saved" indicator reflects the server's durable acknowledgements.
"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { BoardColour, FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";
import type { BoardProps } from "@/lib/contract/boardPage";
import { createBoardActions, freeSpot } from "./boardActions";
import { BoardToolbar } from "./BoardToolbar";
import { Canvas, type CanvasHandle } from "./Canvas";
import { FilterBar } from "./FilterBar";
import { emptyFilter, isFilterActive, matchesFilter, organisationsOf } from "./filter";
import { ListView } from "./ListView";
import { spotForNewArea, spotForNewNote, useSettleNewNotes } from "./notePlacement";
import { RefusalNotice } from "./RefusalNotice";
import { SidePanel } from "./SidePanel";
import { useBoardConnection, type SaveState } from "./useBoardConnection";
import { useBoardSnapshot } from "./useBoardSnapshot";
import { useChangeAnnouncer } from "./useChangeAnnouncer";
import { usePresence } from "./usePresence";
import { contains } from "./viewport";

export type { BoardMe } from "./types";

export type { BoardProps };

export function Board({ boardId, me, readOnly: lockedByPage = false, prompt, anonymous = false, title, phaseId = null, onSaveState, banner }: BoardProps & { onSaveState?: (save: SaveState) => void; banner?: React.ReactNode }) {
  const t = useTranslations("board");
  const connection = useBoardConnection(boardId);
  const save = connection?.save ?? "offline";
  useEffect(() => onSaveState?.(save), [onSaveState, save]);
  const announcer = useChangeAnnouncer();
  const [snapshot, flushSnapshot] = useBoardSnapshot(connection?.doc ?? null, connection?.origin, { onChange: announcer.onChange });
  const { others, setCursor } = usePresence(connection?.provider ?? null, me);
  const [view, setView] = useState<"canvas" | "list">("canvas");
  const [filter, setFilter] = useState(emptyFilter);
  const [selection, setSelection] = useState<Set<string>>(() => new Set());
  const [selectedArea, setSelectedArea] = useState<string | null>(null);
  const [namingArea, setNamingArea] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const canvas = useRef<CanvasHandle>(null);

  const readOnly = lockedByPage || me.kind === "observer" || Boolean(connection?.resyncing);
  const actions = useMemo(() => (connection ? createBoardActions(connection.doc, connection.origin, me, anonymous, phaseId) : null), [connection?.doc, connection?.origin, me, anonymous, phaseId]); // eslint-disable-line react-hooks/exhaustive-deps
  const markNew = useSettleNewNotes(connection?.doc ?? null, connection?.origin, actions);
  const shownNotes = useMemo(() => (isFilterActive(filter) ? snapshot.notes.filter((n) => matchesFilter(n, filter)) : snapshot.notes), [snapshot.notes, filter]);
  const organisations = useMemo(() => organisationsOf(snapshot.notes), [snapshot.notes]);
  const selectedNotes = useMemo(() => snapshot.notes.filter((n) => selection.has(n.id)), [snapshot.notes, selection]);
  const area = snapshot.focusAreas.find((a) => a.id === selectedArea) ?? null;

  const createNote = useCallback(
    (point: { x: number; y: number }, edit = true) => {
      if (!actions || readOnly || !connection) return;
      const at = spotForNewNote(connection.doc, point);
      const inside = [...snapshot.focusAreas].reverse().find((a) => contains(a, at.x + 10, at.y + 10));
      const id = actions.addNote({ x: at.x, y: at.y, focusAreaId: inside?.id ?? null });
      markNew(id);
      setSelection(new Set([id]));
      setSelectedArea(null);
      if (edit) {
        // Render the note and its editor in this event, so the next key lands in it.
        flushSnapshot();
        setEditingId(id);
      }
    },
    [actions, readOnly, connection, markNew, snapshot.focusAreas, flushSnapshot],
  );

  /** Opens a note's text for editing, if it is this person's to rewrite (lib/board/authorship.ts). */
  const startEditing = useCallback(
    (id: string | null) => {
      const note = id === null ? null : snapshot.notes.find((n) => n.id === id);
      if (note && actions && !actions.canRewrite(note)) return setNotice(t("note.onlyOwn"));
      setEditingId(id);
    },
    [actions, snapshot.notes, t],
  );

  const deleteNotes = useCallback(
    (notes: NoteSnapshot[]) => {
      if (!actions || readOnly) return;
      const count = actions.remove(notes);
      setSelection(new Set());
      setNotice(count < notes.length ? t("note.deletedSome", { count, skipped: notes.length - count }) : t("note.deleted", { count }));
    },
    [actions, readOnly, t],
  );

  const newArea = useCallback(
    (notes: NoteSnapshot[], title = "") => {
      if (!actions || readOnly || !connection) return;
      // Beside its notes, else the middle of the view, in free space; below everything from the list view.
      const centre = canvas.current?.centre();
      const origin = notes.length > 0 || centre ? spotForNewArea(connection.doc, notes, centre ?? { x: 0, y: 0 }) : "free";
      const id = actions.createArea({ at: origin, title, notes });
      if (origin !== "free") canvas.current?.reveal(origin);
      setSelection(new Set());
      setSelectedArea(id);
      setNotice(t("area.created"));
      // An untitled area is named right away: its title field takes focus when the side panel
      // shows it. Drawn in this event, so a slow laptop cannot leave focus on the button, where
      // the name would be lost and Enter would make a second area.
      if (!title) {
        flushSnapshot();
        setNamingArea(id);
      }
    },
    [actions, readOnly, connection, t, flushSnapshot],
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const typing = target.closest("input, textarea, select, [contenteditable]") !== null;
    if (typing || !connection) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === "z" && !readOnly) {
      e.preventDefault();
      if (e.shiftKey) connection.undo.redo();
      else connection.undo.undo();
    } else if (mod && e.key.toLowerCase() === "y" && !readOnly) {
      e.preventDefault();
      connection.undo.redo();
    } else if (!mod && !e.altKey && e.key.toLowerCase() === "n" && view === "canvas" && !readOnly) {
      e.preventDefault();
      createNote(canvas.current?.centre() ?? { x: 0, y: 0 });
    }
  };

  return (
    <section aria-label={title ?? t("title")} onKeyDown={onKeyDown} data-board-ready={connection?.synced ? "true" : "false"} className="flex h-full min-h-[18rem] flex-col bg-white">
      <BoardToolbar
        title={title}
        prompt={prompt}
        view={view}
        onView={setView}
        save={connection?.save ?? "offline"}
        storedLocally={connection?.storedLocally ?? true}
        readOnly={readOnly}
        onNewNote={() => createNote(canvas.current?.centre() ?? { x: 0, y: 0 }, view === "canvas")}
        onNewArea={() => newArea(view === "canvas" ? selectedNotes : [])}
        onUndo={() => connection?.undo.undo()}
        onRedo={() => connection?.undo.redo()}
        showCanvasActions={view === "canvas"}
        filterActive={isFilterActive(filter)}
      >
        <FilterBar filter={filter} onChange={setFilter} organisations={organisations} shown={shownNotes.length} total={snapshot.notes.length} />
      </BoardToolbar>
      {(lockedByPage || me.kind === "observer") && (
        <p role="status" className="border-b-2 border-amber-800 bg-amber-50 px-4 py-2 text-lg font-semibold text-amber-950">
          <span aria-hidden="true">🔒 </span>
          {me.kind === "observer" ? t("readOnly.observer") : t("readOnly.locked")}
        </p>
      )}
      <RefusalNotice refusal={connection?.refusal ?? null} />
      {banner && view === "list" && <div className="px-3 pt-3">{banner}</div>}
      <div className="flex min-h-0 flex-1">
        {view === "canvas" ? (
          <>
            <Canvas
              ref={canvas}
              notes={shownNotes}
              areas={snapshot.focusAreas}
              selection={selection}
              onSelect={setSelection}
              selectedArea={selectedArea}
              onSelectArea={setSelectedArea}
              editingId={editingId}
              onEdit={startEditing}
              actions={actions}
              readOnly={readOnly}
              showNames={!anonymous}
              others={others}
              onCursor={setCursor}
              onCreateNote={createNote}
              onDelete={deleteNotes}
            />
            <SidePanel
              me={me}
              others={others}
              selected={selectedNotes}
              area={area}
              areas={snapshot.focusAreas}
              notes={snapshot.notes}
              actions={actions}
              readOnly={readOnly}
              onDelete={deleteNotes}
              onNewArea={(notes) => newArea(notes)}
              onClearArea={() => setSelectedArea(null)}
              namingArea={namingArea}
              onNamingStarted={() => setNamingArea(null)}
              banner={banner}
            />
          </>
        ) : (
          <ListView
            notes={shownNotes}
            allNotes={snapshot.notes}
            areas={snapshot.focusAreas}
            actions={actions}
            readOnly={readOnly}
            showNames={!anonymous}
            onCreateNote={({ text, colour, focusAreaId }: { text: string; colour: BoardColour; focusAreaId: string | null }) => {
              if (!actions) return;
              const target: FocusAreaSnapshot | undefined = snapshot.focusAreas.find((a) => a.id === focusAreaId);
              const id = actions.addNote({ x: 0, y: 0, text, colour });
              const created = { id, x: 0, y: 0 } as NoteSnapshot;
              if (target) actions.moveToArea([created], target, { members: snapshot.notes.filter((n) => n.focusAreaId === target.id).length });
              else actions.move([{ id, ...freeSpot(snapshot.notes, snapshot.focusAreas) }]);
              setNotice(t("note.created"));
            }}
            onCreateArea={(title) => newArea([], title)}
            onDelete={deleteNotes}
          />
        )}
      </div>
      <div aria-live="polite" className="sr-only">
        {notice}
      </div>
      <div aria-live="polite" className="sr-only" data-testid="board-announcer">
        {announcer.message}
      </div>
    </section>
  );
}
