// Deadlines as an iCalendar feed (RFC 5545) that Outlook, Google and Apple calendars subscribe
// to: one all-day event per action with a deadline. ical-generator writes the format (CRLF,
// folding at 75 octets, escaping); this module decides what goes in it:
// - UID is stable per action (workshop + chain + action), so a moved deadline moves the event
//   instead of adding a second one;
// - SEQUENCE is how often the deadline moved since the meeting, so it increases with each move;
// - DTSTAMP is when the action was last revised (feeds without METHOD, RFC 5545 3.8.7.2).
import ical from "ical-generator";
import type { FollowUpRow } from "../../../lib/contract/followUp";

export interface CalendarTexts {
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
  summary: (row: FollowUpRow) => string;
  description: (row: FollowUpRow) => string;
}

const utcDay = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

export function deadlineUid(row: Pick<FollowUpRow, "workshopId" | "chainId" | "actionId">, publicUrl: string): string {
  return `follow-up-${row.workshopId}-${row.chainId}-${row.actionId}@${new URL(publicUrl).hostname}`;
}

export function deadlinesCalendar(rows: readonly FollowUpRow[], texts: CalendarTexts, options: { publicUrl: string; language: string; url?: (row: FollowUpRow) => string | null }): string {
  const calendar = ical({ name: texts.name, prodId: { company: "Samla", product: "follow-up", language: options.language.toUpperCase() } });
  for (const row of rows) {
    const deadline = row.state.deadline;
    if (!deadline) continue;
    const day = utcDay(deadline);
    calendar.createEvent({
      id: deadlineUid(row, options.publicUrl),
      // All-day: DTSTART;VALUE=DATE and an exclusive DTEND the day after.
      allDay: true,
      start: day,
      end: new Date(day.getTime() + 86_400_000),
      stamp: new Date(row.revisedAt),
      sequence: row.state.deadlineChanges,
      summary: texts.summary(row),
      description: texts.description(row),
      url: options.url?.(row) ?? null,
    });
  }
  return calendar.toString();
}

export function calendarResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="${fileName}"`,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
