// POST: the facilitator makes a read-only link for a projector or an observer. The link
// carries an observer token: it can follow the room but never edit or vote, and it does not
// count against the workshop's capacity.
import { z } from "zod";
import { getConfig } from "@/server/config";
import { getDb } from "@/server/db/client";
import { requireWorkshopAccess } from "@/server/auth/requestPrincipal";
import { readJson } from "@/server/http/json";
import { createObserver } from "@/server/services/participants";

const input = z.object({ label: z.string().trim().min(1).max(60).optional() }).strict();

export async function POST(req: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, input, 4 * 1024);
  if (!body.ok) return body.response;
  const config = getConfig();
  const observer = await createObserver(getDb(), config.authSecret, workshopId, body.data.label ?? "Projector");
  const url = new URL(`/present/${workshopId}?token=${encodeURIComponent(observer.token)}`, config.publicUrl).toString();
  return Response.json({ ok: true, url, participantId: observer.participantId }, { status: 201 });
}
