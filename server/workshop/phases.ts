// Editing a workshop's phases. The facilitator's screen sends edits by position together with
// the phase ids it showed; if someone else changed the list meanwhile (a co-facilitator in
// another tab), the edit is refused with phasesChanged instead of landing on the wrong phase.
import { z } from "zod";
import type { Db } from "../platform/db/client";
import type { PhaseDraft } from "../../lib/domain/templates/phase";
import { applyTemplateEdits, templateEditsSchema } from "../../lib/domain/templates/templateEdits";
import { WorkshopError } from "./errors";

export const phaseEditRequestSchema = z.object({
  expectedIds: z.array(z.string().min(1).max(64)).max(100),
  edits: templateEditsSchema.min(1),
});
export type PhaseEditRequest = z.input<typeof phaseEditRequestSchema>;

type StoredPhase = PhaseDraft & { id?: string };

export async function editPhases(db: Db, workshopId: string, request: PhaseEditRequest) {
  const { expectedIds, edits } = phaseEditRequestSchema.parse(request);
  return db.$transaction(async (tx) => {
    const workshop = await tx.workshop.findUnique({ where: { id: workshopId }, select: { currentPhaseId: true } });
    if (!workshop) throw new WorkshopError("notFound");
    const rows = await tx.phase.findMany({ where: { workshopId }, orderBy: { position: "asc" } });
    if (rows.length !== expectedIds.length || rows.some((r, i) => r.id !== expectedIds[i])) {
      throw new WorkshopError("phasesChanged");
    }
    const current: StoredPhase[] = rows.map((r) => ({
      id: r.id,
      kind: r.kind as PhaseDraft["kind"],
      title: r.title,
      prompt: r.prompt,
      timeboxMinutes: r.timeboxMinutes,
      groupMode: r.groupMode as PhaseDraft["groupMode"],
      silentWriting: r.silentWriting,
    }));
    const result = applyTemplateEdits(current, edits);
    if (!result.ok) throw new WorkshopError(result.code, { editIndex: result.editIndex });

    const kept = new Set(result.phases.flatMap((p) => (p.id ? [p.id] : [])));
    const removed = rows.filter((r) => !kept.has(r.id)).map((r) => r.id);
    if (removed.length > 0) await tx.phase.deleteMany({ where: { id: { in: removed } } });
    for (const [position, phase] of result.phases.entries()) {
      const fields = { kind: phase.kind, title: phase.title, prompt: phase.prompt, timeboxMinutes: phase.timeboxMinutes, groupMode: phase.groupMode, silentWriting: phase.silentWriting ?? false, position };
      if (phase.id) await tx.phase.update({ where: { id: phase.id }, data: fields });
      else await tx.phase.create({ data: { ...fields, workshopId } });
    }
    // A removed current phase leaves the room on no phase rather than pointing at nothing.
    if (workshop.currentPhaseId && removed.includes(workshop.currentPhaseId)) {
      await tx.workshop.update({ where: { id: workshopId }, data: { currentPhaseId: null } });
    }
    return tx.phase.findMany({ where: { workshopId }, orderBy: { position: "asc" } });
  });
}
