import { describe, expect, it } from "vitest";
import { crowdedNotes, findFreeSpot, overlapArea, placementGap, type Rect } from "./placement";

const note = { w: 160, h: 120 };
const rect = (x: number, y: number, size = note): Rect => ({ x, y, ...size });

function anyOverlap(rects: Rect[]): boolean {
  return rects.some((a, i) => rects.some((b, j) => i < j && overlapArea(a, b) > 0));
}

describe("findFreeSpot", () => {
  it("answers the preferred point on an empty board", () => {
    expect(findFreeSpot([], note, { x: 100.4, y: 50 })).toEqual({ x: 100, y: 50 });
  });

  it("places eight notes asked for at one centre without any two touching, all near it", () => {
    const placed: Rect[] = [];
    for (let i = 0; i < 8; i++) {
      const spot = findFreeSpot(placed, note, { x: 0, y: 0 });
      placed.push(rect(spot.x, spot.y));
    }
    expect(anyOverlap(placed)).toBe(false);
    for (const p of placed) expect(Math.hypot(p.x, p.y)).toBeLessThan(600);
  });

  it("gathers eight notes in a block that fits a laptop's canvas, not a column running off the screen", () => {
    const placed: Rect[] = [];
    for (let i = 0; i < 8; i++) {
      const spot = findFreeSpot(placed, note, { x: 0, y: 0 });
      placed.push(rect(spot.x, spot.y));
    }
    const width = Math.max(...placed.map((p) => p.x + p.w)) - Math.min(...placed.map((p) => p.x));
    const height = Math.max(...placed.map((p) => p.y + p.h)) - Math.min(...placed.map((p) => p.y));
    // The canvas at 1280×720 is about 880×455 px (docs/screenshots/board-laptop-1280x720.png).
    expect(width).toBeLessThanOrEqual(880);
    expect(height).toBeLessThanOrEqual(455);
  });

  it("keeps the gap from what is there", () => {
    const spot = findFreeSpot([rect(0, 0)], note, { x: 0, y: 0 });
    const placed = rect(spot.x, spot.y);
    const padded = { x: placed.x - placementGap + 1, y: placed.y - placementGap + 1, w: placed.w + 2 * placementGap - 2, h: placed.h + 2 * placementGap - 2 };
    expect(overlapArea(padded, rect(0, 0))).toBe(0);
  });

  it("finds room for a big frame beside notes rather than on them", () => {
    const notes = [rect(0, 0), rect(200, 0), rect(0, 160)];
    const area = { w: 480, h: 360 };
    const spot = findFreeSpot(notes, area, { x: 0, y: 0 });
    expect(notes.every((n) => overlapArea(n, { ...spot, ...area }) === 0)).toBe(true);
  });

  it("answers below everything when the neighbourhood is full", () => {
    const wall: Rect[] = [rect(-100_000, -100_000, { w: 200_000, h: 200_000 })];
    const spot = findFreeSpot(wall, note, { x: 0, y: 0 });
    expect(spot.y).toBe(100_000 + placementGap);
  });

  it("is deterministic: the same board gives every client the same answer", () => {
    const notes = [rect(0, 0), rect(10, 10)];
    expect(findFreeSpot(notes, note, { x: 5, y: 5 })).toEqual(findFreeSpot([...notes].reverse(), note, { x: 5, y: 5 }));
  });
});

describe("crowdedNotes", () => {
  it("moves only the larger id of two notes placed on each other", () => {
    const all = [
      { id: "a", ...rect(0, 0) },
      { id: "b", ...rect(10, 10) },
    ];
    expect(crowdedNotes(new Set(["a", "b"]), all).map((n) => n.id)).toEqual(["b"]);
    expect(crowdedNotes(new Set(["a"]), all)).toEqual([]);
  });

  it("ignores a touch below the tolerance", () => {
    const all = [
      { id: "a", ...rect(0, 0) },
      { id: "b", ...rect(155, 0) },
    ];
    expect(crowdedNotes(new Set(["b"]), all)).toEqual([]);
  });
});
