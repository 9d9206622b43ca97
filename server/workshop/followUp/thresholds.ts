// The follow-up view's thresholds (?stalledWeeks=&dueSoonDays=) read from a request's query,
// for every follow-up route: the view and its export, of a workshop and of a programme.
import type { z } from "zod";
import { followUpThresholdsSchema } from "../../../lib/domain/followUp/followUp";
import { errorResponse } from "../../platform/http/json";

type FollowUpThresholds = z.infer<typeof followUpThresholdsSchema>;

export function readThresholds(req: Request): { ok: true; data: FollowUpThresholds } | { ok: false; response: Response } {
  const parsed = followUpThresholdsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: errorResponse(400, "invalidInput", parsed.error.issues.map((i) => ({ path: i.path.join("."), code: i.message }))) };
}
