// For route handlers: the caller must be a member of the programme (organisers for changes).
import { authenticateRequest } from "../../platform/auth/requestPrincipal";
import type { Principal } from "../../platform/auth/authenticate";
import { getDb } from "../../platform/db/client";
import { errorResponse } from "../../platform/http/json";
import { programmeAccess, type ProgrammeAccess } from "./programmes";

export type ProgrammeAuthorised =
  | { ok: true; principal: Extract<Principal, { kind: "user" }>; access: ProgrammeAccess }
  | { ok: false; response: Response };

export async function requireProgrammeAccess(req: Request, programmeId: string, needed: ProgrammeAccess): Promise<ProgrammeAuthorised> {
  const auth = await authenticateRequest(req);
  if (!auth.ok || auth.principal.kind !== "user") return { ok: false, response: errorResponse(401, "unauthenticated", "sign in first") };
  const access = await programmeAccess(getDb(), auth.principal, programmeId);
  // Not a member: the same answer as a programme that does not exist, so ids reveal nothing.
  if (!access) return { ok: false, response: errorResponse(404, "programmeNotFound") };
  if (needed === "organiser" && access !== "organiser") return { ok: false, response: errorResponse(403, "forbidden", "organisers only") };
  return { ok: true, principal: auth.principal, access };
}
