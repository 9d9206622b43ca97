import { defineHandler, HandlerError } from "../../realtime/handler";
import { gatherFocusAreasToPlenary, NoPlenaryBoard } from "../gatherToPlenary";
import { serialisedAcrossInstances } from "../../platform/serialised";

/** Copies every table's focus areas onto the plenary board (once each). */
export const gatherToPlenary = defineHandler({
  event: "boards:gatherToPlenary",
  allow: "facilitator",
  async handle(ctx) {
    try {
      // One copy at a time per workshop, across instances: two facilitators gathering at once
      // would otherwise both find the areas missing and copy them twice.
      const result = await serialisedAcrossInstances(ctx.db, `copyAreas:${ctx.workshopId}`, () => gatherFocusAreasToPlenary(ctx.db, ctx.yjs, ctx.workshopId));
      return { ...result };
    } catch (error) {
      if (error instanceof NoPlenaryBoard) throw new HandlerError("noPlenaryBoard", "this workshop has no plenary board");
      throw error;
    }
  },
});
