// Decides, before any document is touched, whether an upgrade to /yjs/<boardId> may proceed:
// the board must exist, the caller must belong to its workshop, and a participant's private
// board (silent writing) opens for its owner and facilitators only.
import type http from "node:http";
import type { BoardEditor } from "../../lib/board/authorship";
import { accessToWorkshop, authenticate, type Principal } from "../platform/auth/authenticate";
import type { Db } from "../platform/db/client";
import { mayOpenBoard, type BoardViewer } from "../../lib/domain/silentWriting";

export type UpgradeDecision =
  | { ok: true; boardId: string; locked: boolean; editor: BoardEditor; acks: boolean; who: string; principal: Principal }
  | { ok: false; status: 400 | 401 | 403 | 404 | 503; reason: string };

const boardPath = /^\/yjs\/([A-Za-z0-9_-]{1,64})\/?$/;

export async function decideUpgrade(db: Db, authSecret: string, req: http.IncomingMessage): Promise<UpgradeDecision> {
  let url: URL;
  try {
    url = new URL(req.url ?? "", "http://samla.invalid");
  } catch {
    return { ok: false, status: 400, reason: "bad request URL" };
  }
  const match = boardPath.exec(url.pathname);
  if (!match) return { ok: false, status: 404, reason: "no such board: expected /yjs/<boardId>" };
  const boardId = match[1];

  const board = await db.board.findUnique({ where: { id: boardId }, select: { workshopId: true, locked: true, ownerParticipantId: true } });
  if (!board) return { ok: false, status: 404, reason: "no such board" };

  const auth = await authenticate(db, authSecret, { cookieHeader: req.headers.cookie, token: url.searchParams.get("token") }, { workshopId: board.workshopId });
  if (!auth.ok) return { ok: false, status: auth.status, reason: auth.reason };
  const access = await accessToWorkshop(db, auth.principal, board.workshopId);
  if (!access) return { ok: false, status: 403, reason: "you are not part of this board's workshop" };

  const id = auth.principal.kind === "user" ? auth.principal.userId : auth.principal.participantId;
  // A private board (silent writing) is refused before a single byte of it is sent.
  const viewer: BoardViewer = access === "facilitator" ? { kind: "facilitator" } : access === "observer" ? { kind: "observer" } : { kind: "participant", id };
  if (!mayOpenBoard(board, viewer)) return { ok: false, status: 403, reason: "this is another participant's private board (silent writing)" };
  return {
    ok: true,
    boardId,
    locked: board.locked,
    editor: { kind: access, id },
    acks: url.searchParams.get("acks") === "1",
    who: `${auth.principal.kind === "user" ? "user" : "participant"} ${id}`,
    principal: auth.principal,
  };
}
