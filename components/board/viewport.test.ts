import { describe, expect, it } from "vitest";
import { contains, intersects, toBoard, visibleRect, zoomAt } from "./viewport";

describe("viewport", () => {
  it("keeps the point under the pointer fixed while zooming", () => {
    const view = { x: 100, y: 50, zoom: 1 };
    const before = toBoard(view, 300, 200);
    const zoomed = zoomAt(view, 2, 300, 200);
    expect(toBoard(zoomed, 300, 200)).toEqual(before);
    expect(zoomed.zoom).toBe(2);
  });

  it("clamps zoom", () => {
    expect(zoomAt({ x: 0, y: 0, zoom: 1 }, 100, 0, 0).zoom).toBe(2.5);
    expect(zoomAt({ x: 0, y: 0, zoom: 1 }, 0.001, 0, 0).zoom).toBe(0.2);
  });

  it("computes the visible rectangle and hit tests", () => {
    const rect = visibleRect({ x: 0, y: 0, zoom: 2 }, 800, 600, 0);
    expect(rect).toEqual({ x: 0, y: 0, w: 400, h: 300 });
    expect(intersects(rect, { x: 390, y: 290, w: 50, h: 50 })).toBe(true);
    expect(intersects(rect, { x: 401, y: 0, w: 50, h: 50 })).toBe(false);
    expect(contains(rect, 10, 10)).toBe(true);
    expect(contains(rect, -1, 10)).toBe(false);
  });
});
