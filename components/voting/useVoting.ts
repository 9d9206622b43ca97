"use client";
// The current voting round for one screen, on top of the room's socket (components/room/
// useRoom). The server decides what this socket may see; this hook only keeps the latest of
// each piece, resyncs after a reconnect, and drops pieces of an older round.
import { useCallback, useEffect, useState } from "react";
import type { Ack, Room } from "@/components/room/useRoom";
import { votingEvents, type MyBallot, type Progress, type Results, type RoundView, type Tally, type VotingSnapshot } from "@/lib/contract/voting";

const empty: VotingSnapshot = { round: null, progress: null, mine: null, tally: null, results: null };

export interface Voting {
  snapshot: VotingSnapshot;
  /** false until the first sync answered */
  loaded: boolean;
  vote(kind: "cast" | "retract", itemId: string): Promise<Ack>;
  resync(): void;
}

export function useVoting(room: Room): Voting {
  const [snapshot, setSnapshot] = useState<VotingSnapshot>(empty);
  const [loaded, setLoaded] = useState(false);
  const { emit, subscribe, status } = room;

  const resync = useCallback(() => {
    void emit("vote:sync").then((ack) => {
      if (ack.ok) {
        setSnapshot(ack.voting as VotingSnapshot);
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
      subscribe(votingEvents.round, (payload) => {
        const round = payload as RoundView;
        setSnapshot((s) => (sameRound(s, round.id) ? { ...s, round } : { ...empty, round }));
        // A new round: fetch this socket's full view (own dots, and counts where allowed).
        resync();
      }),
      subscribe(votingEvents.progress, (payload) => setSnapshot((s) => (sameRound(s, (payload as Progress).roundId) ? { ...s, progress: payload as Progress } : s))),
      subscribe(votingEvents.mine, (payload) => setSnapshot((s) => (sameRound(s, (payload as MyBallot).roundId) ? { ...s, mine: payload as MyBallot } : s))),
      subscribe(votingEvents.tally, (payload) => setSnapshot((s) => (sameRound(s, (payload as Tally).roundId) ? { ...s, tally: payload as Tally } : s))),
      subscribe(votingEvents.results, (payload) => setSnapshot((s) => (sameRound(s, (payload as Results).roundId) ? { ...s, results: payload as Results } : s))),
    ];
    return () => offs.forEach((off) => off());
  }, [subscribe, resync]);

  const vote = useCallback(
    async (kind: "cast" | "retract", itemId: string) => {
      const roundId = snapshot.round?.id;
      if (!roundId) return { ok: false as const, code: "notFound", message: "no round" };
      const ack = await emit(`vote:${kind}`, { roundId, itemId });
      if (ack.ok) setSnapshot((s) => (sameRoundId(s, roundId) ? { ...s, mine: ack.mine as MyBallot } : s));
      return ack;
    },
    [emit, snapshot.round?.id],
  );

  return { snapshot, loaded, vote, resync };
}

function sameRoundId(s: VotingSnapshot, roundId: string) {
  return s.round?.id === roundId;
}
