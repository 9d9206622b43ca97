// A realistic workshop written straight into a Samla database, for the export tests and
// bench/export.ts: organisations across sectors, phases, tables, participants, a plenary
// board and table boards with notes and focus areas, an action chain with a bad value, and
// a revealed voting round with per-person ballots. Board content goes through lib/board
// into a Y.Doc whose update is stored as one BoardUpdate row, exactly as the Yjs server
// persists, before any client opens the board.
import { randomBytes } from "node:crypto";
import * as Y from "yjs";
import { addAction, addActionChain, addNote, createFocusArea, setChainGoal } from "@/lib/board";
import type { Db } from "@/server/platform/db/client";

export interface ExportFixture {
  workshopId: string;
  ownerId: string;
  participantNames: string[];
  focusAreaTitles: string[];
  actionTitles: string[];
  noteCount: number;
  plenaryBoardId: string;
}

export interface FixtureOptions {
  ownerId?: string;
  notes?: number;
  anonymous?: boolean;
  language?: "nb" | "en";
  title?: string;
}

const organisations = [
  ["Trondheim kommune", "kommune"],
  ["Malvik kommune", "kommune"],
  ["Porsáŋgu gielda", "kommune"],
  ["St. Olavs hospital HF", "helseforetak"],
  ["Trøndelag fylkeskommune", "fylkeskommune"],
  ["NTNU", "universitet"],
  ["Røde Kors", "frivillighet"],
] as const;

const areaTitles = ["Trygge overganger mellom sykehus og kommune", "Felles kompetanseløft", "Frivillighet som ressurs", "Digital samhandling"];

async function storeDoc(db: Db, boardId: string, doc: Y.Doc): Promise<void> {
  await db.boardUpdate.create({ data: { boardId, data: new Uint8Array(Y.encodeStateAsUpdate(doc)) } });
}

