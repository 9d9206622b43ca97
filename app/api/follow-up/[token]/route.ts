// An action owner's follow-up link (no account): GET their page's data, POST an update (a new
// history row). The token in the path is the only credential; see server/workshop/followUp/token.ts.
import { followUpInputSchema } from "@/lib/domain/followUp/followUp";
import { readJson } from "@/server/platform/http/json";
import { asResponse } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { ownerPage, submitOwnerUpdate } from "@/server/workshop/followUp/ownerPage";

type Context = { params: Promise<{ token: string }> };

const noStore = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

export async function GET(_req: Request, { params }: Context) {
  const { token } = await params;
  const response = await asResponse(async () => ({ page: await ownerPage(followUpContext(), token) }));
  for (const [name, value] of Object.entries(noStore)) response.headers.set(name, value);
  return response;
}

export async function POST(req: Request, { params }: Context) {
  const { token } = await params;
  const body = await readJson(req, followUpInputSchema, 16 * 1024);
  if (!body.ok) return body.response;
  const response = await asResponse(async () => ({ page: await submitOwnerUpdate(followUpContext(), token, body.data) }));
  for (const [name, value] of Object.entries(noStore)) response.headers.set(name, value);
  return response;
}
