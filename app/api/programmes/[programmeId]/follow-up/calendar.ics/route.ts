// The programme's shared deadline feed (iCalendar): every owned action's deadline in all its
// workshops. Calendar apps cannot sign in, so the URL carries a signed key (?key=).
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { asResponse } from "@/server/workshop/responses";
import { calendarResponse, deadlinesCalendar } from "@/server/workshop/followUp/calendar";
import { calendarTexts } from "@/server/workshop/followUp/calendarTexts";
import { followUpContext } from "@/server/workshop/followUp/context";
import { defaultSettings, followUpRows } from "@/server/workshop/followUp/overview";
import { programmeWorkshopIds } from "@/server/workshop/followUp/scopes";
import { feedKeyMatches } from "@/server/workshop/followUp/token";

type Context = { params: Promise<{ programmeId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const context = followUpContext();
  const key = new URL(req.url).searchParams.get("key") ?? "";
  if (!feedKeyMatches(key, context.authSecret, "programme", programmeId)) return errorResponse(404, "notFound");
  return asResponse(async () => {
    const { ids, title, language } = await programmeWorkshopIds(getDb(), programmeId);
    const rows = await followUpRows(context, ids, defaultSettings());
    const body = deadlinesCalendar(rows, calendarTexts(language, title), {
      publicUrl: context.publicUrl,
      language,
      url: () => new URL(`/programmes/${programmeId}/follow-up`, context.publicUrl).toString(),
    });
    return calendarResponse(body, "frister.ics");
  });
}