export async function seedExportWorkshop(db: Db, options: FixtureOptions = {}): Promise<ExportFixture> {
  const tag = randomBytes(5).toString("hex");
  const ownerId = options.ownerId ?? (await db.user.create({ data: { email: `org-${tag}@example.no`, name: "Arrangør" } })).id;
  const workshop = await db.workshop.create({
    data: {
      title: options.title ?? "Søkekonferanse om helsefellesskapet",
      date: "2026-03-12",
      // Kept ten years, so the retention sweep at a server start (server/workshop/retention.ts)
      // does not delete the fixture once its date is more than the default 12 months ago.
      retentionMonths: 120,
      place: "Scandic Lerkendal, Trondheim",
      organisers: "Helsefellesskapet i Trøndelag",
      language: options.language ?? "nb",
      method: "searchConference",
      status: "closed",
      joinCode: `x${tag}`.slice(0, 8),
      anonymous: options.anonymous ?? false,
      ownerId,
    },
  });
  await db.workshopOrganisation.createMany({ data: organisations.map(([name, sector], position) => ({ workshopId: workshop.id, name, sector, position })) });
  await db.phase.createMany({
    data: [
      { workshopId: workshop.id, position: 0, kind: "futureImage", title: "Framtidsbilde", prompt: "Hvordan ser et godt helsefellesskap ut i 2030?", groupMode: "mixed", timeboxMinutes: 45 },
      { workshopId: workshop.id, position: 1, kind: "focusAreas", title: "Satsningsområder", prompt: "Hvilke områder må vi satse på sammen?", groupMode: "plenary" },
      { workshopId: workshop.id, position: 2, kind: "actionChains", title: "Tiltakskjeder", prompt: "Hva er første steg, og hvem gjør det?", groupMode: "homogeneous" },
    ],
  });
  const tables = await Promise.all([0, 1].map((position) => db.workshopTable.create({ data: { workshopId: workshop.id, name: `Bord ${position + 1}`, position } })));
  const participantNames: string[] = [];
  const participants = [];
  for (let i = 0; i < 14; i++) {
    const [organisation, sector] = organisations[i % organisations.length];
    const displayName = `Deltakernavn${tag}${i}`;
    participantNames.push(displayName);
    participants.push(
      await db.participant.create({
        data: { workshopId: workshop.id, displayName, organisation, sector, tableId: tables[i % 2].id, secret: randomBytes(12).toString("hex") },
      }),
    );
  }

  const plenary = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
  const tableBoards = await Promise.all(tables.map((t) => db.board.create({ data: { workshopId: workshop.id, tableId: t.id, title: t.name } })));

  // Plenary: the focus areas, most of the notes, and the action chains.
  const doc = new Y.Doc();
  const areaIds = areaTitles.map((title, i) => createFocusArea(doc, { title, x: i * 520, y: 0 }));
  const total = options.notes ?? 40;
  const perTable = Math.min(10, Math.floor(total / 10));
  const onPlenary = total - perTable * tableBoards.length;
  for (let i = 0; i < onPlenary; i++) {
    const who = participants[i % participants.length];
    addNote(doc, {
      text: i === 0 ? "=HYPERLINK(\"http://evil.example\",\"klikk\")" : `Innspill ${i}: bedre samhandling om utskrivning, pårørende og kompetanse`,
      x: (i % 40) * 170,
      y: Math.floor(i / 40) * 130,
      authorId: who.id,
      authorName: who.displayName,
      authorOrganisation: who.organisation,
      focusAreaId: i % 5 === 4 ? null : areaIds[i % areaIds.length],
      createdAt: new Date(Date.UTC(2026, 2, 12, 9, 0, i % 60, i % 1000)).toISOString(),
    });
  }
  const actionTitles = ["Felles rutine for utskrivningsklare pasienter", "Hospitering mellom sykehus og kommune", "@Kompetanseplan for 2027"];
  const chainId = addActionChain(doc, { focusAreaId: areaIds[0], goal: "Ingen pasient skrives ut uten at kommunen er klar" });
  addAction(doc, chainId, { what: actionTitles[0], responsible: "Kommunalsjef helse", responsibleOrganisation: "Trondheim kommune", partners: ["St. Olavs hospital HF"], deadline: "2026-09-01", status: "started" });
  addAction(doc, chainId, { what: actionTitles[1], responsible: "", responsibleOrganisation: "St. Olavs hospital HF", partners: ["Malvik kommune", "NTNU"], deadline: "2027-01-15" });
  const second = addActionChain(doc, { focusAreaId: areaIds[1], goal: "" });
  addAction(doc, second, { what: actionTitles[2], responsible: "Rådgiver", responsibleOrganisation: "Trøndelag fylkeskommune", partners: [], status: "planned" });
  setChainGoal(doc, second, "");
  // A value written by a misbehaving client (raw Yjs, past the write helpers): the report
  // must read around it and say so.
  doc.transact(() => (doc.getMap("chains").get(second) as Y.Map<unknown>).set("final", "kanskje"));
  await storeDoc(db, plenary.id, doc);

  for (const [index, board] of tableBoards.entries()) {
    const tdoc = new Y.Doc();
    for (let i = 0; i < perTable; i++) {
      const who = participants[(i * 2 + index) % participants.length];
      addNote(tdoc, { text: `Bord ${index + 1}, innspill ${i}`, x: i * 170, y: 0, authorId: who.id, authorName: who.displayName, authorOrganisation: who.organisation });
    }
    await storeDoc(db, board.id, tdoc);
  }

  // A revealed round over the plenary's focus areas, with per-person ballots.
  const round = await db.votingRound.create({ data: { workshopId: workshop.id, title: "Prioritering av satsningsområder", status: "revealed", budget: 5, maxPerItem: 3, anonymous: options.anonymous ?? false } });
  const items = await Promise.all(
    areaIds.map((focusAreaId, position) => db.votingItem.create({ data: { roundId: round.id, boardId: plenary.id, focusAreaId, title: areaTitles[position], position } })),
  );
  const dots = new Map<string, number>();
  for (const [i, p] of participants.entries()) {
    const spend: [number, number][] = [[0, 3], [1 + (i % 3), 2]];
    for (const [itemIndex, n] of spend) {
      const item = items[itemIndex];
      await db.ballotItem.create({ data: { roundId: round.id, participantId: p.id, itemId: item.id, dots: n } });
      dots.set(item.id, (dots.get(item.id) ?? 0) + n);
    }
  }
  for (const item of items) await db.votingItem.update({ where: { id: item.id }, data: { dots: dots.get(item.id) ?? 0 } });

  return { workshopId: workshop.id, ownerId, participantNames, focusAreaTitles: areaTitles, actionTitles, noteCount: onPlenary + perTable * tableBoards.length, plenaryBoardId: plenary.id };
}
