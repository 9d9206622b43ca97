// A follow-up update reaches the organisers' open follow-up views at once: one event to the
// workshop's facilitators room (every instance, through the socket.io adapter). The views fetch
// the rows again, so the event carries only which action changed.
import { getRuntime } from "../../realtime/runtime";
import { rooms } from "../../realtime/rooms";
import { log } from "../../platform/log";

export function publishFollowUpChange(workshopId: string, change: { chainId: string; actionId: string }): void {
  try {
    getRuntime().io.to(rooms.facilitators(workshopId)).emit("followUp:changed", change);
  } catch (error) {
    // The update is stored; a view that missed the event shows it on its next load.
    log.error(`follow-up publish failed for ${workshopId}`, error);
  }
}
