// Route-handler glue for the workshop services: authorise, run, and turn a service refusal
// into the same { error, details } shape readJson uses, so every form reads one format.
import { ZodError } from "zod";
import { requireWorkshopAccess } from "../platform/auth/requestPrincipal";
import { errorResponse } from "../platform/http/json";
import { log } from "../platform/log";
import { WorkshopError } from "./errors";

export async function asResponse(work: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    const result = await work();
    // A handler may answer early itself (e.g. readJson's validation response).
    if (result instanceof Response) return result;
    return Response.json(result ?? { ok: true }, { status });
  } catch (error) {
    if (error instanceof WorkshopError) return errorResponse(error.status, error.code, error.details);
    if (error instanceof ZodError) {
      return errorResponse(400, "invalidInput", error.issues.map((i) => ({ path: i.path.join("."), code: i.message })));
    }
    log.error("workshop request failed", error);
    return errorResponse(500, "serverError");
  }
}

/** Runs `work` only for the workshop's facilitators (and admins). */
export async function asFacilitator(req: Request, workshopId: string, work: () => Promise<unknown>, status = 200): Promise<Response> {
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  return asResponse(work, status);
}
