import { describe, expect, it } from "vitest";
import { resolveProjector } from "./projectorView";

const boards = [
  { id: "plenum", tableId: null },
  { id: "bord1", tableId: "t1" },
];
const plenaryBoardPhase = { kind: "focusAreas", groupMode: "plenary" };

describe("resolveProjector", () => {
  it("shows the plenary board by default in a plenary board phase", () => {
    expect(resolveProjector({ projectorView: "auto", projectorBoardId: null }, plenaryBoardPhase, boards)).toEqual({ view: "auto", boardId: null, showing: "plenum" });
  });

  it("shows the phase by default at tables, in voting and action chains, and in the lobby", () => {
    for (const phase of [{ kind: "futureImage", groupMode: "homogeneous" }, { kind: "prioritising", groupMode: "plenary" }, { kind: "actionChains", groupMode: "plenary" }, null]) {
      expect(resolveProjector({ projectorView: "auto", projectorBoardId: null }, phase, boards).showing).toBeNull();
    }
  });

  it("shows the chosen board in any phase, and the phase when asked", () => {
    expect(resolveProjector({ projectorView: "board", projectorBoardId: "bord1" }, { kind: "futureImage", groupMode: "mixed" }, boards).showing).toBe("bord1");
    expect(resolveProjector({ projectorView: "phase", projectorBoardId: null }, plenaryBoardPhase, boards).showing).toBeNull();
  });

  it("falls back to the phase when the chosen board is gone, and reads an unknown view as auto", () => {
    expect(resolveProjector({ projectorView: "board", projectorBoardId: "deleted" }, plenaryBoardPhase, boards)).toEqual({ view: "board", boardId: null, showing: null });
    expect(resolveProjector({ projectorView: "nonsense", projectorBoardId: null }, plenaryBoardPhase, boards).view).toBe("auto");
  });
});
