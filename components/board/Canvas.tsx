// The board as a pannable, zoomable surface. Only notes near the visible area are in the DOM
// (plus selected and edited ones, so keyboard focus is never lost), which keeps a 2,000-note
// board light. Drags are shown locally at once and written to the document ten times a second.
"use client";
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { limits, type FocusAreaSnapshot, type NoteSnapshot } from "@/lib/board";
import type { BoardActions } from "./boardActions";
import { AreaFrame, type AreaHandlers } from "./AreaFrame";
import { Cursors } from "./Cursors";
import { markBoardStage } from "./loadTiming";
import { NoteCard, type NoteHandlers } from "./NoteCard";
import type { Person } from "./usePresence";
import { clampZoom, contains, intersects, toBoard, visibleRect, zoomAt, type Viewport } from "./viewport";

export interface CanvasHandle {
  /** The board point at the middle of the visible area, for "new note" from the toolbar. */
  centre(): { x: number; y: number };
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

type Gesture =
  | { kind: "pan"; startX: number; startY: number; view: Viewport; moved: boolean }
  | { kind: "drag"; pointerX: number; pointerY: number; origins: Map<string, { x: number; y: number }>; noteIds: string[]; area: string | null; moved: boolean; lastWrite: number }
  | { kind: "resize"; id: string; isArea: boolean; pointerX: number; pointerY: number; w: number; h: number };

interface Override {
  positions: Map<string, { x: number; y: number }>;
  size: { id: string; w: number; h: number } | null;
  dropArea: string | null;
}

const noOverride: Override = { positions: new Map(), size: null, dropArea: null };
const writeEveryMs = 100;
const clamp = (v: number) => Math.max(-limits.coordinate, Math.min(limits.coordinate, v));

export function Canvas(props: Props) {
  const { notes, areas, selection, selectedArea, editingId, actions, readOnly } = props;
  const t = useTranslations("board");
  const surface = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>({ x: -40, y: -40, zoom: 1 });
  const [size, setSize] = useState({ width: 1200, height: 700 });
  const [override, setOverride] = useState<Override>(noOverride);
  const gesture = useRef<Gesture | null>(null);
  const fitted = useRef(false);
  const keyboardFocus = useRef(true);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);

  useImperativeHandle(props.ref, () => ({ centre: () => toBoard(viewRef.current, size.width / 2 - 80, size.height / 2 - 60) }), [size]);

  useEffect(() => {
    const el = surface.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(el);
    // React's onWheel is passive; zooming must stop the page from scrolling.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      if (e.ctrlKey || e.metaKey) setView((v) => zoomAt(v, v.zoom * Math.exp(-e.deltaY * 0.002), e.clientX - rect.left, e.clientY - rect.top));
      else setView((v) => ({ ...v, x: v.x + e.deltaX / v.zoom, y: v.y + e.deltaY / v.zoom }));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => {
      observer.disconnect();
      el.removeEventListener("wheel", onWheel);
    };
  }, []);

  const fit = useCallback(() => {
    const items = [...latest.current.notes, ...latest.current.areas];
    if (items.length === 0) return setView({ x: -40, y: -40, zoom: 1 });
    const minX = Math.min(...items.map((i) => i.x));
    const minY = Math.min(...items.map((i) => i.y));
    const maxX = Math.max(...items.map((i) => i.x + i.w));
    const maxY = Math.max(...items.map((i) => i.y + i.h));
    const zoom = clampZoom(Math.min(1, (size.width - 80) / (maxX - minX), (size.height - 80) / (maxY - minY)));
    setView({ zoom, x: minX - 40 / zoom, y: minY - 40 / zoom });
  }, [size]);

  // Show the content the first time it arrives, so nobody opens an empty-looking board.
  useEffect(() => {
    if (fitted.current || notes.length + areas.length === 0) return;
    fitted.current = true;
    markBoardStage("first-render", { notes: notes.length });
    const minX = Math.min(...notes.map((n) => n.x), ...areas.map((a) => a.x));
    const minY = Math.min(...notes.map((n) => n.y), ...areas.map((a) => a.y));
    setView({ x: minX - 40, y: minY - 40, zoom: 1 });
  }, [notes, areas]);

