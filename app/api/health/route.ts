import { getDb } from "@/server/db/client";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", db: "ok", version: packageJson.version });
  } catch {
    return Response.json({ status: "error", db: "unreachable", version: packageJson.version }, { status: 503 });
  }
}
