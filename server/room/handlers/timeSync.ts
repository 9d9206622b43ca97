import { defineHandler } from "../../realtime/handler";

/**
 * The server's clock, so a client can work out its offset from the round trip
 * (offset = serverNow + rtt/2 - localNow). Timers on every screen then agree.
 */
export const timeSync = defineHandler({
  event: "time:sync",
  allow: "any",
  async handle() {
    return { serverNow: Date.now() };
  },
});
