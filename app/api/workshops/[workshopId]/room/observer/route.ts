// POST: the workshop's projector link (server/room/projectorLink.ts), for a venue PC that
// shows the projector without anyone's sign-in. `{ "renew": true }` makes a new link: the old
// one stops working at once and screens still showing it are disconnected.
import { z } from "zod";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { readJson } from "@/server/platform/http/json";
import { projectorLink } from "@/server/room/projectorLink";
import { disconnectParticipant } from "@/server/room/publishFromHttp";

const input = z.object({ renew: z.boolean().optional() }).strict();

export async function POST(req: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, input, 4 * 1024);
  if (!body.ok) return body.response;
  const config = getConfig();
  const link = await projectorLink(getDb(), config.authSecret, config.publicUrl, workshopId, { renew: body.data.renew });
  if (body.data.renew) disconnectParticipant(link.participantId);
  return Response.json({ ok: true, url: link.url, qrDataUrl: link.qrDataUrl, participantId: link.participantId }, { status: 200 });
}
