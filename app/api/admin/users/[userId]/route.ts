import { z } from "zod";
import { getDb } from "@/server/platform/db/client";
import { setAccountDisabled } from "@/server/platform/auth/revokeSessions";
import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { errorResponse, readJson } from "@/server/platform/http/json";

const input = z.object({ disabled: z.boolean() }).strict();

/** Disables or enables an account. Disabling ends every session of it at once. */
export async function PATCH(req: Request, { params }: { params: Promise<{ userId: string }> }) {
  const auth = await requireUser(req, "admin");
  if (!auth.ok) return auth.response;
  const { userId } = await params;
  const body = await readJson(req, input);
  if (!body.ok) return body.response;
  // An administrator who disabled themselves would lock the installation's last door.
  if (userId === auth.user.userId) return errorResponse(409, "cannotDisableSelf");
  const db = getDb();
  if (!(await db.user.findUnique({ where: { id: userId.slice(0, 64) }, select: { id: true } }))) return errorResponse(404, "notFound");
  await setAccountDisabled(db, userId, body.data.disabled);
  return Response.json({ ok: true, userId, disabled: body.data.disabled });
}
