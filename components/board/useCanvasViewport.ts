// The canvas' view of the board: pan and zoom state, the surface's size, the mouse wheel, the
// keyboard pan and zoom keys, and "fit" (the whole content, or the content when it first arrives).
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";
import { markBoardStage } from "./loadTiming";
import { clampZoom, toBoard, zoomAt, type Viewport } from "./viewport";

export interface CanvasViewport {
  view: Viewport;
  setView: React.Dispatch<React.SetStateAction<Viewport>>;
  /** The view of the last render, for handlers that outlive it. */
  viewRef: React.RefObject<Viewport>;
  size: { width: number; height: number };
  fit(): void;
  zoomBy(factor: number): void;
  /** The board point at the middle of the visible area. */
  centre(): { x: number; y: number };
  /** Pans (zoom unchanged) so `rect` is in view, if it is not already wholly inside it. */
  reveal(rect: { x: number; y: number; w: number; h: number }): void;
  onKeyDown(e: React.KeyboardEvent): void;
}

export function useCanvasViewport(surface: React.RefObject<HTMLDivElement | null>, notes: NoteSnapshot[], areas: FocusAreaSnapshot[]): CanvasViewport {
  const [view, setView] = useState<Viewport>({ x: -40, y: -40, zoom: 1 });
  const [size, setSize] = useState({ width: 1200, height: 700 });
  const fitted = useRef(false);
  const content = useRef({ notes, areas });
  useEffect(() => {
    content.current = { notes, areas };
  });
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);

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
  }, [surface]);

  const fit = useCallback(() => {
    const items = [...content.current.notes, ...content.current.areas];
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

  const zoomBy = (factor: number) => setView((v) => zoomAt(v, v.zoom * factor, size.width / 2, size.height / 2));

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

  const centre = useCallback(() => toBoard(viewRef.current, size.width / 2 - 80, size.height / 2 - 60), [size]);

  const reveal = useCallback(
    (rect: { x: number; y: number; w: number; h: number }) =>
      setView((v) => {
        const w = size.width / v.zoom;
        const h = size.height / v.zoom;
        const margin = 24 / v.zoom;
        if (rect.x >= v.x + margin && rect.y >= v.y + margin && rect.x + rect.w <= v.x + w - margin && rect.y + rect.h <= v.y + h - margin) return v;
        // Centred when it fits; its top-left corner in view when it is larger than the view.
        const x = rect.w + 2 * margin <= w ? rect.x + rect.w / 2 - w / 2 : rect.x - margin;
        const y = rect.h + 2 * margin <= h ? rect.y + rect.h / 2 - h / 2 : rect.y - margin;
        return { ...v, x, y };
      }),
    [size],
  );

  return { view, setView, viewRef, size, fit, zoomBy, centre, reveal, onKeyDown };
}
