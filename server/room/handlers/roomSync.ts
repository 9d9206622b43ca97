import { defineHandler } from "../../realtime/handler";
import { roomStateFor } from "../state";

/** The whole room state for the asking socket; clients call it after a reconnect. */
export const roomSync = defineHandler({
  event: "room:sync",
  allow: "any",
  async handle({ db, io, socket }) {
    return { state: await roomStateFor(db, io, socket.data) };
  },
});
