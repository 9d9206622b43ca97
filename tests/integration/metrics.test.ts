// /metrics against the real server: refused without the token when one is set, off when
// neither METRICS nor a token is set, and the durable-ack histogram, update and ack counters
// and vote-cast histogram move while clients write; no name or note text in a scrape.
import { afterAll, describe, expect, it } from "vitest";
import { addNote, messageType, readDurableAck } from "@/lib/board";
import { connectBoard, eventually, synced, type BoardClient } from "@/bench/lib/clients";
import { seedBoard } from "@/bench/lib/boardFixture";
import { histogram, scrape } from "@/bench/lib/scrape";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "metrics-test-secret-0123456789abcdefgh";
const token = "metrics-token-0123456789abcdef";
const servers: RunningServer[] = [];
const clients: BoardClient[] = [];
let db: Db | undefined;

afterAll(async () => {
  for (const c of clients) c.destroy();
  await db?.$disconnect();
  for (const s of servers) await s.stop();
});

describe("/metrics", () => {
  it("is off by default", async () => {
    const plain = await startServer();
    servers.push(plain);
    expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
  });

  it("asks for the token and shows the ack-latency histogram moving under writes", async () => {
    const server = await startServer({ env: { AUTH_SECRET: authSecret, METRICS_TOKEN: token } });
    servers.push(server);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789abc" } })).status).toBe(401);

    const before = await scrape(server.url, token);
    expect(histogram(before, "samla_board_durable_ack_seconds").count).toBe(0);
    expect(before.has("nodejs_eventloop_lag_seconds")).toBe(true);

    db = createDb(server.databaseUrl);
    const fx = await seedBoard(db, authSecret, 3);
    let acks = 0;
    for (const t of fx.tokens) {
      const client = connectBoard(server.url, fx.boardId, t, { acks: true });
      clients.push(client);
      await synced(client);
      client.provider.messageHandlers[messageType.durableAck] = (_encoder, decoder) => {
        readDurableAck(decoder);
        acks++;
      };
    }
    const during = await scrape(server.url, token);
    expect(during.get('samla_connections{kind="board"}')).toBe(3);
    expect(during.get("samla_open_boards")).toBe(1);
    for (let i = 0; i < 30; i++) addNote(clients[i % 3].doc, { text: `Innspill om kvernknurr ${i}`, x: i, y: 0, authorId: fx.participantIds[i % 3], authorName: `Deltaker ${i % 3}` });
    await eventually(() => acks >= 30, 20_000, "30 durable acks");

    // Each client also gets an ack at connect (its presence claim: 3 before any write), so the
    // 30th ack can arrive before the 30th note's observation: read until the histogram has them.
    let after = await scrape(server.url, token);
    for (const deadline = Date.now() + 20_000; histogram(after, "samla_board_durable_ack_seconds").count < 30 && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 50));
      after = await scrape(server.url, token);
    }
    const ack = histogram(after, "samla_board_durable_ack_seconds");
    expect(ack.count).toBeGreaterThanOrEqual(30);
    expect(ack.sum).toBeGreaterThan(0);
    expect(after.get("samla_board_updates_total")).toBeGreaterThanOrEqual(30);
    expect(after.get("samla_board_acks_total")).toBeGreaterThanOrEqual(30);

    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(text).not.toMatch(/kvernknurr|Deltaker|Søkekonferanse/);
    expect(text).not.toContain(fx.boardId);
    expect(text).not.toContain(fx.workshopId);
  });
});
