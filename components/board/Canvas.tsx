// The board as a pannable, zoomable surface. Only notes near the visible area are in the DOM
// (plus selected and edited ones, so keyboard focus is never lost), which keeps a 2,000-note
// board light. The view lives in useCanvasViewport, pointer gestures in useCanvasGestures, the
// notes' and areas' handlers in useItemHandlers, the zoom buttons in ZoomControls; this file
// draws them together.
"use client";
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";
import type { BoardActions } from "./boardActions";
import { AreaFrame } from "./AreaFrame";
import { Cursors } from "./Cursors";
import { NoteCard } from "./NoteCard";
import { useCanvasGestures } from "./useCanvasGestures";
import { useCanvasViewport } from "./useCanvasViewport";
import { useItemHandlers } from "./useItemHandlers";
import type { Person } from "./usePresence";
import { intersects, visibleRect, type Rect } from "./viewport";
import { ZoomControls } from "./ZoomControls";

export interface CanvasHandle {
  /** The board point at the middle of the visible area, for "new note" from the toolbar. */
  centre(): { x: number; y: number };
  /** Pans so the rectangle (board coordinates) is in view: a new focus area, for one. */
  reveal(rect: { x: number; y: number; w: number; h: number }): void;
}

interface Props {
  ref?: React.Ref<CanvasHandle>;
  notes: NoteSnapshot[];
  areas: FocusAreaSnapshot[];
  selection: ReadonlySet<string>;
  onSelect(ids: Set<string>): void;
  selectedArea: string | null;
  onSelectArea(id: string | null): void;
  editingId: string | null;
  onEdit(id: string | null): void;
  actions: BoardActions | null;
  readOnly: boolean;
  showNames: boolean;
  others: Person[];
  onCursor(point: { x: number; y: number } | null): void;
  onCreateNote(point: { x: number; y: number }): void;
  onDelete(notes: NoteSnapshot[]): void;
}

export function Canvas(props: Props) {
  const { notes, areas, selection, selectedArea, editingId, readOnly } = props;
  const t = useTranslations("board");
  const surface = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const viewport = useCanvasViewport(surface, notes, areas);
  const { view, size, fit, zoomBy } = viewport;
  const gestures = useCanvasGestures(surface, viewport.viewRef, viewport.setView, latest);
  const { override } = gestures;
  const handlers = useItemHandlers(latest, gestures);

  const { centre, reveal } = viewport;
  useImperativeHandle(props.ref, () => ({ centre, reveal }), [centre, reveal]);

  const areaTitles = useMemo(() => new Map(areas.map((a) => [a.id, a.title])), [areas]);
  const geometry = useCallback(
    <T extends { id: string; x: number; y: number; w: number; h: number }>(item: T) => {
      const pos = override.positions.get(item.id);
      const sz = override.size?.id === item.id ? override.size : null;
      return { x: pos?.x ?? item.x, y: pos?.y ?? item.y, w: sz?.w ?? item.w, h: sz?.h ?? item.h };
    },
    [override],
  );

  const visible = visibleRect(view, size.width, size.height);
  // Notes in reading order; the DOM follows it, and the neighbours of the focused (selected)
  // note are drawn too, so Tab and Shift+Tab walk every note on the board, not only those in view.
  const ordered = useMemo(() => readingOrder(notes), [notes]);
  const shown = ordered.filter(
    (n, i) =>
      selection.has(n.id) ||
      n.id === editingId ||
      override.positions.has(n.id) ||
      intersects(visible, n) ||
      (i > 0 && selection.has(ordered[i - 1].id)) ||
      (i + 1 < ordered.length && selection.has(ordered[i + 1].id)),
  );
  /** A note reached by keyboard outside the view: the view moves to it. */
  const revealFocused = (e: React.FocusEvent) => {
    const id = (e.target as HTMLElement).getAttribute?.("data-note-id");
    const note = id ? notes.find((n) => n.id === id) : undefined;
    // Focus scrolls even an overflow-hidden box to the element; the view pans instead.
    if (surface.current) surface.current.scrollTop = surface.current.scrollLeft = 0;
    if (!note || fullyInside(visibleRect(view, size.width, size.height, -24), note)) return;
    viewport.setView((v) => ({ ...v, x: note.x + note.w / 2 - size.width / 2 / v.zoom, y: note.y + note.h / 2 - size.height / 2 / v.zoom }));
  };
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const n of notes) if (n.focusAreaId) map.set(n.focusAreaId, (map.get(n.focusAreaId) ?? 0) + 1);
    return map;
  }, [notes]);

  return (
    <div className="relative min-h-0 flex-1 overflow-hidden bg-[#eef1f4]">
      <div
        ref={surface}
        tabIndex={0}
        role="region"
        aria-label={t("canvas.label")}
        aria-describedby="board-canvas-help"
        data-testid="board-canvas"
        {...gestures.surfaceHandlers}
        onPointerLeave={() => props.onCursor(null)}
        onDoubleClick={(e) => !readOnly && props.onCreateNote(gestures.pointerToBoard(e))}
        onKeyDown={viewport.onKeyDown}
        onFocus={revealFocused}
        className="absolute inset-0 cursor-default touch-none overflow-hidden"
        style={{
          backgroundImage: "radial-gradient(#c3cad2 1px, transparent 1px)",
          backgroundSize: `${24 * view.zoom}px ${24 * view.zoom}px`,
          backgroundPosition: `${-view.x * view.zoom}px ${-view.y * view.zoom}px`,
        }}
      >
        <p id="board-canvas-help" className="sr-only">
          {t("canvas.help")}
        </p>
        <div className="absolute left-0 top-0" style={{ transform: `translate(${-view.x * view.zoom}px, ${-view.y * view.zoom}px) scale(${view.zoom})`, transformOrigin: "0 0" }}>
          {areas.map((area) => {
            const g = geometry(area);
            return (
              <AreaFrame
                key={area.id}
                area={area}
                {...g}
                count={counts.get(area.id) ?? 0}
                selected={selectedArea === area.id}
                dropTarget={override.dropArea === area.id}
                editable={!readOnly}
                handlers={handlers.areas}
              />
            );
          })}
          {shown.map((note) => {
            const g = geometry(note);
            return (
              <NoteCard
                key={note.id}
                note={note}
                {...g}
                selected={selection.has(note.id)}
                editing={editingId === note.id}
                editable={!readOnly}
                showName={props.showNames}
                areaTitle={note.focusAreaId ? (areaTitles.get(note.focusAreaId) ?? null) : null}
                handlers={handlers.notes}
              />
            );
          })}
        </div>
        <Cursors others={props.others} view={view} />
      </div>
      <ZoomControls zoom={view.zoom} zoomBy={zoomBy} fit={fit} />
    </div>
  );
}

const fullyInside = (outer: Rect, r: Rect) => r.x >= outer.x && r.y >= outer.y && r.x + r.w <= outer.x + outer.w && r.y + r.h <= outer.y + outer.h;

/** Top to bottom, then left to right: the order a keyboard walks the notes in. */
function readingOrder(notes: NoteSnapshot[]): NoteSnapshot[] {
  return [...notes].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
}
