// Pan and zoom arithmetic for the canvas. Board coordinates are what the document stores;
// screen coordinates are CSS pixels inside the canvas element.

export interface Viewport {
  /** Board coordinate shown at the canvas' left/top edge. */
  x: number;
  y: number;
  zoom: number;
}

export const minZoom = 0.2;
export const maxZoom = 2.5;

export const clampZoom = (zoom: number) => Math.min(maxZoom, Math.max(minZoom, zoom));

export function toBoard(view: Viewport, screenX: number, screenY: number): { x: number; y: number } {
  return { x: view.x + screenX / view.zoom, y: view.y + screenY / view.zoom };
}

/** Zooms keeping the board point under (screenX, screenY) where it is. */
export function zoomAt(view: Viewport, nextZoom: number, screenX: number, screenY: number): Viewport {
  const zoom = clampZoom(nextZoom);
  const anchor = toBoard(view, screenX, screenY);
  return { zoom, x: anchor.x - screenX / zoom, y: anchor.y - screenY / zoom };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const intersects = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export const contains = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;

/** The board area visible in a canvas of the given size, grown by `margin` screen pixels. */
export function visibleRect(view: Viewport, width: number, height: number, margin = 200): Rect {
  return { x: view.x - margin / view.zoom, y: view.y - margin / view.zoom, w: (width + 2 * margin) / view.zoom, h: (height + 2 * margin) / view.zoom };
}
