// A follow-up meeting («oppfølgingsmøte») continues an earlier workshop: a new workshop from the
// followUpMeeting template, with the earlier one's organisations and programme, whose plenary
// board (the first phase's board: a plenary review) holds the earlier workshop's focus areas and
// action chains with each action's CURRENT status and deadline, as its owner last reported them.
// They are ordinary chains on the new board, so the meeting continues them there; chain and
// action ids are kept, so "the same action" can be followed from one meeting to the next.
import * as Y from "yjs";
import { z } from "zod";
import { addAction, addActionChain, createFocusArea, readBoard } from "../../../lib/board";
import { currentState } from "../../../lib/domain/followUp/followUp";
import { sectorSchema } from "../../../lib/domain/sectors";
import type { Db } from "../../platform/db/client";
import { WorkshopError } from "../errors";
import type { BoardEditor } from "../findings";
import { createWorkshop } from "../workshops";
import { historiesOf } from "./updates";
import { actionKey, type ReadBoardDoc } from "./workshopActions";

export const followUpMeetingSchema = z
  .object({
    title: z.string().trim().min(1, "required").max(200, "tooLong"),
    date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate").nullish(),
    place: z.string().trim().max(200, "tooLong").nullish(),
  })
  .strict();

/** Writes the earlier workshop's areas and chains, with their current state, into `doc`. */
async function copyChains(db: Db, readDoc: ReadBoardDoc, fromWorkshopId: string, doc: Y.Doc): Promise<number> {
  const boards = await db.board.findMany({ where: { workshopId: fromWorkshopId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const histories = await historiesOf(db, [fromWorkshopId]);
  let chains = 0;
  let column = 0;
  for (const board of boards) {
    const snapshot = readBoard(await readDoc(board.id));
    const areaIds = new Map<string, string>();
    for (const chain of snapshot.chains) {
      let focusAreaId: string | null = null;
      const area = chain.focusAreaId ? snapshot.focusAreas.find((a) => a.id === chain.focusAreaId) : undefined;
      if (area) {
        focusAreaId = areaIds.get(area.id) ?? createFocusArea(doc, { title: area.title, colour: area.colour, x: (column++ % 4) * 520, y: Math.floor(column / 4) * 420 });
        areaIds.set(area.id, focusAreaId);
      }
      addActionChain(doc, { id: chain.id, focusAreaId, goal: chain.goal, final: chain.final });
      for (const action of chain.actions) {
        const state = currentState({ status: action.status, deadline: action.deadline }, histories.get(actionKey({ workshopId: fromWorkshopId, chainId: chain.id, actionId: action.id })) ?? []);
        const { id, ...fields } = action;
        addAction(doc, chain.id, { ...fields, id, status: state.status, deadline: state.deadline });
      }
      chains++;
    }
  }
  return chains;
}

export async function createFollowUpMeeting(
  db: Db,
  yjs: BoardEditor & { readBoardDoc: ReadBoardDoc },
  fromWorkshopId: string,
  input: z.input<typeof followUpMeetingSchema>,
  ownerId: string,
): Promise<{ id: string; chains: number }> {
  const data = followUpMeetingSchema.parse(input);
  const source = await db.workshop.findUnique({
    where: { id: fromWorkshopId },
    select: { language: true, anonymous: true, minGroupSize: true, programmeId: true, organisations: { orderBy: { position: "asc" }, select: { name: true, sector: true } } },
  });
  if (!source) throw new WorkshopError("notFound");
  const created = await createWorkshop(
    db,
    {
      title: data.title,
      date: data.date ?? null,
      place: data.place ?? null,
      method: "followUpMeeting",
      language: source.language === "en" ? "en" : "nb",
      anonymous: source.anonymous,
      minGroupSize: source.minGroupSize,
      organisations: source.organisations.map((o) => ({ name: o.name, sector: sectorSchema.safeParse(o.sector).data ?? null })),
    },
    ownerId,
  );
  if (source.programmeId) await db.workshop.update({ where: { id: created.id }, data: { programmeId: source.programmeId } });
  const plenary = await db.board.findFirstOrThrow({ where: { workshopId: created.id, tableId: null }, select: { id: true } });
  // Built apart, then applied as one update: the new board gets the chains in one write.
  const draft = new Y.Doc();
  const chains = await copyChains(db, yjs.readBoardDoc, fromWorkshopId, draft);
  const update = Y.encodeStateAsUpdate(draft);
  await yjs.changeBoardDoc(plenary.id, (doc) => Y.applyUpdate(doc, update));
  return { id: created.id, chains };
}
