import { describe, expect, it } from "vitest";
import { instantiateTemplate } from "./methodTemplates";
import type { PhaseDraft } from "./phase";
import { MAX_PHASES, applyTemplateEdit, applyTemplateEdits, templateEditSchema } from "./templateEdits";

const base = instantiateTemplate("searchConference", "nb");
const kinds = (phases: readonly PhaseDraft[]) => phases.map((p) => p.kind);
const extra: PhaseDraft = { kind: "plenary", title: "Pause", prompt: "", timeboxMinutes: 15, groupMode: "plenary" };

function ok<P>(result: { ok: true; phases: P[] } | { ok: false }): P[] {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.phases;
}

describe("applyTemplateEdit", () => {
  it("adds a phase at an index or at the end", () => {
    const atTwo = ok(applyTemplateEdit(base, { op: "add", phase: extra, index: 2 }));
    expect(kinds(atTwo)).toEqual(["futureImage", "obstacles", "plenary", "focusAreas", "prioritising", "actionChains", "summary"]);
    expect(ok(applyTemplateEdit(base, { op: "add", phase: extra })).at(-1)).toEqual(extra);
    expect(applyTemplateEdit(base, { op: "add", phase: extra, index: 7 })).toMatchObject({ ok: false, code: "indexOutOfRange" });
  });

  it("removes a phase but never the last one", () => {
    expect(kinds(ok(applyTemplateEdit(base, { op: "remove", index: 0 })))[0]).toBe("obstacles");
    expect(applyTemplateEdit(base, { op: "remove", index: 6 })).toMatchObject({ ok: false, code: "indexOutOfRange" });
    const single = instantiateTemplate("free", "nb");
    expect(applyTemplateEdit(single, { op: "remove", index: 0 })).toMatchObject({ ok: false, code: "lastPhase" });
  });

  it("moves a phase forwards and backwards", () => {
    expect(kinds(ok(applyTemplateEdit(base, { op: "move", from: 5, to: 0 })))).toEqual([
      "summary", "futureImage", "obstacles", "focusAreas", "prioritising", "actionChains",
    ]);
    expect(kinds(ok(applyTemplateEdit(base, { op: "move", from: 0, to: 2 })))).toEqual([
      "obstacles", "focusAreas", "futureImage", "prioritising", "actionChains", "summary",
    ]);
    expect(applyTemplateEdit(base, { op: "move", from: 0, to: 6 })).toMatchObject({ ok: false, code: "indexOutOfRange" });
  });

  it("updates only the given fields and keeps extra fields such as ids", () => {
    const withIds = base.map((p, i) => ({ ...p, id: `p${i}` }));
    const updated = ok(applyTemplateEdit(withIds, { op: "update", index: 1, patch: { prompt: "Hva er viktig for deg?", timeboxMinutes: null } }));
    expect(updated[1]).toEqual({ ...withIds[1], prompt: "Hva er viktig for deg?", timeboxMinutes: null });
    const moved = ok(applyTemplateEdit(withIds, { op: "move", from: 0, to: 1 }));
    expect(moved.map((p) => p.id)).toEqual(["p1", "p0", "p2", "p3", "p4", "p5"]);
  });

  it("never changes its input", () => {
    const copy = structuredClone(base);
    applyTemplateEdit(base, { op: "update", index: 0, patch: { title: "X" } });
    applyTemplateEdit(base, { op: "remove", index: 0 });
    expect(base).toEqual(copy);
  });

  it("refuses to grow beyond the phase limit", () => {
    const full = Array.from({ length: MAX_PHASES }, () => extra);
    expect(applyTemplateEdit(full, { op: "add", phase: extra })).toMatchObject({ ok: false, code: "tooManyPhases" });
  });
});

describe("applyTemplateEdits", () => {
  it("applies edits in order", () => {
    const phases = ok(applyTemplateEdits(base, [
      { op: "remove", index: 5 },
      { op: "add", phase: extra, index: 0 },
      { op: "update", index: 0, patch: { title: "Velkommen" } },
    ]));
    expect(phases.map((p) => p.title)[0]).toBe("Velkommen");
    expect(phases).toHaveLength(6);
    expect(kinds(phases).includes("summary")).toBe(false);
  });

  it("reports the first failing edit and applies nothing", () => {
    const result = applyTemplateEdits(base, [{ op: "remove", index: 0 }, { op: "remove", index: 9 }]);
    expect(result).toEqual({ ok: false, code: "indexOutOfRange", editIndex: 1 });
  });
});

describe("templateEditSchema", () => {
  it("validates edits from the outside", () => {
    expect(templateEditSchema.safeParse({ op: "move", from: 0, to: 2 }).success).toBe(true);
    expect(templateEditSchema.safeParse({ op: "move", from: -1, to: 2 }).success).toBe(false);
    expect(templateEditSchema.safeParse({ op: "add", phase: { ...extra, kind: "nope" } }).success).toBe(false);
    expect(templateEditSchema.safeParse({ op: "update", index: 0, patch: { groupMode: "mixed" } }).success).toBe(true);
    expect(templateEditSchema.safeParse({ op: "update", index: 0, patch: { groupMode: "x" } }).success).toBe(false);
    expect(templateEditSchema.safeParse({ op: "rename", index: 0 }).success).toBe(false);
  });
});
