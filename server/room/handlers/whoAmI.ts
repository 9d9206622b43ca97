import { defineHandler } from "../../realtime/handler";

/** Lets a client confirm who the server thinks it is (used on reconnect and in tests). */
export const whoAmI = defineHandler({
  event: "session:whoAmI",
  allow: "any",
  async handle({ principal, access, workshopId }) {
    return {
      workshopId,
      access,
      kind: principal.kind,
      name: principal.kind === "user" ? principal.name : principal.displayName,
    };
  },
});
