// Adapters from Next.js requests to authenticate(): route handlers pass their Request,
// server components use the incoming cookies.
import { cookies } from "next/headers";
import { getConfig } from "../config";
import { getDb } from "../db/client";
import { accessToWorkshop, authenticate, type AuthResult, type Principal, type WorkshopAccess } from "./authenticate";
import { errorResponse } from "../http/json";

function tokenOf(req: Request): string | null {
  const bearer = req.headers.get("authorization");
  if (bearer?.startsWith("Bearer ")) return bearer.slice("Bearer ".length);
  return new URL(req.url).searchParams.get("token");
}

export function authenticateRequest(req: Request, scope: { workshopId?: string } = {}): Promise<AuthResult> {
  return authenticate(getDb(), getConfig().authSecret, { cookieHeader: req.headers.get("cookie"), token: tokenOf(req) }, scope);
}

/** The caller as seen by a server component (page or layout). */
export async function currentPrincipal(scope: { workshopId?: string } = {}): Promise<Principal | null> {
  const jar = await cookies();
  const cookieHeader = jar.getAll().map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join("; ");
  const result = await authenticate(getDb(), getConfig().authSecret, { cookieHeader }, scope);
  return result.ok ? result.principal : null;
}

export async function currentUser(): Promise<Extract<Principal, { kind: "user" }> | null> {
  const principal = await currentPrincipal();
  return principal?.kind === "user" ? principal : null;
}

export type Authorised = { ok: true; principal: Principal; access: WorkshopAccess } | { ok: false; response: Response };

/** For route handlers: the caller must have (at least) the given access to the workshop. */
export async function requireWorkshopAccess(req: Request, workshopId: string, needed: WorkshopAccess | "any"): Promise<Authorised> {
  const auth = await authenticateRequest(req, { workshopId });
  if (!auth.ok) return { ok: false, response: errorResponse(auth.status, "unauthenticated", auth.reason) };
  const access = await accessToWorkshop(getDb(), auth.principal, workshopId);
  if (!access) return { ok: false, response: errorResponse(403, "forbidden", "no access to this workshop") };
  if (needed !== "any" && access !== needed && !(needed === "participant" && access === "facilitator")) {
    return { ok: false, response: errorResponse(403, "forbidden", `needs ${needed} access`) };
  }
  return { ok: true, principal: auth.principal, access };
}

/** For route handlers: a signed-in facilitator or admin. */
export async function requireUser(req: Request, role?: "admin"): Promise<{ ok: true; user: Extract<Principal, { kind: "user" }> } | { ok: false; response: Response }> {
  const auth = await authenticateRequest(req);
  if (!auth.ok || auth.principal.kind !== "user") return { ok: false, response: errorResponse(401, "unauthenticated", "sign in first") };
  if (role === "admin" && auth.principal.role !== "admin") return { ok: false, response: errorResponse(403, "forbidden", "admins only") };
  return { ok: true, user: auth.principal };
}
