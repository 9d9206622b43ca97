// The log of a full scenario (sign-in, participants on a board writing notes, a vote, an
// export) at the most talkative level: every line is one JSON object with a level, and no line
// holds a participant's name, a note's text, a password, a token or a session cookie.
import { afterAll, describe, expect, it } from "vitest";
import type { Socket } from "socket.io-client";
import { addNote } from "@/lib/board";
import { connectBoard, eventually, synced, type BoardClient } from "@/bench/lib/clients";
import { connect, emit, roundItems, startVotingServer, stopVotingServer, type VotingServer } from "./votingFixture";

const authSecret = "logs-test-secret-0123456789-abcdefghij";
let running: Partial<VotingServer> = {};
const sockets: Socket[] = [];
const boards: BoardClient[] = [];

afterAll(async () => {
  for (const b of boards) b.destroy();
  await stopVotingServer(running, sockets);
});

describe("logs", () => {
  it("one JSON line per event, with ids and timings, and nobody's words, names or secrets", async () => {
    const before = process.env.SAMLA_LOG;
    process.env.SAMLA_LOG = "debug";
    try {
      running = await startVotingServer(authSecret, { participants: 3, areas: ["Trygge overganger", "Felles kompetanse"] });
    } finally {
      process.env.SAMLA_LOG = before;
    }
    const { server, facilitator, fixture } = running as VotingServer;

    // Participants on the board, each writing a note with words of their own.
    const noteTexts = fixture.participants.map((p, i) => `Hemmelig innspill ${i} fra ${p.name}: kvernknurr-${i}`);
    for (const [i, p] of fixture.participants.entries()) {
      const client = connectBoard(server.url, fixture.boardId, p.token, { acks: true });
      boards.push(client);
      await synced(client);
      addNote(client.doc, { text: noteTexts[i], x: i * 10, y: 0, authorId: p.id, authorName: p.name, authorOrganisation: p.organisation });
    }

    // A vote: the facilitator opens a round, every participant casts a dot.
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    sockets.push(fac);
    const open = await emit(fac, "vote:open", { title: "Prioritering", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 2, anonymous: false, showLive: true } });
    expect(open.ok).toBe(true);
    const round = open.ok ? open.round : null;
    for (const p of fixture.participants) {
      const socket = await connect(server.url, fixture.workshopId, p.token);
      sockets.push(socket);
      expect((await emit(socket, "vote:cast", { roundId: round.id, itemId: round.items[0].id })).ok).toBe(true);
    }

    // Pages and an export, as the facilitator; a participant's page with its token in the URL.
    for (const path of ["/dashboard", `/workshops/${fixture.workshopId}`, `/api/workshops/${fixture.workshopId}/export/pdf`]) {
      const res = await fetch(`${server.url}${path}`, { headers: { cookie: facilitator.cookieHeader } });
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    await fetch(`${server.url}/w/${fixture.workshopId}?token=${encodeURIComponent(fixture.participants[0].token)}`).then((r) => r.arrayBuffer());
    for (const b of boards) b.destroy();
    for (const s of sockets) s.disconnect();
    await eventually(() => server.output().includes("yjs connection closed"), 10_000, "the board connections' closing lines");
    await server.stop();

    // Next.js prints its own banner while it loads its config ("▲ Next.js …", "✓ Running …");
    // every other line is Samla's, and JSON.
    const lines = server.output().split("\n").filter((line) => line.trim() !== "" && !/^\s*[▲✓]/.test(line));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.every((entry) => typeof entry.level === "string" && typeof entry.time === "string" && typeof entry.msg === "string")).toBe(true);
    // Requests carry an id and a duration; board and socket connections an id of their own.
    const requests = parsed.filter((entry) => entry.msg === "http request");
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.every((entry) => typeof entry.reqId === "string" && typeof entry.ms === "number" && typeof entry.status === "number")).toBe(true);
    expect(parsed.some((entry) => entry.msg === "yjs connection opened" && typeof entry.connId === "string")).toBe(true);
    expect(parsed.some((entry) => entry.msg === "socket event" && entry.event === "vote:cast" && typeof entry.ms === "number")).toBe(true);

    const log = lines.join("\n");
    const secrets = [
      ...fixture.participants.flatMap((p) => [p.name, p.token]),
      ...noteTexts,
      "kvernknurr",
      "Fanny Fasilitator",
      "et langt og trygt passord",
      facilitator.sessionToken,
      authSecret,
    ];
    for (const secret of secrets) expect(log.includes(secret), `the log holds "${secret.slice(0, 20)}…"`).toBe(false);
    expect(log).not.toMatch(/token=(?!\[redacted\])/);
  });
});
