// The chain editor inside the live room (PhaseArea, phase kind "actionChains"): the room knows
// the person's board and access; the organisations come from a small route, because the room
// state does not carry them.
"use client";
import { useEffect, useState } from "react";
import type { RoomBoard } from "@/lib/contract/room";
import { ChainWorkspace } from "./ChainWorkspace";
import type { Room } from "@/components/room/useRoom";

export function RoomChains({ room, board, readOnly }: { room: Room; board: RoomBoard; readOnly: boolean }) {
  const workshopId = room.state?.workshopId ?? "";
  const [organisations, setOrganisations] = useState<string[]>([]);
  useEffect(() => {
    if (!workshopId) return;
    const controller = new AbortController();
    fetch(`/w/${workshopId}/chains/organisations`, { signal: controller.signal, credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ organisations: string[] }>) : { organisations: [] }))
      .then((body) => setOrganisations(body.organisations))
      // Without the list people can still type organisation names; nothing else depends on it.
      .catch(() => undefined);
    return () => controller.abort();
  }, [workshopId]);
  return (
    <ChainWorkspace
      workshopId={workshopId}
      boardId={board.id}
      boardTitle={board.title}
      organisations={organisations}
      readOnly={readOnly || board.locked}
      canMarkFinal={room.state?.me.access === "facilitator"}
    />
  );
}
