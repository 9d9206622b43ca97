import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { programmeMatching } from "@/server/report/programme/exportProgramme";
import { getRuntime } from "@/server/realtime/runtime";
import { asResponse } from "@/server/workshop/responses";
import { areaLinkSchema, areaUnlinkSchema } from "@/server/workshop/programmes/input";
import { linkArea, unlinkArea } from "@/server/workshop/programmes/programmes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string }> };

/** GET: the programme's focus areas as matched, and the likely pairs (members). */
export async function GET(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "facilitator");
  if (!auth.ok) return auth.response;
  const yjs = getRuntime().yjs;
  return asResponse(async () => programmeMatching(getDb(), programmeId, (boardId) => yjs.readBoardUpdates(boardId)));
}

/** POST { workshopId, areaTitle, targetTitle }: links an area to a programme area (organisers). */
export async function POST(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "organiser");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, areaLinkSchema);
  if (!body.ok) return body.response;
  return asResponse(async () => ({ link: await linkArea(getDb(), programmeId, body.data) }), 201);
}

/** DELETE { workshopId, areaKey }: undoes a link (organisers). */
export async function DELETE(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "organiser");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, areaUnlinkSchema);
  if (!body.ok) return body.response;
  return asResponse(() => unlinkArea(getDb(), programmeId, body.data.workshopId, body.data.areaKey));
}
