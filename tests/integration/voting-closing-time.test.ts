// A round's closing time is one scheduled close (server/voting/closingTime.ts), not a side
// effect of reading the round: a round whose time passed while no server ran is closed, with
// its totals, when the server starts, before anyone looks at it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/platform/db/client";
import { applyMigrations } from "@/server/platform/db/migrate";
import { startServer, type RunningServer } from "../helpers/server";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-closing-"));
const databaseUrl = `file:${path.join(dataDir, "samla.db")}`;
let db: Db | undefined;
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  await db?.$disconnect();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the closing time", () => {
  it("closes a round whose time passed while no server ran, with its totals, when the server starts", async () => {
    await applyMigrations(databaseUrl);
    db = createDb(databaseUrl);
    const owner = await db.user.create({ data: { email: "frist@example.no", name: "Frida" } });
    const workshop = await db.workshop.create({ data: { title: "Folkehelse", method: "searchConference", joinCode: "FRIST1", ownerId: owner.id } });
    const board = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
    const voter = await db.participant.create({ data: { workshopId: workshop.id, displayName: "Per", organisation: "Malvik kommune", secret: "s" } });
    const closesAt = new Date(Date.now() - 60_000);
    const round = await db.votingRound.create({
      data: {
        workshopId: workshop.id,
        title: "Prioritering",
        budget: 3,
        maxPerItem: 2,
        closesAt,
        items: { create: [0, 1].map((i) => ({ boardId: board.id, focusAreaId: `area-${i}`, title: `Område ${i}`, position: i })) },
      },
      include: { items: { orderBy: { position: "asc" } } },
    });
    await db.ballotItem.createMany({ data: round.items.map((item, i) => ({ roundId: round.id, participantId: voter.id, itemId: item.id, dots: i + 1 })) });

    // The server migrates the file at start; it must be the only one holding it then.
    await db.$disconnect();
    server = await startServer({ databaseUrl, dataDir });
    db = createDb(databaseUrl);
    // Nothing reads the round: the server closes it by itself.
    const deadline = Date.now() + 10_000;
    while ((await db.votingRound.findUniqueOrThrow({ where: { id: round.id } })).status !== "closed") {
      if (Date.now() > deadline) throw new Error("the round was not closed at start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const closed = await db.votingRound.findUniqueOrThrow({ where: { id: round.id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(closed.closedAt?.getTime()).toBe(closesAt.getTime());
    expect(closed.items.map((i) => i.dots)).toEqual([1, 2]);
  });
});
