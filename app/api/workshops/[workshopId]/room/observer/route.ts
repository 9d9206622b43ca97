// POST: the workshop's projector link (server/services/projectorLink.ts), for a venue PC that
// shows the projector without anyone's sign-in. `{ "renew": true }` makes a new link: the old
// one stops working at once and screens still showing it are disconnected.
import { z } from "zod";
import { getConfig } from "@/server/config";
import { getDb } from "@/server/db/client";
import { requireWorkshopAccess } from "@/server/auth/requestPrincipal";
import { readJson } from "@/server/http/json";
import { projectorLink } from "@/server/services/projectorLink";
import { disconnectParticipant } from "@/server/services/roomPublishFromHttp";

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
