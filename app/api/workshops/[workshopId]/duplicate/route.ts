import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { asResponse } from "@/server/workshop/responses";
import { duplicateWorkshop } from "@/server/workshop/workshops";

type Context = { params: Promise<{ workshopId: string }> };

export async function POST(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  if (auth.principal.kind !== "user") return Response.json({ error: "forbidden" }, { status: 403 });
  const ownerId = auth.principal.userId;
  return asResponse(async () => ({ workshop: await duplicateWorkshop(getDb(), workshopId, ownerId) }), 201);
}
