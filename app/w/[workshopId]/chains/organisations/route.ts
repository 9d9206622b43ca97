// The workshop's organisations for the chain editor inside the live room, whose state does not
// carry them: anyone in the workshop may read the list (it is printed on every name tag anyway).
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "any");
  if (!auth.ok) return auth.response;
  const rows = await getDb().workshopOrganisation.findMany({ where: { workshopId }, orderBy: { position: "asc" }, select: { name: true } });
  return Response.json({ organisations: rows.map((r) => r.name) }, { headers: { "cache-control": "no-store" } });
}
