import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addAction, addActionChain, createFocusArea, readBoard, reorderAction, setFocusAreaRanks, updateAction } from "@/lib/board";
import { boardRoots } from "@/lib/board/shape";
import { areasByPriority, chainsByPriority, dateEditProblem, formatIsoDate, keyboardTarget, parsePartners, viewChain } from "./chainModel";

function boardWithChain() {
  const doc = new Y.Doc();
  const areaId = createFocusArea(doc, { title: "Rekruttering", x: 0, y: 0 });
  const chainId = addActionChain(doc, { focusAreaId: areaId, goal: "Flere fastleger" });
  const a = addAction(doc, chainId, { what: "Kartlegge behov", responsible: "Kari", responsibleOrganisation: "Bodø kommune" });
  const b = addAction(doc, chainId, { what: "Søke midler", dependsOn: [a] });
  const c = addAction(doc, chainId, { what: "Ansette", dependsOn: [a, b] });
  return { doc, areaId, chainId, a, b, c };
}

describe("reorderAction", () => {
  it("moves an action and drops links that would point forwards, in one update", () => {
    const { doc, chainId, a, b, c } = boardWithChain();
    let updates = 0;
    doc.on("update", () => updates++);
    reorderAction(doc, chainId, a, 2);
    expect(updates).toBe(1);
    const chain = readBoard(doc).chains[0];
    expect(chain.actions.map((x) => x.id)).toEqual([b, c, a]);
    expect(chain.actions.find((x) => x.id === b)?.dependsOn).toEqual([]);
    expect(chain.actions.find((x) => x.id === c)?.dependsOn).toEqual([b]);
  });

  it("keeps backward links when moving up past an unrelated action", () => {
    const { doc, chainId, a, b, c } = boardWithChain();
    updateAction(doc, chainId, c, { dependsOn: [a] });
    reorderAction(doc, chainId, c, 1);
    const chain = readBoard(doc).chains[0];
    expect(chain.actions.map((x) => x.id)).toEqual([a, c, b]);
    expect(chain.actions.find((x) => x.id === c)?.dependsOn).toEqual([a]);
  });

  it("converges when one replica adds while another reorders", () => {
    const { doc, chainId, a } = boardWithChain();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    addAction(doc, chainId, { what: "Evaluere" });
    reorderAction(other, chainId, a, 1);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const order = (d: Y.Doc) => readBoard(d).chains[0].actions.map((x) => x.what);
    expect(order(doc)).toEqual(order(other));
    expect(order(doc)).toHaveLength(4);
    expect(order(doc)[1]).toBe("Kartlegge behov");
  });
});

describe("viewChain", () => {
  it("links the chain to its area's notes and finds the first step", () => {
    const { doc } = boardWithChain();
    const board = readBoard(doc);
    const view = viewChain(board.chains[0], board);
    expect(view.area?.title).toBe("Rekruttering");
    expect(view.first?.what).toBe("Kartlegge behov");
    expect(view.chainProblems).toEqual([]);
    expect(view.problemsByAction.size).toBe(2); // b and c lack who is responsible
  });

  it("sets aside impossible dates and forward links written by a non-UI client", () => {
    const { doc, chainId, a, b } = boardWithChain();
    // A raw write, the way a buggy script could: 30 February, deadline before start, a link to a later action.
    doc.transact(() => {
      const actions = (boardRoots(doc).chains.get(chainId) as Y.Map<Y.Map<unknown>>).get("actions") as unknown as Y.Map<Y.Map<unknown>>;
      actions.get(a)!.set("start", "2026-02-30");
      actions.get(a)!.set("dependsOn", [b]);
      actions.get(b)!.set("start", "2026-05-01");
      actions.get(b)!.set("deadline", "2026-04-01");
    });
    const board = readBoard(doc);
    const view = viewChain(board.chains[0], board);
    const codes = (id: string) => (view.problemsByAction.get(id) ?? []).map((p) => p.code);
    expect(codes(a)).toEqual(expect.arrayContaining(["invalidStartDate", "dependsOnLater"]));
    expect(codes(b)).toContain("deadlineBeforeStart");
    const shown = view.actions.find((x) => x.id === a)!;
    expect(shown.start).toBeNull();
    expect(shown.dependsOn).toEqual([]);
  });

  it("reports values of the wrong type as data problems of that chain only", () => {
    const { doc, chainId } = boardWithChain();
    doc.transact(() => (boardRoots(doc).chains.get(chainId) as Y.Map<unknown>).set("goal", 42));
    const board = readBoard(doc);
    const view = viewChain(board.chains[0], board);
    expect(view.dataProblems.map((p) => p.path)).toEqual([`chains.${chainId}.goal`]);
    expect(view.chainProblems.map((p) => p.code)).toEqual(["missingGoal"]);
  });
});

describe("ordering", () => {
  it("puts ranked focus areas first, by rank, and their chains likewise", () => {
    const doc = new Y.Doc();
    const x = createFocusArea(doc, { title: "X", x: 0, y: 0 });
    const y = createFocusArea(doc, { title: "Y", x: 0, y: 0 });
    const z = createFocusArea(doc, { title: "Z", x: 0, y: 0 });
    setFocusAreaRanks(doc, [{ id: z, rank: 1 }, { id: y, rank: 2 }]);
    const free = addActionChain(doc, { focusAreaId: null });
    const cx = addActionChain(doc, { focusAreaId: x });
    const cz = addActionChain(doc, { focusAreaId: z });
    const board = readBoard(doc);
    expect(areasByPriority(board.focusAreas).map((a) => a.title)).toEqual(["Z", "Y", "X"]);
    expect(chainsByPriority(board).map((c) => c.id)).toEqual([cz, cx, free]);
  });
});

describe("edit helpers", () => {
  it("flags a deadline before the start and accepts open ends", () => {
    expect(dateEditProblem("2026-05-02", "2026-05-01")).toBe("deadlineBeforeStart");
    expect(dateEditProblem("2026-05-01", "2026-05-01")).toBeNull();
    expect(dateEditProblem(null, "2026-05-01")).toBeNull();
    expect(dateEditProblem("2026-02-29", null)).toBe("invalidStartDate");
  });

  it("maps Alt+Arrow keys to a target index inside the chain only", () => {
    expect(keyboardTarget("ArrowUp", 2, 4)).toBe(1);
    expect(keyboardTarget("ArrowDown", 2, 4)).toBe(3);
    expect(keyboardTarget("ArrowDown", 3, 4)).toBeNull();
    expect(keyboardTarget("ArrowUp", 0, 4)).toBeNull();
    expect(keyboardTarget("Home", 2, 4)).toBe(0);
    expect(keyboardTarget("End", 3, 4)).toBeNull();
    expect(keyboardTarget("a", 1, 4)).toBeNull();
  });

  it("parses free-text partners without duplicates", () => {
    expect(parsePartners(" NAV,  Frivilligsentralen; nav \n Bodø  kommune,")).toEqual(["NAV", "Frivilligsentralen", "Bodø kommune"]);
  });

  it("formats stored dates without time-zone shifts", () => {
    expect(formatIsoDate("2026-03-01", "nb-NO")).toMatch(/^1\. mar/);
    expect(formatIsoDate("2026-03-01", "en-GB")).toBe("1 Mar 2026");
  });
});
