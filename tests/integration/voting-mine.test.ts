// A participant's own dots with two tabs open: the tab that casts learns them from its
// acknowledgement only (no vote:mine echo), the other tab hears vote:mine, and another
// participant hears nothing of them.
import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "@/bench/lib/clients";
import type { Db } from "@/server/platform/db/client";
import type { RunningServer } from "../helpers/server";
import type { SignedIn } from "../helpers/auth";
import { connect, emit, roundItems, startVotingServer, stopVotingServer, type VotingFixture } from "./votingFixture";

const authSecret = "voting-mine-secret-that-is-long-enough-0123456789abcdefgh";
let server: RunningServer;
let db: Db;
let facilitator: SignedIn;
let fixture: VotingFixture;
const sockets: Socket[] = [];

beforeAll(async () => {
  ({ server, db, facilitator, fixture } = await startVotingServer(authSecret, { participants: 2, areas: ["Psykisk helse", "Bolig"] }));
});

afterAll(() => stopVotingServer({ server, db }, sockets));

function mineEvents(socket: Socket): unknown[] {
  const received: unknown[] = [];
  socket.on("vote:mine", (payload) => received.push(payload));
  return received;
}

describe("own dots across tabs", () => {
  it("the casting tab gets its dots in the ack, the other tab by vote:mine, nobody else at all", async () => {
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    const [me, other] = fixture.participants;
    const [tabA, tabB, someoneElse] = await Promise.all([me, me, other].map((p) => connect(server.url, fixture.workshopId, p.token)));
    sockets.push(fac, tabA, tabB, someoneElse);
    const [aMine, bMine, elseMine] = [tabA, tabB, someoneElse].map(mineEvents);

    const open = await emit(fac, "vote:open", { title: "Prioritering", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 2, anonymous: true, showLive: false } });
    expect(open.ok).toBe(true);
    const round = open.ok ? open.round : null;
    const itemId = round.items[0].id as string;

    const cast = await emit(tabA, "vote:cast", { roundId: round.id, itemId });
    expect(cast).toMatchObject({ ok: true, mine: { roundId: round.id, dots: { [itemId]: 1 }, spent: 1, left: 2 } });
    await eventually(() => bMine.length === 1, 5_000, "vote:mine on the other tab");
    expect(bMine[0]).toEqual(cast.ok ? cast.mine : null);

    // The other tab casting: now the first tab hears it, the second has its ack.
    const second = await emit(tabB, "vote:cast", { roundId: round.id, itemId });
    expect(second).toMatchObject({ ok: true, mine: { spent: 2, left: 1 } });
    await eventually(() => aMine.length === 1, 5_000, "vote:mine on the first tab");
    expect(aMine[0]).toEqual(second.ok ? second.mine : null);

    // A round trip on each socket after the casts: anything still in flight has arrived.
    for (const s of [tabA, tabB, someoneElse]) await emit(s, "time:sync");
    expect(aMine).toHaveLength(1);
    expect(bMine).toHaveLength(1);
    expect(elseMine).toHaveLength(0);
  });
});