  const areaTitles = useMemo(() => new Map(areas.map((a) => [a.id, a.title])), [areas]);
  const geometry = useCallback(
    <T extends { id: string; x: number; y: number; w: number; h: number }>(item: T) => {
      const pos = override.positions.get(item.id);
      const sz = override.size?.id === item.id ? override.size : null;
      return { x: pos?.x ?? item.x, y: pos?.y ?? item.y, w: sz?.w ?? item.w, h: sz?.h ?? item.h };
    },
    [override],
  );

  const pointerToBoard = (e: { clientX: number; clientY: number }) => {
    const rect = surface.current!.getBoundingClientRect();
    return toBoard(viewRef.current, e.clientX - rect.left, e.clientY - rect.top);
  };

  const areaAt = (point: { x: number; y: number }, exclude: string | null) => {
    const list = latest.current.areas;
    for (let i = list.length - 1; i >= 0; i--) if (list[i].id !== exclude && contains(list[i], point.x, point.y)) return list[i];
    return null;
  };

  const startDrag = (e: React.PointerEvent, noteIds: string[], area: FocusAreaSnapshot | null) => {
    const origins = new Map<string, { x: number; y: number }>();
    const byId = new Map(latest.current.notes.map((n) => [n.id, n]));
    for (const id of noteIds) {
      const n = byId.get(id);
      if (n) origins.set(id, { x: n.x, y: n.y });
    }
    if (area) origins.set(area.id, { x: area.x, y: area.y });
    gesture.current = { kind: "drag", pointerX: e.clientX, pointerY: e.clientY, origins, noteIds, area: area?.id ?? null, moved: false, lastWrite: 0 };
    surface.current?.setPointerCapture(e.pointerId);
  };

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
      gesture.current = { kind: "resize", id: note.id, isArea: false, pointerX: e.clientX, pointerY: e.clientY, w: note.w, h: note.h };
      surface.current?.setPointerCapture(e.pointerId);
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
        const step = e.shiftKey ? 80 : 10;
        const dx = e.key === "ArrowLeft" ? -step : e.key === "ArrowRight" ? step : 0;
        const dy = e.key === "ArrowUp" ? -step : e.key === "ArrowDown" ? step : 0;
        const ids = p.selection.has(note.id) ? p.selection : new Set([note.id]);
        p.actions?.move(p.notes.filter((n) => ids.has(n.id)).map((n) => ({ id: n.id, x: clamp(n.x + dx), y: clamp(n.y + dy) })));
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
      gesture.current = { kind: "resize", id: area.id, isArea: true, pointerX: e.clientX, pointerY: e.clientY, w: area.w, h: area.h };
      surface.current?.setPointerCapture(e.pointerId);
    },
    select: (area) => latest.current.onSelectArea(area.id),
    keyDown(e, area) {
      const p = latest.current;
      if (!e.key.startsWith("Arrow") || p.readOnly) return;
      e.preventDefault();
      e.stopPropagation();
      const step = e.shiftKey ? 80 : 10;
      const dx = e.key === "ArrowLeft" ? -step : e.key === "ArrowRight" ? step : 0;
      const dy = e.key === "ArrowUp" ? -step : e.key === "ArrowDown" ? step : 0;
      const members = p.notes.filter((n) => n.focusAreaId === area.id);
      p.actions?.move([area, ...members].map((i) => ({ id: i.id, x: clamp(i.x + dx), y: clamp(i.y + dy) })));
    },
  };

  const onPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0 && e.button !== 1) return;
    surface.current?.focus({ preventScroll: true });
    gesture.current = { kind: "pan", startX: e.clientX, startY: e.clientY, view: viewRef.current, moved: false };
    surface.current?.setPointerCapture(e.pointerId);
  };

  const positionsFor = (g: Extract<Gesture, { kind: "drag" }>, e: React.PointerEvent) => {
    const zoom = viewRef.current.zoom;
    const dx = (e.clientX - g.pointerX) / zoom;
    const dy = (e.clientY - g.pointerY) / zoom;
    const positions = new Map<string, { x: number; y: number }>();
    for (const [id, o] of g.origins) positions.set(id, { x: clamp(Math.round(o.x + dx)), y: clamp(Math.round(o.y + dy)) });
    return positions;
  };

  const onPointerMove = (e: React.PointerEvent) => {
    props.onCursor(pointerToBoard(e));
    const g = gesture.current;
    if (!g) return;
    if (g.kind === "pan") {
      if (Math.abs(e.clientX - g.startX) + Math.abs(e.clientY - g.startY) > 3) g.moved = true;
      setView({ ...g.view, x: g.view.x - (e.clientX - g.startX) / g.view.zoom, y: g.view.y - (e.clientY - g.startY) / g.view.zoom });
    } else if (g.kind === "drag") {
      if (!g.moved && Math.abs(e.clientX - g.pointerX) + Math.abs(e.clientY - g.pointerY) < 4) return;
      g.moved = true;
      const positions = positionsFor(g, e);
      const drop = g.area ? null : areaAt(pointerToBoard(e), null);
      setOverride({ positions, size: null, dropArea: drop?.id ?? null });
      // Others see the drag move too, without one document update per mouse event.
      if (e.timeStamp - g.lastWrite > writeEveryMs) {
        g.lastWrite = e.timeStamp;
        actions?.move([...positions].map(([id, p]) => ({ id, ...p })));
      }
    } else {
      const zoom = viewRef.current.zoom;
      const w = Math.max(limits.minSize * 4, Math.min(limits.maxSize, g.w + (e.clientX - g.pointerX) / zoom));
      const h = Math.max(limits.minSize * 3, Math.min(limits.maxSize, g.h + (e.clientY - g.pointerY) / zoom));
      setOverride({ positions: new Map(), size: { id: g.id, w, h }, dropArea: null });
    }
  };

  const onPointerUp = (e: React.PointerEvent) => {
    const g = gesture.current;
    gesture.current = null;
    if (!g) return;
    if (g.kind === "pan" && !g.moved && !e.shiftKey) {
      props.onSelect(new Set());
      props.onSelectArea(null);
    } else if (g.kind === "drag" && g.moved && actions) {
      const positions = positionsFor(g, e);
      actions.move([...positions].map(([id, p]) => ({ id, ...p })));
      if (!g.area) {
        const target = areaAt(pointerToBoard(e), null);
        const moved = latest.current.notes.filter((n) => g.origins.has(n.id) && n.focusAreaId !== (target?.id ?? null));
        if (moved.length > 0) actions.moveToArea(moved, target);
      }
    } else if (g.kind === "resize" && actions && override.size) {
      if (g.isArea) actions.resizeArea(g.id, override.size.w, override.size.h);
      else actions.resizeNote(g.id, override.size.w, override.size.h);
    }
    setOverride(noOverride);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    const step = e.shiftKey ? 400 : 80;
    const pans: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (pans[e.key]) {
      e.preventDefault();
      const [dx, dy] = pans[e.key];
      setView((v) => ({ ...v, x: v.x + dx / v.zoom, y: v.y + dy / v.zoom }));
    } else if (e.key === "+" || e.key === "=") zoomBy(1.25);
    else if (e.key === "-") zoomBy(0.8);
    else if (e.key === "0") fit();
  };

  const zoomBy = (factor: number) => setView((v) => zoomAt(v, v.zoom * factor, size.width / 2, size.height / 2));

  const visible = visibleRect(view, size.width, size.height);
  const shown = notes.filter((n) => selection.has(n.id) || n.id === editingId || override.positions.has(n.id) || intersects(visible, n));
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
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          gesture.current = null;
          setOverride(noOverride);
        }}
        onPointerLeave={() => props.onCursor(null)}
        onDoubleClick={(e) => !readOnly && props.onCreateNote(pointerToBoard(e))}
        onKeyDown={onKeyDown}
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
                handlers={areaHandlers.current}
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
                handlers={noteHandlers.current}
              />
            );
          })}
        </div>
        <Cursors others={props.others} view={view} />
      </div>
      <div className="absolute bottom-3 left-3 flex items-center gap-1 rounded-lg border border-slate-300 bg-white p-1 shadow" role="group" aria-label={t("zoom.group")}>
        <button type="button" className="h-11 w-11 rounded text-2xl font-bold hover:bg-slate-100" onClick={() => zoomBy(0.8)} aria-label={t("zoom.out")}>
          −
        </button>
        <span className="w-16 text-center text-base tabular-nums" aria-live="off">
          {Math.round(view.zoom * 100)} %
        </span>
        <button type="button" className="h-11 w-11 rounded text-2xl font-bold hover:bg-slate-100" onClick={() => zoomBy(1.25)} aria-label={t("zoom.in")}>
          +
        </button>
        <button type="button" className="h-11 rounded px-3 text-base font-semibold hover:bg-slate-100" onClick={fit}>
          {t("zoom.fit")}
        </button>
      </div>
    </div>
  );
}
