"use client";
// Which board a participant writes on during silent writing. While the room is silent, their
// private board behind the shared one (asked of the server once per shared board; the same id
// after a reload). When the silence ends the private board stays on screen until everything
// written on it has reached the server (an offline spell may have held notes back), then the
// participant's remaining notes are shared and the shared board takes over: nothing written in
// silence is left behind on the private board.
import { useCallback, useEffect, useState } from "react";
import type { Room } from "./useRoom";

export type SilentBoard =
  | { mode: "shared" }
  /** `handingOver`: the silence has ended; waiting for the private board to be saved. */
  | { mode: "private"; privateBoardId: string; handingOver: boolean }
  | { mode: "waiting" };

export function useSilentBoard(room: Room, sharedBoardId: string, silent: boolean): { board: SilentBoard; onSaveState: (save: string) => void; shareMine: () => Promise<number | null> } {
  const [privateBoardId, setPrivateBoardId] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const connected = room.status === "connected";

  useEffect(() => {
    if (!silent || !connected) return;
    let current = true;
    void room.emit("silent:privateBoard", { boardId: sharedBoardId }).then((ack) => {
      if (current && ack.ok) setPrivateBoardId(ack.privateBoardId);
    });
    return () => {
      current = false;
    };
  }, [room, sharedBoardId, silent, connected]);

  const shareMine = useCallback(async () => {
    const ack = await room.emit("silent:shareMine", { boardId: sharedBoardId });
    return ack.ok ? ack.moved : null;
  }, [room, sharedBoardId]);

  // The hand-over: once the private board says "saved" with the room connected, share and leave.
  useEffect(() => {
    if (silent || !privateBoardId || !saved || !connected) return;
    let current = true;
    void shareMine().then((moved) => {
      if (current && moved !== null) setPrivateBoardId(null);
    });
    return () => {
      current = false;
    };
  }, [silent, privateBoardId, saved, connected, shareMine]);

  const onSaveState = useCallback((save: string) => setSaved(save === "saved"), []);

  if (privateBoardId) return { board: { mode: "private", privateBoardId, handingOver: !silent }, onSaveState, shareMine };
  return { board: silent ? { mode: "waiting" } : { mode: "shared" }, onSaveState, shareMine };
}
