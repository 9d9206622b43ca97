import { readBoard } from "@/lib/board";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { boardSvg } from "@/server/report/render/boardSvg";
import { getRuntime } from "@/server/realtime/runtime";
import { fileStem } from "@/server/report/export";
import { download } from "@/server/platform/http/download";

type Context = { params: Promise<{ workshopId: string; boardId: string }> };

/** GET /api/workshops/:id/export/boards/:boardId: the board as an SVG picture. */
export async function GET(req: Request, { params }: Context) {
  const { workshopId, boardId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  const board = await getDb().board.findFirst({ where: { id: boardId, workshopId }, select: { title: true, workshop: { select: { title: true } } } });
  if (!board) return errorResponse(404, "notFound");
  const doc = await getRuntime().yjs.readBoardDoc(boardId);
  try {
    const svg = boardSvg(readBoard(doc), `${board.workshop.title}: ${board.title}`);
    return download({ body: Buffer.from(svg, "utf8"), contentType: "image/svg+xml; charset=utf-8", filename: `${fileStem(board.workshop.title, null)}-${fileStem(board.title, null)}.svg` });
  } finally {
    doc.destroy();
  }
}
