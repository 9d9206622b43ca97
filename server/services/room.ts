// The live room's state, read from the database (the only truth) and sent to each connected
// socket in the shape its role may see: facilitators get names, participants and the projector
// get counts, and everyone gets "me" (their table and board for the current phase).
import type { Server } from "socket.io";
import type { Db } from "../db/client";
import type { SocketData } from "../realtime/handler";
import { rooms } from "../realtime/rooms";
import { snapshot } from "../domain/phaseTimer";
import { log } from "../log";
import { boardFor, ensureRoomBoards } from "./roomBoards";
import { onlineParticipants } from "./roomPresence";
import type { RoomAccess, RoomMe, RoomPhase, RoomState } from "./roomTypes";

export const ROOM_STATE_EVENT = "room:state";

type Shared = Omit<RoomState, "me" | "tables"> & {
  tables: Required<RoomState["tables"][number]>[];
  boardRows: { id: string; tableId: string | null; createdAt: Date }[];
  participants: Map<string, { tableId: string | null; displayName: string; organisation: string }>;
  currentGroupMode: string | null;
};

export class RoomNotFound extends Error {}

async function loadShared(db: Db, io: Server, workshopId: string): Promise<Shared> {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    include: {
      phases: { orderBy: { position: "asc" } },
      tables: { orderBy: { position: "asc" } },
      boards: { select: { id: true, title: true, tableId: true, locked: true, createdAt: true } },
      participants: { where: { removedAt: null, role: "participant" }, select: { id: true, tableId: true, displayName: true, organisation: true } },
    },
  });
  if (!workshop) throw new RoomNotFound(workshopId);
  const online = await onlineParticipants(io, workshopId);
  const participants = new Map(workshop.participants.map((p) => [p.id, p]));
  const phases: RoomPhase[] = workshop.phases.map((p) => ({
    id: p.id,
    position: p.position,
    kind: p.kind,
    title: p.title,
    prompt: p.prompt,
    timeboxMinutes: p.timeboxMinutes,
    groupMode: p.groupMode === "mixed" || p.groupMode === "homogeneous" ? p.groupMode : "plenary",
  }));
  const current = phases.find((p) => p.id === workshop.currentPhaseId) ?? null;
  const tables = workshop.tables.map((table) => {
    const seated = workshop.participants.filter((p) => p.tableId === table.id);
    const onlineHere = seated.filter((p) => online.has(p.id));
    return { id: table.id, name: table.name, seated: seated.length, online: onlineHere.length, onlineNames: onlineHere.map((p) => p.displayName) };
  });
  const onlineCount = [...online.keys()].filter((id) => participants.has(id)).length;
  const unseatedOnline = [...online.keys()].filter((id) => participants.has(id) && !participants.get(id)!.tableId).length;
  return {
    workshopId,
    title: workshop.title,
    status: workshop.status,
    joinCode: workshop.joinCode,
    anonymous: workshop.anonymous,
    phases,
    currentPhaseId: current?.id ?? null,
    currentGroupMode: current?.groupMode ?? null,
    timer: snapshot(
      { endsAt: workshop.timerEndsAt?.getTime() ?? null, remainingMs: workshop.timerRemainingMs, durationMs: workshop.timerDurationMs },
      Date.now(),
    ),
    tables,
    boards: workshop.boards.map((b) => ({ id: b.id, title: b.title, tableId: b.tableId, locked: b.locked })),
    boardRows: workshop.boards,
    counts: { joined: workshop.participants.length, online: onlineCount, unseatedOnline },
    participants,
  };
}

function view(shared: Shared, data: SocketData): RoomState {
  const { boardRows, participants, currentGroupMode, tables, ...rest } = shared;
  const access: RoomAccess = data.access;
  let me: RoomMe;
  if (data.principal.kind === "participant") {
    // The socket's principal was read at connect; the table may have changed since.
    const row = participants.get(data.principal.participantId);
    const tableId = row ? row.tableId : data.principal.tableId;
    me = {
      access,
      id: data.principal.participantId,
      name: row?.displayName ?? data.principal.displayName,
      participantId: data.principal.participantId,
      organisation: row?.organisation ?? data.principal.organisation,
      tableId,
      boardId: boardFor(boardRows, currentGroupMode, tableId),
    };
  } else {
    me = { access, id: data.principal.userId, name: data.principal.name, participantId: null, organisation: null, tableId: null, boardId: boardFor(boardRows, "plenary", null) };
  }
  const showNames = access === "facilitator";
  return { ...rest, tables: tables.map(({ onlineNames, ...t }) => (showNames ? { ...t, onlineNames } : t)), me };
}

/** The state one socket should see right now. */
export async function roomStateFor(db: Db, io: Server, data: SocketData): Promise<RoomState> {
  await ensureRoomBoards(db, data.workshopId);
  return view(await loadShared(db, io, data.workshopId), data);
}

/**
 * Sends every connected socket of the workshop its own view of the room. Called after each
 * change; other features (table assignment, voting) may call it too after they change seats.
 */
export async function publishRoomState(db: Db, io: Server, workshopId: string): Promise<void> {
  await ensureRoomBoards(db, workshopId);
  const shared = await loadShared(db, io, workshopId);
  const sockets = await io.in(rooms.workshop(workshopId)).fetchSockets();
  for (const socket of sockets) socket.emit(ROOM_STATE_EVENT, view(shared, socket.data as SocketData));
}

const pendingPresence = new Map<string, NodeJS.Timeout>();

/**
 * Presence changes arrive in bursts (a room of 80 reconnecting after a wifi drop); one
 * publish per burst keeps the server from rebuilding the state 80 times.
 */
export function schedulePresencePublish(db: Db, io: Server, workshopId: string, delayMs = 300): void {
  if (pendingPresence.has(workshopId)) return;
  const timer = setTimeout(() => {
    pendingPresence.delete(workshopId);
    publishRoomState(db, io, workshopId).catch((error) => log.error(`presence publish failed for ${workshopId}`, error));
  }, delayMs);
  timer.unref?.();
  pendingPresence.set(workshopId, timer);
}
