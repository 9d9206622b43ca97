// Board sync for Samla: the y-websocket protocol on `ws` at /yjs/<boardId>, with auth at the
// upgrade, one in-memory document per open board, durable-before-acknowledged persistence,
// read-only boards and per-connection limits. See docs/yjs-client.md for the wire contract.
import type http from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import type { BoardEditor } from "../../lib/board/authorship";
import { closeCode } from "../../lib/board/protocol";
import type { Principal } from "../platform/auth/authenticate";
import type { Config } from "../platform/config";
import type { Db } from "../platform/db/client";
import { log } from "../platform/log";
import { metrics } from "../platform/metrics";
import type { BoardRelay } from "../platform/cluster/boardRelay";
import { BoardPersistence } from "./boardPersistence";
import { BoardRoom } from "./boardRoom";
import { Connection } from "./connection";
import { WorkerBoardLog } from "./log/workerBoardLog";
import { refuseUpgrade } from "./refuseUpgrade";
import { decideUpgrade } from "./upgradeAuth";

/** A request URL without its query string (which may carry a token), for logs. */
function pathOf(url: string | undefined): string {
  return (url ?? "").split("?", 1)[0];
}

export interface YjsServer {
  handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Locks or unlocks an open board at once; closed boards read Board.locked when they open. */
  setBoardLocked(boardId: string, locked: boolean): void;
  /**
   * Closes every board connection of a participant who was just removed (the database already
   * says so, which refuses their next upgrade), including upgrades that were checked a moment
   * before the removal and are still opening.
   */
  disconnectParticipant(participantId: string): Promise<void>;
  /** A copy of the board's current document (live if open, else from the database). */
  readBoardDoc(boardId: string): Promise<Y.Doc>;
  /**
   * The board's current state as Yjs updates to apply in order, without decoding them here:
   * the live document's state if open, else the stored rows. For work that decodes the board
   * off the event loop (the report worker).
   */
  readBoardUpdates(boardId: string): Promise<Uint8Array[]>;
  /**
   * Edits a board on the server (e.g. ranks after a vote, focus areas copied to the plenary):
   * `change` runs in one transaction; resolves once the change is stored and sent to clients.
   */
  changeBoardDoc(boardId: string, change: (doc: Y.Doc) => void): Promise<void>;
  /**
   * changeBoardDoc, and then the board's stored log replaced by one snapshot: what the change
   * overwrote is then in neither the document nor the database (forgetting a name).
   */
  rewriteBoardDoc(boardId: string, change: (doc: Y.Doc) => void): Promise<void>;
  /**
   * Starts loading a board the caller is about to connect to (the board page calls this while
   * it renders), so the page's websocket finds the document in memory instead of waiting for
   * the load. The room stays open for `prepareWindowMs` even if nobody connects. Call only
   * after the caller's access to the board was checked.
   */
  prepareBoard(boardId: string, locked: boolean): void;
  /** Closes, on every open board, the connections whose caller `matches` (their access ended). */
  closeConnections(matches: (principal: Principal) => boolean, reason: string): void;
  /** Rooms currently in memory, for tests and health checks. */
  openBoards(): string[];
  /** Several instances: every open board catches up with the shared log (after Redis was away). */
  catchUpAll(): Promise<void>;
  close(): Promise<void>;
}

const heartbeatMs = 30_000;
/** How long a prepared room waits for its page's websocket; a page reaches it within seconds. */
const prepareWindowMs = 15_000;
/**
 * Several instances: how often every open board checks the shared log for rows no signal
 * announced (a peer killed between its commit and its publish). See docs/multi-instance.md.
 */
const catchUpEveryMs = 15_000;

