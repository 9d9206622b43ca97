// The workshop's shared deadline feed (iCalendar) for organisers' calendars: every owned
// action's deadline. Calendar apps cannot sign in, so the URL carries a signed key (?key=).
import { errorResponse } from "@/server/platform/http/json";
import { asResponse } from "@/server/workshop/responses";
import { calendarResponse, deadlinesCalendar } from "@/server/workshop/followUp/calendar";
import { calendarTexts } from "@/server/workshop/followUp/calendarTexts";
import { followUpContext } from "@/server/workshop/followUp/context";
import { defaultSettings, followUpRows } from "@/server/workshop/followUp/overview";
import { feedKeyMatches } from "@/server/workshop/followUp/token";

type Context = { params: Promise<{ workshopId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const context = followUpContext();
  const key = new URL(req.url).searchParams.get("key") ?? "";
  if (!feedKeyMatches(key, context.authSecret, "workshop", workshopId)) return errorResponse(404, "notFound");
  return asResponse(async () => {
    const workshop = await context.db.workshop.findUnique({ where: { id: workshopId }, select: { title: true, language: true } });
    if (!workshop) return errorResponse(404, "notFound");
    const rows = await followUpRows(context, [workshopId], defaultSettings());
    const body = deadlinesCalendar(rows, calendarTexts(workshop.language, workshop.title), {
      publicUrl: context.publicUrl,
      language: workshop.language,
      url: () => new URL(`/workshops/${workshopId}/follow-up`, context.publicUrl).toString(),
    });
    return calendarResponse(body, "frister.ics");
  });
}
