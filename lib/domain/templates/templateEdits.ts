// Editing a workshop's phase list: add, remove, move, update. Edits address phases by
// position because that is what the facilitator sees; the service that stores them checks the
// list it edits is the one the facilitator saw (e.g. by phase ids) before applying.
import { z } from "zod";
import { phaseSchema, type PhaseDraft } from "./phase";

/** More would not fit a day; the limit also bounds what one request can make us store. */
export const MAX_PHASES = 40;

const index = z.number().int().min(0);

export const templateEditSchema = z.discriminatedUnion("op", [
  /** Without `index` the phase goes last. */
  z.object({ op: z.literal("add"), phase: phaseSchema, index: index.optional() }),
  z.object({ op: z.literal("remove"), index }),
  z.object({ op: z.literal("move"), from: index, to: index }),
  z.object({ op: z.literal("update"), index, patch: phaseSchema.partial() }),
]);
export type TemplateEdit = z.infer<typeof templateEditSchema>;

export const templateEditsSchema = z.array(templateEditSchema).max(200);

export type TemplateEditError = "indexOutOfRange" | "lastPhase" | "tooManyPhases";
export type TemplateEditResult<P> = { ok: true; phases: P[] } | { ok: false; code: TemplateEditError; editIndex: number };

/**
 * Applies one edit without touching the input. Generic so that phases carrying an id or other
 * fields keep them through a move or an update.
 */
export function applyTemplateEdit<P extends PhaseDraft>(phases: readonly P[], edit: TemplateEdit): TemplateEditResult<P> {
  return applyTemplateEdits(phases, [edit]);
}

/** All or nothing: the first failing edit is reported and the original list stays as it was. */
export function applyTemplateEdits<P extends PhaseDraft>(
  phases: readonly P[],
  edits: readonly TemplateEdit[],
): TemplateEditResult<P> {
  let current = [...phases];
  for (let i = 0; i < edits.length; i++) {
    const result = applyOne(current, edits[i]);
    if (typeof result === "string") return { ok: false, code: result, editIndex: i };
    current = result;
  }
  return { ok: true, phases: current };
}

function applyOne<P extends PhaseDraft>(phases: P[], edit: TemplateEdit): P[] | TemplateEditError {
  const next = [...phases];
  switch (edit.op) {
    case "add": {
      if (next.length >= MAX_PHASES) return "tooManyPhases";
      const at = edit.index ?? next.length;
      if (at > next.length) return "indexOutOfRange";
      // A new phase has no id or other stored fields yet; the caller assigns them when saving.
      next.splice(at, 0, { ...edit.phase } as P);
      return next;
    }
    case "remove": {
      if (edit.index >= next.length) return "indexOutOfRange";
      if (next.length === 1) return "lastPhase";
      next.splice(edit.index, 1);
      return next;
    }
    case "move": {
      if (edit.from >= next.length || edit.to >= next.length) return "indexOutOfRange";
      const [moved] = next.splice(edit.from, 1);
      next.splice(edit.to, 0, moved);
      return next;
    }
    case "update": {
      if (edit.index >= next.length) return "indexOutOfRange";
      const patch = Object.fromEntries(Object.entries(edit.patch).filter(([, v]) => v !== undefined));
      next[edit.index] = { ...next[edit.index], ...patch };
      return next;
    }
  }
}
