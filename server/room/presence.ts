// Who is online, computed from the sockets themselves (fetchSockets also sees other
// instances' sockets through the Redis adapter), so nothing lives only in one process.
// A person with two tabs open counts once; a reconnect is just another socket for the same id.
import type { SamlaServer } from "../realtime/handler";
import { rooms } from "../realtime/rooms";

export interface OnlineParticipant {
  participantId: string;
  sockets: number;
}

export async function onlineParticipants(io: SamlaServer, workshopId: string): Promise<Map<string, OnlineParticipant>> {
  const sockets = await io.in(rooms.workshop(workshopId)).fetchSockets();
  const online = new Map<string, OnlineParticipant>();
  for (const socket of sockets) {
    const data = socket.data;
    if (data?.principal.kind !== "participant" || data.principal.role !== "participant") continue;
    const id = data.principal.participantId;
    const entry = online.get(id) ?? { participantId: id, sockets: 0 };
    entry.sockets += 1;
    online.set(id, entry);
  }
  return online;
}
