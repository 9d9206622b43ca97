// What this instance can reach: the database (without it nothing is stored: 503) and, with
// REDIS_URL, Redis (without it the instance still stores and acknowledges, but other instances
// hear of its changes only by catching up: "degraded", still 200). /api/ready is the load
// balancer's check.
import { getDb } from "@/server/platform/db/client";
import { findRuntime } from "@/server/realtime/runtime";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const runtime = findRuntime();
  const redis = runtime?.redisHealth ? runtime.redisHealth() : "off";
  const common = { version: packageJson.version, instance: runtime?.instanceId ?? null, redis };
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return Response.json({ status: redis === "unreachable" ? "degraded" : "ok", db: "ok", ...common });
  } catch {
    return Response.json({ status: "error", db: "unreachable", ...common }, { status: 503 });
  }
}
