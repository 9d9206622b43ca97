import { defineHandler, HandlerError } from "../handler";
import { gatherFocusAreasToPlenary, NoPlenaryBoard } from "../../services/gatherToPlenary";
import { emptyInput } from "./emptyInput";

/** Copies every table's focus areas onto the plenary board (once each). */
export const gatherToPlenary = defineHandler({
  event: "boards:gatherToPlenary",
  allow: "facilitator",
  input: emptyInput,
  async handle(ctx) {
    try {
      const result = await gatherFocusAreasToPlenary(ctx.db, ctx.yjs, ctx.workshopId);
      return { ...result };
    } catch (error) {
      if (error instanceof NoPlenaryBoard) throw new HandlerError("noPlenaryBoard", "this workshop has no plenary board");
      throw error;
    }
  },
});
