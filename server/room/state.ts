// The live room's state, read from the database (the only truth) and sent to each connected
// socket in the shape its role may see: facilitators get names, participants and the projector
// get counts, and everyone gets "me" (their table and board for the current phase).
import type { Db } from "../platform/db/client";
import type { SamlaServer, SocketData } from "../realtime/handler";
import { rooms } from "../realtime/rooms";
import { snapshot } from "../../lib/domain/phaseTimer";
import { log } from "../platform/log";
import { boardFor, ensureRoomBoards } from "./boards";
import { onlineParticipants } from "./presence";
import { resolveProjector } from "./projectorView";
import type { RoomAccess, RoomMe, RoomPhase, RoomPresence, RoomState, RoomTable } from "../../lib/contract/room";

type Shared = Omit<RoomState, "me" | "tables"> & {
  tables: Required<RoomState["tables"][number]>[];
  boardRows: { id: string; tableId: string | null; createdAt: Date }[];
  participants: Map<string, { tableId: string | null; displayName: string; organisation: string }>;
  currentGroupMode: string | null;
};

export class RoomNotFound extends Error {}

type PresenceRow = { id: string; tableId: string | null; displayName: string };

/** Seats and who is online, per table and in total; one pass over the participants. */
function presenceOf(
  tableRows: ReadonlyArray<{ id: string; name: string }>,
  participantRows: ReadonlyArray<PresenceRow>,
  online: ReadonlyMap<string, unknown>,
): { tables: Required<RoomTable>[]; counts: RoomState["counts"] } {
  const byTable = new Map<string, Required<RoomTable>>(tableRows.map((t) => [t.id, { id: t.id, name: t.name, seated: 0, online: 0, onlineNames: [] }]));
  let onlineCount = 0;
  let unseatedOnline = 0;
  for (const p of participantRows) {
    const table = p.tableId ? byTable.get(p.tableId) : undefined;
    if (table) table.seated += 1;
    if (!online.has(p.id)) continue;
    onlineCount += 1;
    if (!p.tableId) unseatedOnline += 1;
    if (table) {
      table.online += 1;
      table.onlineNames.push(p.displayName);
    }
  }
  return { tables: [...byTable.values()], counts: { joined: participantRows.length, online: onlineCount, unseatedOnline } };
}

/** Only facilitators see who is online by name. */
function tablesFor(tables: ReadonlyArray<Required<RoomTable>>, access: RoomAccess): RoomTable[] {
  return access === "facilitator" ? [...tables] : tables.map(({ onlineNames: _names, ...t }) => t);
}

async function loadShared(db: Db, io: SamlaServer, workshopId: string): Promise<Shared> {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    include: {
      phases: { orderBy: { position: "asc" } },
      tables: { orderBy: { position: "asc" } },
      // Private boards (silent writing) are nobody's "board for the phase": only shared ones.
      boards: { where: { ownerParticipantId: null }, select: { id: true, title: true, tableId: true, locked: true, createdAt: true } },
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
    silentWriting: p.silentWriting,
  }));
  const current = phases.find((p) => p.id === workshop.currentPhaseId) ?? null;
  const { tables, counts } = presenceOf(workshop.tables, workshop.participants, online);
  return {
    workshopId,
    title: workshop.title,
    status: workshop.status,
    joinCode: workshop.joinCode,
    anonymous: workshop.anonymous,
    phases,
    currentPhaseId: current?.id ?? null,
    silentWriting: workshop.silentWriting,
    currentGroupMode: current?.groupMode ?? null,
    timer: snapshot(
      { endsAt: workshop.timerEndsAt?.getTime() ?? null, remainingMs: workshop.timerRemainingMs, durationMs: workshop.timerDurationMs },
      Date.now(),
    ),
    tables,
    boards: workshop.boards.map((b) => ({ id: b.id, title: b.title, tableId: b.tableId, locked: b.locked })),
    boardRows: workshop.boards,
    counts,
    projector: resolveProjector(workshop, current, workshop.boards),
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
  return { ...rest, tables: tablesFor(tables, access), me };
}

/** The state one socket should see right now. */
export async function roomStateFor(db: Db, io: SamlaServer, data: SocketData): Promise<RoomState> {
  await ensureRoomBoards(db, data.workshopId);
  return view(await loadShared(db, io, data.workshopId), data);
}

/**
 * Sends every connected socket of the workshop its own view of the room. Called after each
 * change; other features (table assignment, voting) may call it too after they change seats.
 */
export async function publishRoomState(db: Db, io: SamlaServer, workshopId: string): Promise<void> {
  await ensureRoomBoards(db, workshopId);
  const shared = await loadShared(db, io, workshopId);
  const sockets = await io.in(rooms.workshop(workshopId)).fetchSockets();
  for (const socket of sockets) socket.emit("room:state", view(shared, socket.data));
}

/**
 * Sends who is online to the whole room: one payload for the facilitators and one for everyone
 * else, each encoded once by socket.io, instead of a full per-socket view. A presence change
 * touches no one's own part of the view (their table, board, name), so the client keeps its
 * "me" and replaces counts and tables (components/room/useRoom.ts).
 */
export async function publishPresence(db: Db, io: SamlaServer, workshopId: string): Promise<void> {
  const [workshop, online] = await Promise.all([
    db.workshop.findUnique({
      where: { id: workshopId },
      select: {
        tables: { orderBy: { position: "asc" }, select: { id: true, name: true } },
        participants: { where: { removedAt: null, role: "participant" }, select: { id: true, tableId: true, displayName: true } },
      },
    }),
    onlineParticipants(io, workshopId),
  ]);
  if (!workshop) return;
  const { tables, counts } = presenceOf(workshop.tables, workshop.participants, online);
  const facilitators = rooms.facilitators(workshopId);
  const named: RoomPresence = { workshopId, counts, tables: tablesFor(tables, "facilitator") };
  const anonymous: RoomPresence = { workshopId, counts, tables: tablesFor(tables, "participant") };
  io.to(facilitators).emit("room:presence", named);
  io.to(rooms.workshop(workshopId)).except(facilitators).emit("room:presence", anonymous);
}

// On globalThis: route handlers (bundled by Next.js apart from server/) schedule into the
// same window as the socket handlers, so a join over HTTP and its socket share one publish.
const holder = globalThis as typeof globalThis & { __samlaPendingPresence?: Map<string, NodeJS.Timeout> };
const pendingPresence = (holder.__samlaPendingPresence ??= new Map());

/**
 * Presence changes arrive in bursts (300 people joining, a room reconnecting after a wifi
 * drop); one presence publish per burst keeps the server from sending the room to everyone
 * once per arrival.
 */
export function schedulePresencePublish(db: Db, io: SamlaServer, workshopId: string, delayMs = 300): void {
  if (pendingPresence.has(workshopId)) return;
  const timer = setTimeout(() => {
    pendingPresence.delete(workshopId);
    publishPresence(db, io, workshopId).catch((error) => log.error(`presence publish failed for ${workshopId}`, error));
  }, delayMs);
  timer.unref?.();
  pendingPresence.set(workshopId, timer);
}
