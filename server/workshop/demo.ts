// The demo workshop a newcomer opens from the landing page: a full search conference with
// organisations, seated participants, notes on every table's board and focus areas in
// plenary, all written through the same services and board module as real use.
import crypto from "node:crypto";
import { addNote, createFocusArea } from "../../lib/board";
import type { Db } from "../platform/db/client";
import type { BoardEditor } from "./findings";
import { assignAutomatically } from "./tables";
import { createWorkshop } from "./workshops";
import {
  demoFocusAreas,
  demoFutureNotes,
  demoMunicipalities,
  demoObstacleNotes,
  demoOtherOrganisations,
  demoParticipants,
  demoTitle,
} from "./demoContent";

const noteW = 180;
const noteH = 120;
const gap = 24;

function nextMonth(): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

export async function createDemoWorkshop(db: Db, yjs: BoardEditor, ownerId: string) {
  const organisations = [...demoMunicipalities.map((name) => ({ name, sector: "kommune" as const })), ...demoOtherOrganisations];
  const workshop = await createWorkshop(
    db,
    {
      title: demoTitle,
      date: nextMonth(),
      place: "Stjørdal",
      organisers: "Trøndelag fylkeskommune og St. Olavs hospital HF",
      language: "nb",
      method: "searchConference",
      organisations,
      capacity: 120,
    },
    ownerId,
  );
  const sectorOf = new Map(organisations.map((o) => [o.name, o.sector]));
  await db.participant.createMany({
    data: demoParticipants.map(([displayName, organisation], i) => ({
      workshopId: workshop.id,
      displayName,
      organisation,
      sector: sectorOf.get(organisation) ?? null,
      secret: crypto.randomBytes(24).toString("base64url"),
      // Distinct times keep the list in the order above.
      createdAt: new Date(Date.now() - (demoParticipants.length - i) * 1000),
    })),
  });
  await assignAutomatically(db, workshop.id, { mode: "homogeneous", tableCount: 4, seed: 2030 });

  const tables = await db.workshopTable.findMany({
    where: { workshopId: workshop.id },
    orderBy: { position: "asc" },
    include: { boards: true, participants: { orderBy: { createdAt: "asc" } } },
  });
  for (const [t, table] of tables.entries()) {
    const people = table.participants;
    const author = (i: number) => people[i % Math.max(people.length, 1)];
    const future = demoFutureNotes[t % demoFutureNotes.length];
    const obstacles = demoObstacleNotes[t % demoObstacleNotes.length];
    await yjs.changeBoardDoc(table.boards[0].id, (doc) => {
      future.forEach((text, i) => {
        const who = author(i);
        addNote(doc, { text, colour: "yellow", x: i * (noteW + gap), y: 0, w: noteW, h: noteH, authorId: who?.id ?? null, authorName: who?.displayName ?? "", authorOrganisation: who?.organisation ?? "" }, "demo");
      });
      obstacles.forEach((text, i) => {
        const who = author(i + future.length);
        addNote(doc, { text, colour: "pink", x: i * (noteW + gap), y: noteH + gap * 3, w: noteW, h: noteH, authorId: who?.id ?? null, authorName: who?.displayName ?? "", authorOrganisation: who?.organisation ?? "" }, "demo");
      });
    });
  }

  const plenary = await db.board.findFirstOrThrow({ where: { workshopId: workshop.id, tableId: null } });
  await yjs.changeBoardDoc(plenary.id, (doc) => {
    demoFocusAreas.forEach((area, a) => {
      const x = a * (2 * noteW + 3 * gap + 40);
      const noteIds = area.notes.map(([text, organisation], n) =>
        addNote(
          doc,
          { text, colour: "yellow", x: x + gap + (n % 2) * (noteW + gap), y: 80 + Math.floor(n / 2) * (noteH + gap), w: noteW, h: noteH, authorOrganisation: organisation },
          "demo",
        ),
      );
      createFocusArea(doc, { title: area.title, colour: area.colour, x, y: 0, w: 2 * noteW + 3 * gap, h: 80 + 2 * (noteH + gap) + gap, noteIds }, "demo");
    });
  });
  return workshop;
}
