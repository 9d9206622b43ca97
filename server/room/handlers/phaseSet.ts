import { defineHandler, HandlerError } from "../../realtime/handler";
import { clearedTimerRow } from "../timer";
import { publishRoom } from "../publish";
import { applyPhaseSilence } from "../silentWriting";

/**
 * Moves the whole room to a phase. The target is absolute (a phase id, not "next"), so two
 * facilitators pressing "next" at once both land on the same phase instead of skipping one.
 */
export const phaseSet = defineHandler({
  event: "phase:set",
  allow: "facilitator",
  async handle(ctx, { phaseId, keepTimer }) {
    // authorise: the phase must belong to this workshop
    const phase = await ctx.db.phase.findFirst({ where: { id: phaseId, workshopId: ctx.workshopId }, select: { id: true, silentWriting: true, workshop: { select: { silentWriting: true } } } });
    if (!phase) throw new HandlerError("notFound", "no such phase in this workshop");
    // act: a new phase starts with a cleared countdown unless asked otherwise
    await ctx.db.workshop.update({ where: { id: ctx.workshopId }, data: { currentPhaseId: phaseId, ...(keepTimer ? {} : clearedTimerRow) } });
    // The phase's silent-writing setting takes over; leaving a silent phase reveals its notes.
    await applyPhaseSilence(ctx.db, ctx.yjs, ctx.workshopId, phase.silentWriting, phase.workshop.silentWriting);
    await publishRoom(ctx);
    return { phaseId };
  },
});
