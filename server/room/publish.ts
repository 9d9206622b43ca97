// After a handler changes the room, every socket gets its fresh view. A failed publish must
// not turn a successful change into an error for the sender: the change is already stored,
// and the next publish or a reconnect brings clients up to date.
import type { HandlerContext } from "../realtime/handler";
import { publishRoomState } from "./state";
import { log } from "../platform/log";

export async function publishRoom(ctx: Pick<HandlerContext, "db" | "io" | "workshopId">): Promise<void> {
  try {
    await publishRoomState(ctx.db, ctx.io, ctx.workshopId);
  } catch (error) {
    log.error(`room publish failed for ${ctx.workshopId}`, error);
  }
}
