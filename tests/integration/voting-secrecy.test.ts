// A hidden round is secret until revealed: everything a participant's (and the projector's)
// socket receives is recorded, and none of it may carry counts of other people's dots. The
// facilitator's socket receiving the tally proves the recorder would have seen them. After
// the reveal, the ranks land on the focus areas in the board document, an anonymous round
// names nobody anywhere, and a runoff among tied areas is ranked inside the earlier result.
import type { Socket } from "socket.io-client";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBoard } from "@/lib/board";
import type { Db } from "@/server/platform/db/client";
import { BoardPersistence } from "@/server/boards/boardPersistence";
import type { RunningServer } from "../helpers/server";
import type { SignedIn } from "../helpers/auth";
import { connect, emit, roundItems, startVotingServer, stopVotingServer, type VotingFixture } from "./votingFixture";

const authSecret = "voting-secrecy-secret-that-is-long-enough-0123456789abcdef";
let server: RunningServer;
let db: Db;
let facilitator: SignedIn;
let fixture: VotingFixture;
const sockets: Socket[] = [];

beforeAll(async () => {
  ({ server, db, facilitator, fixture } = await startVotingServer(authSecret, { participants: 8, areas: ["Psykisk helse", "Bolig", "Skole", "Arbeid"] }));
});

afterAll(() => stopVotingServer({ server, db }, sockets));

type Received = { event: string; payload: unknown };
function record(socket: Socket): Received[] {
  const log: Received[] = [];
  socket.onAny((event, payload) => log.push({ event, payload }));
  return log;
}

/** Every {id, dots} pair anywhere in a payload: the shape any per-item count would take. */
function countsIn(value: unknown, found: Array<{ id: string; dots: number }> = []) {
  if (Array.isArray(value)) value.forEach((v) => countsIn(v, found));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.id === "string" && typeof o.dots === "number") found.push({ id: o.id, dots: o.dots });
    Object.values(o).forEach((v) => countsIn(v, found));
  }
  return found;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readStoredBoard(boardId: string) {
  const doc = new Y.Doc();
  await new BoardPersistence(db, boardId).load(doc, null);
  return readBoard(doc);
}

