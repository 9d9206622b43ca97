// Moving notes and areas with the arrow keys: one step rule for both, so a note and an area
// nudge alike (10 board units, 80 with Shift), kept inside the board's coordinate range.
import { limits } from "@/lib/board";

export const clampCoordinate = (v: number) => Math.max(-limits.coordinate, Math.min(limits.coordinate, v));

/** The items moved one step for an arrow key (any other "Arrow…" key moves nothing). */
export function nudge(items: ReadonlyArray<{ id: string; x: number; y: number }>, key: string, shiftKey: boolean): { id: string; x: number; y: number }[] {
  const step = shiftKey ? 80 : 10;
  const dx = key === "ArrowLeft" ? -step : key === "ArrowRight" ? step : 0;
  const dy = key === "ArrowUp" ? -step : key === "ArrowDown" ? step : 0;
  return items.map((i) => ({ id: i.id, x: clampCoordinate(i.x + dx), y: clampCoordinate(i.y + dy) }));
}
