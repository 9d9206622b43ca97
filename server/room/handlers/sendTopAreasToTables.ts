import { defineHandler, HandlerError } from "../../realtime/handler";
import { serialisedAcrossInstances } from "../../platform/serialised";
import { NoPlenaryBoard, NoRankedAreas, NoTableBoards, sendTopAreasToTables as send } from "../sendTopAreasToTables";

/** Copies the plenary's top-ranked focus areas (with notes and rank) onto the table boards. */
export const sendTopAreasToTables = defineHandler({
  event: "boards:sendTopAreasToTables",
  allow: "facilitator",
  async handle(ctx, { count, mode }) {
    try {
      // One copy at a time per workshop, across instances (as gathering: see gatherToPlenary.ts).
      const result = await serialisedAcrossInstances(ctx.db, `copyAreas:${ctx.workshopId}`, () => send(ctx.db, ctx.yjs, ctx.workshopId, { count, mode }));
      return { ...result };
    } catch (error) {
      if (error instanceof NoPlenaryBoard) throw new HandlerError("noPlenaryBoard", "this workshop has no plenary board");
      if (error instanceof NoTableBoards) throw new HandlerError("noTables", "this workshop has no table boards");
      if (error instanceof NoRankedAreas) throw new HandlerError("noRankedAreas", "no focus area on the plenary board has a rank yet");
      throw error;
    }
  },
});