describe("secret until revealed", () => {
  it("a participant's and the projector's sockets receive no tallies of others' votes before the reveal", async () => {
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    const [watcher, ...voters] = await Promise.all(fixture.participants.map((p) => connect(server.url, fixture.workshopId, p.token)));
    sockets.push(fac, watcher, ...voters);
    const facLog = record(fac);
    const watcherLog = record(watcher);
    const watcherAcks: unknown[] = [];

    const open = await emit(fac, "vote:open", { title: "Prioritering", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 2, anonymous: true, showLive: false } });
    expect(open.ok).toBe(true);
    const round = open.ok ? open.round : null;
    const [a, b, c, d] = round.items.map((i: { id: string }) => i.id);

    // The watcher votes too (own dots are fine to receive), and syncs in the middle.
    watcherAcks.push(await emit(watcher, "vote:cast", { roundId: round.id, itemId: d }));
    for (const [n, s] of voters.entries()) {
      for (const itemId of n === 5 ? [b, d, d] : [a, b, c]) watcherAcks.push(await emit(s, "vote:cast", { roundId: round.id, itemId }).then(() => null));
    }
    watcherAcks.push(await emit(watcher, "vote:sync"));
    await wait(400); // let the batched publishes go out
    expect(await emit(fac, "vote:close", { roundId: round.id })).toMatchObject({ ok: true });
    watcherAcks.push(await emit(watcher, "vote:sync"));
    await wait(300);

    // Positive control: the facilitator did receive per-item counts.
    const facCounts = facLog.filter((r) => r.event === "vote:tally").flatMap((r) => countsIn(r.payload));
    expect(facCounts.some((c) => c.id === a && c.dots > 0)).toBe(true);

    const beforeReveal = [...watcherLog.map((r) => r.payload), ...watcherAcks];
    expect(watcherLog.map((r) => r.event)).not.toContain("vote:tally");
    expect(watcherLog.map((r) => r.event)).not.toContain("vote:results");
    expect(watcherLog.filter((r) => r.event === "vote:progress").length).toBeGreaterThan(0);
    for (const r of watcherLog.filter((r) => r.event === "vote:progress")) expect(Object.keys(r.payload as object).sort()).toEqual(["eligible", "roundId", "voted"]);
    // No {id, dots} anywhere, and the only dot numbers are the watcher's own (1 on d).
    expect(countsIn(beforeReveal)).toEqual([]);
    const text = JSON.stringify(beforeReveal);
    for (const id of [a, b, c]) expect(text).not.toContain(`"${id}":`);
    expect(text).toContain(`"${d}":1`);

    // The reveal: now everyone hears the same ranking, and nobody is named.
    const reveal = await emit(fac, "vote:reveal", { roundId: round.id });
    expect(reveal).toMatchObject({ ok: true, boardsNotUpdated: [] });
    await wait(300);
    const results = watcherLog.find((r) => r.event === "vote:results")?.payload as any;
    expect(results.ranking.map((r: any) => [r.title, r.dots, r.rank, r.tied])).toEqual([
      ["Bolig", 7, 1, false],
      ["Psykisk helse", 6, 2, true],
      ["Skole", 6, 2, true],
      ["Arbeid", 3, 4, false],
    ]);
    const facResults = facLog.filter((r) => r.event === "vote:results").map((r) => r.payload);
    for (const payload of [results, ...facResults, reveal]) {
      const json = JSON.stringify(payload);
      expect(json).not.toContain("ballots");
      for (const p of fixture.participants) {
        expect(json).not.toContain(p.id);
        expect(json).not.toContain(p.name);
      }
    }

    // Ranks on the focus areas, in the database and in the board document.
    const board = await readStoredBoard(fixture.boardId);
    const rankOf = (title: string) => board.focusAreas.find((f) => f.title === title)?.rank;
    expect([rankOf("Bolig"), rankOf("Psykisk helse"), rankOf("Skole"), rankOf("Arbeid")]).toEqual([1, 2, 2, 4]);
    expect((await db.votingItem.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } })).map((i) => i.rank)).toEqual([2, 1, 2, 4]);
  });

  it("a runoff among the tied keeps the history and is ranked inside the earlier result", async () => {
    const fac = sockets[0];
    const voters = sockets.slice(2);
    const [psykisk, , skole] = fixture.areaIds;
    const open = await emit(fac, "vote:open", {
      title: "Ny runde",
      items: [psykisk, skole].map((focusAreaId) => ({ boardId: fixture.boardId, focusAreaId })),
      settings: { budget: 1, maxPerItem: 1, anonymous: false, showLive: true },
    });
    expect(open.ok).toBe(true);
    const round = open.ok ? open.round : null;
    const liveTally = new Promise<any>((resolve) => voters[0].on("vote:tally", resolve));
    for (const [n, s] of voters.entries()) await emit(s, "vote:cast", { roundId: round.id, itemId: round.items[n < 5 ? 1 : 0].id });
    // A live round shows the counts to participants while voting.
    expect(countsIn(await liveTally).length).toBe(2);
    expect(await emit(fac, "vote:close", { roundId: round.id })).toMatchObject({ ok: true });
    const reveal = await emit(fac, "vote:reveal", { roundId: round.id });
    expect(reveal.ok).toBe(true);
    // Named round: the facilitator sees who gave what.
    expect(reveal.ok && reveal.results.ballots).toHaveLength(7);

    const board = await readStoredBoard(fixture.boardId);
    const rankOf = (title: string) => board.focusAreas.find((f) => f.title === title)?.rank;
    expect([rankOf("Bolig"), rankOf("Skole"), rankOf("Psykisk helse"), rankOf("Arbeid")]).toEqual([1, 2, 3, 4]);

    const history = await fetch(`${server.url}/api/workshops/${fixture.workshopId}/voting`, { headers: { cookie: facilitator.cookieHeader } });
    expect(history.status).toBe(200);
    const rounds = ((await history.json()) as any).rounds;
    expect(rounds.map((r: any) => [r.round.title, r.round.status])).toEqual([["Ny runde", "revealed"], ["Prioritering", "revealed"]]);
    // The anonymous first round's export names nobody.
    const csv = await fetch(`${server.url}/api/workshops/${fixture.workshopId}/voting/${rounds[1].round.id}/results?format=csv`, { headers: { cookie: facilitator.cookieHeader } });
    expect(csv.status).toBe(200);
    const csvText = await csv.text();
    expect(csvText).toContain("Bolig");
    for (const p of fixture.participants) expect(csvText).not.toContain(p.name);
    expect(JSON.stringify(rounds[1])).not.toContain(fixture.participants[0].id);
    // Participants may not fetch the candidates or the export.
    const asParticipant = await fetch(`${server.url}/api/workshops/${fixture.workshopId}/voting/candidates?token=${fixture.participants[0].token}`);
    expect(asParticipant.status).toBe(403);
  });
});
