"use client";
// The current voting round for one screen, on top of the room's socket (components/room/
// useRoom). The server decides what this socket may see; this hook only keeps the latest of
// each piece, resyncs after a reconnect, and drops pieces of an older round.
import { useCallback, useEffect, useState } from "react";
import type { Room } from "@/components/room/useRoom";
import type { AckOf } from "@/lib/contract/events";
import type { VotingSnapshot } from "@/lib/contract/voting";

const empty: VotingSnapshot = { round: null, progress: null, mine: null, tally: null, results: null };

export interface Voting {
  snapshot: VotingSnapshot;
  /** false until the first sync answered */
  loaded: boolean;
  vote(kind: "cast" | "retract", itemId: string): Promise<AckOf<"vote:cast">>;
  /** A points round: the exact amount on one item. */
  allocate(itemId: string, points: number): Promise<AckOf<"vote:allocate">>;
  resync(): void;
}

export function useVoting(room: Room): Voting {
  const [snapshot, setSnapshot] = useState<VotingSnapshot>(empty);
  const [loaded, setLoaded] = useState(false);
  const { emit, subscribe, status } = room;

  const resync = useCallback(() => {
    void emit("vote:sync").then((ack) => {
      if (ack.ok) {
        setSnapshot(ack.voting);
        setLoaded(true);
      }
    });
  }, [emit]);

  useEffect(() => {
    if (status === "connected") resync();
  }, [status, resync]);

  useEffect(() => {
    const sameRound = (s: VotingSnapshot, roundId: string) => s.round?.id === roundId;
    const offs = [
      subscribe("vote:round", (round) => {
        setSnapshot((s) => (sameRound(s, round.id) ? { ...s, round } : { ...empty, round }));
        // A new round: fetch this socket's full view (own dots, and counts where allowed).
        resync();
      }),
      subscribe("vote:progress", (progress) => setSnapshot((s) => (sameRound(s, progress.roundId) ? { ...s, progress } : s))),
      subscribe("vote:mine", (mine) => setSnapshot((s) => (sameRound(s, mine.roundId) ? { ...s, mine } : s))),
      subscribe("vote:tally", (tally) => setSnapshot((s) => (sameRound(s, tally.roundId) ? { ...s, tally } : s))),
      subscribe("vote:results", (results) => setSnapshot((s) => (sameRound(s, results.roundId) ? { ...s, results } : s))),
    ];
    return () => offs.forEach((off) => off());
  }, [subscribe, resync]);

  const vote = useCallback(
    async (kind: "cast" | "retract", itemId: string) => {
      const roundId = snapshot.round?.id;
      if (!roundId) return { ok: false as const, code: "notFound", message: "no round" };
      const ack = await emit(kind === "cast" ? "vote:cast" : "vote:retract", { roundId, itemId });
      if (ack.ok) setSnapshot((s) => (sameRoundId(s, roundId) ? { ...s, mine: ack.mine } : s));
      return ack;
    },
    [emit, snapshot.round?.id],
  );

  const allocate = useCallback(
    async (itemId: string, points: number) => {
      const roundId = snapshot.round?.id;
      if (!roundId) return { ok: false as const, code: "notFound", message: "no round" };
      const ack = await emit("vote:allocate", { roundId, itemId, points });
      if (ack.ok) setSnapshot((s) => (sameRoundId(s, roundId) ? { ...s, mine: ack.mine } : s));
      return ack;
    },
    [emit, snapshot.round?.id],
  );

  return { snapshot, loaded, vote, allocate, resync };
}

function sameRoundId(s: VotingSnapshot, roundId: string) {
  return s.round?.id === roundId;
}
