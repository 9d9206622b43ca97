// The documented client example (docs/examples/yjs-client.mjs) works against the real server.
import { spawnSync } from "node:child_process";
import path from "node:path";
import * as Y from "yjs";
import { afterAll, expect, it } from "vitest";
import { readBoard } from "@/lib/board";
import { seedBoard } from "@/bench/lib/boardFixture";
import { createDb } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "yjs-example-test-secret-0123456789ab";
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
});

it("docs/examples/yjs-client.mjs syncs, adds a note and sees it acknowledged", async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret } });
  const db = createDb(server.databaseUrl);
  const fx = await seedBoard(db, authSecret, 1);
  const run = spawnSync(process.execPath, [path.resolve(import.meta.dirname, "../../docs/examples/yjs-client.mjs")], {
    env: { ...process.env, SAMLA_URL: server.url, BOARD_ID: fx.boardId, SAMLA_TOKEN: fx.tokens[0] },
    encoding: "utf8",
    timeout: 20_000,
  });
  expect(run.stderr).toBe("");
  expect(run.stdout).toMatch(/synced: 0 notes/);
  expect(run.status).toBe(0);
  const stored = new Y.Doc();
  for (const row of await db.boardUpdate.findMany({ where: { boardId: fx.boardId } })) Y.applyUpdate(stored, row.data);
  const board = readBoard(stored);
  expect(board.notes.map((n) => [n.text, n.colour, n.x])).toEqual([["Hei fra et skript", "green", 40]]);
  expect(board.problems).toEqual([]);
  await db.$disconnect();
});
