// POST /api/join: a participant joins with a code, a name and an organisation. The same
// device joining again (valid cookie) gets its participant back, updated, never a second one.
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { parseCookies } from "@/server/platform/auth/authenticate";
import { participantCookieName } from "@/server/platform/auth/participantToken";
import { errorResponse, readJson } from "@/server/platform/http/json";
import { joinInputSchema, joinWorkshop, type JoinRefusal } from "@/server/room/participants";
import { participantCookie } from "@/server/room/cookie";
import { publishRoomFromHttp, schedulePresenceFromHttp } from "@/server/room/publishFromHttp";
import { publishProgressFromHttp } from "@/server/voting/publish";

const refusalStatus: Record<JoinRefusal, number> = { notFound: 404, notOpen: 403, closed: 403, archived: 410, full: 409 };

export async function POST(req: Request) {
  const body = await readJson(req, joinInputSchema, 16 * 1024);
  if (!body.ok) return body.response;
  const config = getConfig();
  const cookies = parseCookies(req.headers.get("cookie"));
  const result = await joinWorkshop(getDb(), config.authSecret, body.data, (workshopId) => cookies[participantCookieName(workshopId)]);
  if (!result.ok) return errorResponse(refusalStatus[result.code], result.code);
  // A new joiner changes only seats and counts, which the presence batch carries; a device
  // coming back may have changed its name, which its other tabs must see in their "me".
  if (result.resumed) await publishRoomFromHttp(result.workshopId);
  else {
    schedulePresenceFromHttp(result.workshopId);
    // One more who may vote: every screen's "x av y har stemt" follows.
    await publishProgressFromHttp(result.workshopId);
  }
  return Response.json(
    { ok: true, workshopId: result.workshopId, participantId: result.participantId, resumed: result.resumed, redirect: `/w/${result.workshopId}` },
    { status: result.resumed ? 200 : 201, headers: { "set-cookie": participantCookie(result.workshopId, result.token, config.publicUrl) } },
  );
}