export function createYjsServer({ db, config, relay = null }: { db: Db; config: Config; relay?: BoardRelay | null }): YjsServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.YJS_MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const rooms = new Map<string, Promise<BoardRoom>>();
  const lockOverrides = new Map<string, boolean>();
  /** Participants removed while this process runs; closes the gap between an upgrade's check and its socket. */
  const removed = new Set<string>();
  const isRemoved = (editor: BoardEditor) => editor.kind !== "facilitator" && removed.has(editor.id);
  const boardLog = new WorkerBoardLog({ databaseUrl: config.databaseUrl });
  let closing = false;

  function openRoom(boardId: string, locked: boolean): Promise<BoardRoom> {
    let room = rooms.get(boardId);
    if (!room) {
      const created = new BoardRoom(boardId, db, boardLog, config.YJS_COMPACT_AFTER, lockOverrides.get(boardId) ?? locked, relay);
      room = created.load().then(() => created);
      room.catch(() => rooms.delete(boardId));
      rooms.set(boardId, room);
      metrics.openBoards.set(rooms.size);
    }
    return room;
  }

  /** Unloads a room once nobody is on it and everything it holds is stored. */
  async function releaseRoom(room: BoardRoom): Promise<void> {
    if (room.connections.size > 0 || room.preparedUntil > Date.now()) return;
    await room.persistence.idle();
    if (room.connections.size > 0 || room.preparedUntil > Date.now() || closing) return;
    const current = rooms.get(room.boardId);
    if (!current || (await current) !== room) return;
    rooms.delete(room.boardId);
    metrics.openBoards.set(rooms.size);
    lockOverrides.delete(room.boardId);
    room.destroy();
  }

  /** Sockets that became WebSockets: an error after that must not be answered in HTTP. */
  const upgraded = new WeakSet<Duplex>();

  async function accept(req: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (closing) return refuseUpgrade(socket, 503, "the server is stopping");
    const decision = await decideUpgrade(db, config.authSecret, req);
    if (!decision.ok) return refuseUpgrade(socket, decision.status, decision.reason);
    if (isRemoved(decision.editor)) return refuseUpgrade(socket, 403, "the facilitator has removed this participant");
    const room = await openRoom(decision.boardId, decision.locked);
    if (socket.destroyed) return void releaseRoom(room);
    const release = () => void releaseRoom(room).catch((error) => log.error(`yjs ${room.boardId}: unloading failed`, error));
    wss.handleUpgrade(req, socket, head, (ws) => {
      upgraded.add(socket);
      // From here on the socket speaks WebSocket: a failure must close it as one, never
      // answer in HTTP (a browser reads those bytes as a frame: "RSV1 must be clear").
      if (isRemoved(decision.editor)) return ws.close(closeCode.removed, "the facilitator has removed this participant");
      let connection: Connection;
      try {
        connection = new Connection(ws, room, { editor: decision.editor, acks: decision.acks, who: decision.who, principal: decision.principal });
      } catch (error) {
        log.error(`yjs ${room.boardId}: opening the connection of ${decision.who} failed`, error);
        ws.close(1011, "the board could not be opened; try again");
        return release();
      }
      room.join(connection);
      ws.on("close", () => {
        room.leave(connection);
        release();
      });
    });
  }

  const heartbeat = setInterval(async () => {
    for (const room of rooms.values()) {
      for (const connection of (await room).connections) if (!connection.checkAlive()) connection.ws.terminate();
    }
  }, heartbeatMs);
  heartbeat.unref();

  const catchUpAll = async () => {
    const open = await Promise.allSettled(rooms.values());
    await Promise.all(open.map((result) => (result.status === "fulfilled" ? result.value.catchUp() : undefined)));
  };
  const catchUpTimer = relay ? setInterval(() => void catchUpAll(), catchUpEveryMs) : null;
  catchUpTimer?.unref();
  // Another instance locked or unlocked a board: the same here, open or not.
  relay?.onLock((boardId, locked) => {
    lockOverrides.set(boardId, locked);
    void rooms.get(boardId)?.then((room) => (room.locked = locked));
  });

  return {
    handleUpgrade(req, socket, head) {
      // Until ws owns the socket, a client reset would otherwise surface as an unhandled error.
      const onError = (error: Error) => log.warn(`yjs upgrade socket error: ${error.message}`);
      socket.on("error", onError);
      accept(req, socket, head)
        .catch((error) => {
          // The path only: the query holds the caller's token.
          log.error(`yjs upgrade failed for ${pathOf(req.url)}`, error);
          if (upgraded.has(socket)) socket.destroy();
          else refuseUpgrade(socket, 503, "the board could not be opened; try again");
        })
        .finally(() => socket.off("error", onError));
    },

    setBoardLocked(boardId, locked) {
      lockOverrides.set(boardId, locked);
      void rooms.get(boardId)?.then((room) => (room.locked = locked));
      relay?.publishLock(boardId, locked);
    },

    async disconnectParticipant(participantId) {
      removed.add(participantId);
      const open = await Promise.allSettled(rooms.values());
      for (const result of open) {
        if (result.status !== "fulfilled") continue;
        for (const connection of result.value.connections) {
          if (isRemoved(connection.editor)) connection.close(closeCode.removed, "the facilitator has removed this participant");
        }
      }
    },

    // With several instances an open room may be a relay hop behind the shared log; server-side
    // reads and changes (reports, gathering, sending areas to tables) first catch it up, so they
    // act on what PostgreSQL holds.
    async readBoardDoc(boardId) {
      const copy = new Y.Doc();
      const open = rooms.get(boardId);
      if (open) await (await open).catchUp();
      if (open) Y.applyUpdate(copy, Y.encodeStateAsUpdate((await open).doc));
      else await new BoardPersistence(db, boardId).load(copy, null);
      return copy;
    },

    async readBoardUpdates(boardId) {
      const open = rooms.get(boardId);
      if (open) await (await open).catchUp();
      if (open) return [Y.encodeStateAsUpdate((await open).doc)];
      const rows = await db.boardUpdate.findMany({ where: { boardId }, orderBy: { id: "asc" }, select: { data: true } });
      // As stored: the report worker reads them defensively (readReportInput), off this thread.
      return rows.map((row) => row.data);
    },

    async changeBoardDoc(boardId, change) {
      const board = await db.board.findUnique({ where: { id: boardId }, select: { locked: true } });
      if (!board) throw new Error(`no board ${boardId}`);
      const room = await openRoom(boardId, board.locked);
      await room.catchUp();
      room.doc.transact(() => change(room.doc), "server");
      await room.persistence.idle();
      await releaseRoom(room);
    },

    async rewriteBoardDoc(boardId, change) {
      const board = await db.board.findUnique({ where: { id: boardId }, select: { locked: true } });
      if (!board) throw new Error(`no board ${boardId}`);
      const room = await openRoom(boardId, board.locked);
      await room.catchUp();
      room.doc.transact(() => change(room.doc), "server");
      await room.persistence.compactNow();
      await releaseRoom(room);
    },

    prepareBoard(boardId, locked) {
      if (closing) return;
      openRoom(boardId, locked).then(
        (room) => {
          room.preparedUntil = Math.max(room.preparedUntil, Date.now() + prepareWindowMs);
          // Unloads the room if the page never connected (or already left); otherwise the
          // last connection's close does it as usual.
          setTimeout(() => void releaseRoom(room).catch((error) => log.error(`yjs ${boardId}: unloading failed`, error)), prepareWindowMs + 10).unref();
        },
        (error) => log.warn(`yjs ${boardId}: preparing the board failed: ${(error as Error).message}`),
      );
    },

    closeConnections(matches, reason) {
      for (const room of rooms.values()) {
        void room.then(
          (open) => {
            for (const connection of open.connections) if (matches(connection.principal)) connection.close(closeCode.accessEnded, reason);
          },
          () => undefined, // a room that failed to load has no connections
        );
      }
    },

    openBoards() {
      return [...rooms.keys()];
    },

    catchUpAll,

    async close() {
      closing = true;
      clearInterval(heartbeat);
      if (catchUpTimer) clearInterval(catchUpTimer);
      const open = await Promise.allSettled(rooms.values());
      for (const result of open) {
        if (result.status !== "fulfilled") continue;
        for (const connection of result.value.connections) connection.close(closeCode.shuttingDown, "the server is restarting; reconnect shortly");
      }
      for (const result of open) {
        if (result.status !== "fulfilled") continue;
        await result.value.persistence.idle();
        result.value.destroy();
      }
      rooms.clear();
      await boardLog.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
