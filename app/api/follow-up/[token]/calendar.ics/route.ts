// The owner's calendar feed (iCalendar): their action's deadline as an all-day event. The
// follow-up token is the key, so a withdrawn link stops the feed too.
import { asResponse } from "@/server/workshop/responses";
import { calendarResponse, deadlinesCalendar } from "@/server/workshop/followUp/calendar";
import { calendarTexts } from "@/server/workshop/followUp/calendarTexts";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpUrl } from "@/server/workshop/followUp/links";
import { ownerCalendarRows } from "@/server/workshop/followUp/ownerPage";

type Context = { params: Promise<{ token: string }> };

export async function GET(_req: Request, { params }: Context) {
  const { token } = await params;
  return asResponse(async () => {
    const context = followUpContext();
    const { rows, language } = await ownerCalendarRows(context, token);
    const texts = calendarTexts(language, rows[0]?.what.trim() || rows[0]?.workshopTitle || "Samla");
    const body = deadlinesCalendar(rows, texts, { publicUrl: context.publicUrl, language, url: () => followUpUrl(context.publicUrl, token) });
    return calendarResponse(body, "frist.ics");
  });
}
