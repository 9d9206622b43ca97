// What a pointer does on the canvas, as one state machine: pan the view, drag notes (or an area
// with its notes), resize a note or an area. A drag is shown locally at once (the override) and
// written to the document ten times a second, so others see it move too.
"use client";
import { useRef, useState } from "react";
import { limits, type FocusAreaSnapshot, type NoteSnapshot } from "@/lib/board";
import type { BoardActions } from "./boardActions";
import { clampCoordinate } from "./nudge";
import { contains, toBoard, type Viewport } from "./viewport";

type Gesture =
  | { kind: "pan"; startX: number; startY: number; view: Viewport; moved: boolean }
  | { kind: "drag"; pointerX: number; pointerY: number; origins: Map<string, { x: number; y: number }>; noteIds: string[]; area: string | null; moved: boolean; lastWrite: number }
  | { kind: "resize"; id: string; isArea: boolean; pointerX: number; pointerY: number; w: number; h: number };

/** Where items are drawn while a gesture runs, before the document has them. */
export interface Override {
  positions: Map<string, { x: number; y: number }>;
  size: { id: string; w: number; h: number } | null;
  dropArea: string | null;
}

/** What the gestures read from the canvas' latest props. */
export interface GestureProps {
  notes: NoteSnapshot[];
  areas: FocusAreaSnapshot[];
  actions: BoardActions | null;
  onSelect(ids: Set<string>): void;
  onSelectArea(id: string | null): void;
  onCursor(point: { x: number; y: number } | null): void;
}

const noOverride: Override = { positions: new Map(), size: null, dropArea: null };
const writeEveryMs = 100;

export function useCanvasGestures(
  surface: React.RefObject<HTMLDivElement | null>,
  viewRef: React.RefObject<Viewport>,
  setView: (view: Viewport) => void,
  latest: React.RefObject<GestureProps>,
) {
  const [override, setOverride] = useState<Override>(noOverride);
  const gesture = useRef<Gesture | null>(null);

  const pointerToBoard = (e: { clientX: number; clientY: number }) => {
    const rect = surface.current!.getBoundingClientRect();
    return toBoard(viewRef.current, e.clientX - rect.left, e.clientY - rect.top);
  };

  const areaAt = (point: { x: number; y: number }, exclude: string | null) => {
    const list = latest.current.areas;
    for (let i = list.length - 1; i >= 0; i--) if (list[i].id !== exclude && contains(list[i], point.x, point.y)) return list[i];
    return null;
  };

  // Both starts read refs only: the item handler tables are made once and keep these closures.
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

  const startResize = (e: React.PointerEvent, item: { id: string; w: number; h: number }, isArea: boolean) => {
    gesture.current = { kind: "resize", id: item.id, isArea, pointerX: e.clientX, pointerY: e.clientY, w: item.w, h: item.h };
    surface.current?.setPointerCapture(e.pointerId);
  };

  const positionsFor = (g: Extract<Gesture, { kind: "drag" }>, e: React.PointerEvent) => {
    const zoom = viewRef.current.zoom;
    const dx = (e.clientX - g.pointerX) / zoom;
    const dy = (e.clientY - g.pointerY) / zoom;
    const positions = new Map<string, { x: number; y: number }>();
    for (const [id, o] of g.origins) positions.set(id, { x: clampCoordinate(Math.round(o.x + dx)), y: clampCoordinate(Math.round(o.y + dy)) });
    return positions;
  };

  const onPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0 && e.button !== 1) return;
    surface.current?.focus({ preventScroll: true });
    gesture.current = { kind: "pan", startX: e.clientX, startY: e.clientY, view: viewRef.current, moved: false };
    surface.current?.setPointerCapture(e.pointerId);
  };

  const onPointerMove = (e: React.PointerEvent) => {
    latest.current.onCursor(pointerToBoard(e));
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
        latest.current.actions?.move([...positions].map(([id, p]) => ({ id, ...p })));
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
    const { actions } = latest.current;
    if (g.kind === "pan" && !g.moved && !e.shiftKey) {
      latest.current.onSelect(new Set());
      latest.current.onSelectArea(null);
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

  const onPointerCancel = () => {
    gesture.current = null;
    setOverride(noOverride);
  };

  return { override, pointerToBoard, startDrag, startResize, surfaceHandlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } };
}
