// The load balancer's check (docs/deploy/haproxy.cfg): 200 while this instance should get new
// connections; 503 from SIGTERM on (it is draining) and while it cannot reach the database.
// Redis does not count: every instance shares it, and failing on it would take them all out
// of rotation at once (see docs/multi-instance.md).
import { getDb } from "@/server/platform/db/client";
import { findRuntime } from "@/server/realtime/runtime";

export const dynamic = "force-dynamic";

export async function GET() {
  const runtime = findRuntime();
  const instance = runtime?.instanceId ?? null;
  if (!runtime) return Response.json({ ready: false, reason: "starting", instance }, { status: 503 });
  if (runtime.draining) return Response.json({ ready: false, reason: "draining", instance }, { status: 503 });
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
  } catch {
    return Response.json({ ready: false, reason: "database unreachable", instance }, { status: 503 });
  }
  return Response.json({ ready: true, instance });
}
