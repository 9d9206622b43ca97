// Who hears what about a round. The rule that keeps a hidden round secret lives here:
// per-item counts (tally, results) go to the facilitators' room only, until the round is
// revealed or the facilitator chose live results. Everyone else hears the round itself,
// progress ("23 of 31 have voted") and, per participant, their own dots.
//
// A burst of votes (a room of 80 clicking) is published once per short window, not per dot:
// a quarter of a second is quick enough for a progress bar and keeps the database free for votes.
import { getDb, type Db } from "../platform/db/client";
import { getRuntime } from "../realtime/runtime";
import type { SamlaServer, SocketData } from "../realtime/handler";
import { rooms } from "../realtime/rooms";
import { log } from "../platform/log";
import { claim, release } from "../realtime/claims";
import { myBallot } from "./cast";
import { progressOf, resultsOf, tallyOf } from "./results";
import { currentRound, getRound, roundView, type RoundRow } from "./rounds";
import type { MyBallot, VotingSnapshot } from "../../lib/contract/voting";

const COUNTS_WINDOW_MS = 250;

export function countsArePublic(round: Pick<RoundRow, "status" | "showLive">): boolean {
  return round.status === "revealed" || round.showLive;
}

/**
 * Every connection of one participant (two tabs, a phone) sees the same dots. The connection
 * that cast them already has them in its acknowledgement (components/voting/useVoting.ts), so
 * it is left out.
 */
export function publishMine(io: SamlaServer, participantId: string, mine: MyBallot, exceptSocketId?: string): void {
  const theirs = io.to(rooms.participant(participantId));
  (exceptSocketId ? theirs.except(exceptSocketId) : theirs).emit("vote:mine", mine);
}

/**
 * The progress the whole room last heard, per open round. Once most people have a dot, the count
 * stops changing while the votes go on; sending the same numbers to every socket four times a
 * second would only cost the server's thread (a room of 300 is 300 socket writes each time).
 * A screen that connects later gets the current count from vote:sync.
 */
const lastProgress = new Map<string, string>();

async function publishCounts(db: Db, io: SamlaServer, workshopId: string, roundId: string, changedRound = false): Promise<void> {
  const round = await getRound(db, workshopId, roundId);
  const [progress, tally] = await Promise.all([progressOf(db, workshopId, roundId), tallyOf(db, round)]);
  const heard = `${progress.voted}/${progress.eligible}`;
  if (changedRound || lastProgress.get(roundId) !== heard) io.to(rooms.workshop(workshopId)).emit("vote:progress", progress);
  if (round.status === "open") lastProgress.set(roundId, heard);
  else lastProgress.delete(roundId);
  io.to(countsArePublic(round) ? rooms.workshop(workshopId) : rooms.facilitators(workshopId)).emit("vote:tally", tally);
}

const pending = new Map<string, NodeJS.Timeout | "claiming">();

/**
 * One counts publish per window for the whole room, whichever instance the votes came to: the
 * first vote of a window claims it (server/realtime/claims.ts) and publishes after the window.
 * The publisher gives the claim back before it reads the counts, so a vote stored after that
 * read finds the claim free and opens the next window: no vote waits for a publish that
 * already happened.
 */
export function scheduleCountsPublish(db: Db, io: SamlaServer, workshopId: string, roundId: string): void {
  if (pending.has(roundId)) return;
  pending.set(roundId, "claiming");
  const key = `counts:${roundId}`;
  void claim(key, COUNTS_WINDOW_MS * 20).then((mine) => {
    if (!mine) return void pending.delete(roundId);
    const timer = setTimeout(() => {
      pending.delete(roundId);
      release(key)
        .then(() => publishCounts(db, io, workshopId, roundId))
        .catch((error) => log.error(`vote counts publish failed for ${roundId}`, error));
    }, COUNTS_WINDOW_MS);
    timer.unref?.();
    pending.set(roundId, timer);
  });
}

/**
 * Someone joined or was removed while a round is open: "7 av 8 har stemt" changes for every
 * screen at once (the projector and the participants who synced earlier too), not only for the
 * late joiner's own screen.
 */
export async function publishProgressIfOpen(db: Db, io: SamlaServer, workshopId: string): Promise<void> {
  const round = await currentRound(db, workshopId);
  if (round?.status === "open") scheduleCountsPublish(db, io, workshopId, round.id);
}

/** The same from a route handler (a join over HTTP); never fails the request it follows. */
export async function publishProgressFromHttp(workshopId: string): Promise<void> {
  try {
    await publishProgressIfOpen(getDb(), getRuntime().io, workshopId);
  } catch (error) {
    log.error(`vote progress publish from HTTP failed for ${workshopId}`, error);
  }
}

/** After open, close or reveal: the new status (and, once revealed, the results) to everyone. */
export async function publishRound(db: Db, io: SamlaServer, round: RoundRow): Promise<void> {
  const workshop = rooms.workshop(round.workshopId);
  io.to(workshop).emit("vote:round", roundView(round));
  await publishCounts(db, io, round.workshopId, round.id, true);
  if (round.status === "revealed") {
    io.to(workshop).emit("vote:results", await resultsOf(db, round, { withBallots: false }));
    if (!round.anonymous) io.to(rooms.facilitators(round.workshopId)).emit("vote:results", await resultsOf(db, round, { withBallots: true }));
  }
}

/** What one socket may know about the current round right now (on connect or reconnect). */
export async function snapshotFor(db: Db, data: SocketData): Promise<VotingSnapshot> {
  const round = await currentRound(db, data.workshopId);
  if (!round) return { round: null, progress: null, mine: null, tally: null, results: null };
  const facilitator = data.access === "facilitator";
  const mine = data.principal.kind === "participant" ? await myBallot(db, round.id, data.principal.participantId, round.budget) : null;
  return {
    round: roundView(round),
    progress: await progressOf(db, data.workshopId, round.id),
    mine,
    tally: facilitator || countsArePublic(round) ? await tallyOf(db, round) : null,
    results: round.status === "revealed" ? await resultsOf(db, round, { withBallots: facilitator }) : null,
  };
}
