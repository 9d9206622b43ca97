// Tells the live room that prepared state changed so open screens refetch it. A service may
// also run outside a started server (scripts, the demo seeder in tests); then there is nobody
// to tell and the call does nothing.
import { rooms } from "../realtime/rooms";
import { getRuntime } from "../realtime/runtime";
import type { RoomChange } from "../../lib/contract/room";

export function notifyRoomChanged(workshopId: string, reason: RoomChange): void {
  let io;
  try {
    io = getRuntime().io;
  } catch {
    return;
  }
  io.to(rooms.workshop(workshopId)).emit("room:changed", { reason });
}
