// Follow-up after the meeting, in real browsers: the organiser opens the follow-up view; the
// owner of an action opens their personal link in a fresh context (a phone, no sign-in), reports
// status, progress and a new deadline; the organiser's open view shows it without a reload; the
// calendar feeds, read by an independent iCalendar parser (ical.js), carry the new deadline
// with the same UID and a higher SEQUENCE; a withdrawn link is refused by the page, the API and
// the feed. The meeting's chains are seeded into the database the way the server stores them.
import ICAL from "ical.js";
import * as Y from "yjs";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { addAction, addActionChain, createFocusArea } from "@/lib/board";
import { testDb } from "./board-fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { hydrated, newContext, signUpQuickly } from "./support/people";
import { shoot } from "./support/screens";

interface ParsedEvent {
  uid: string;
  sequence: number;
  start: string;
  allDay: boolean;
  summary: string;
}

/** Reads a feed with ical.js: a parser written apart from the generator the server uses. */
async function readFeed(api: APIRequestContext, url: string): Promise<ParsedEvent[]> {
  const response = await api.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const text = await response.text();
  // RFC 5545: CRLF line ends and no line longer than 75 octets.
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, sequence: event.sequence, start: event.startDate.toString(), allDay: event.startDate.isDate, summary: event.summary };
  });
}

async function seedWorkshop(ownerId: string) {
  const db = testDb();
  const workshop = await db.workshop.create({
    data: { title: "Dialogmøte Frosta", date: "2026-11-20", retentionMonths: 120, method: "dialogueConference", joinCode: `FU${Date.now().toString(36).toUpperCase()}`.slice(0, 8), ownerId, status: "closed" },
  });
  const board = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
  const doc = new Y.Doc();
  const area = createFocusArea(doc, { title: "Trygge overganger", x: 0, y: 0 });
  const chain = addActionChain(doc, { focusAreaId: area, goal: "Ingen skrives ut uten en plan" });
  const mine = addAction(doc, chain, { what: "Felles sjekkliste ved utskrivning", responsible: "Kari Nordmann", responsibleOrganisation: "Frosta kommune", deadline: "2027-06-01", status: "planned" });
  addAction(doc, chain, { what: "Opplæring av hjemmetjenesten", responsible: "Ola Hansen", responsibleOrganisation: "St. Olavs hospital", deadline: "2027-09-01", status: "planned", dependsOn: [mine] });
  await db.boardUpdate.create({ data: { boardId: board.id, data: new Uint8Array(Y.encodeStateAsUpdate(doc)) } });
  return { workshopId: workshop.id, boardId: board.id, chainId: chain, actionId: mine };
}

test("an owner updates their action from a phone; the organiser sees it live, calendars follow, a withdrawn link is refused", async ({ browser, baseURL }) => {
  const organiserContext = await newContext(browser, baseURL!, { locale: "nb", viewport: { width: 1280, height: 720 } });
  const organiser = await organiserContext.newPage();
  const email = `oppfolging-${Date.now()}@frosta.kommune.no`;
  await signUpQuickly(organiser, { name: "Arrangør Frosta", email });
  const user = await testDb().user.findUniqueOrThrow({ where: { email } });
  const seeded = await seedWorkshop(user.id);

  // The organiser's view: both owned actions, live once the room is connected.
  await organiser.goto(`/workshops/${seeded.workshopId}/follow-up`);
  await expect(organiser.getByRole("heading", { level: 1, name: "Oppfølging" })).toBeVisible();
  await expect(organiser.getByTestId("follow-up-live")).toHaveText("Oppdateres fortløpende.");
  const rows = organiser.getByTestId("follow-up-row");
  await expect(rows).toHaveCount(2);
  const row = rows.filter({ hasText: "Felles sjekkliste ved utskrivning" });
  await expect(row.getByTestId("follow-up-row-status")).toHaveText("Planlagt, 0 %");
  await expectNoSeriousViolations(organiser, "follow-up view");
  await shoot(organiser, "follow-up-view-before");
  const ownerUrl = await row.getByTestId("follow-up-row-link").getAttribute("href");
  expect(ownerUrl).toMatch(/\/f\/f\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  const feedUrl = await organiser.getByTestId("follow-up-feed").getAttribute("href");

  // The printed chain carries the same link, with a QR code.
  await organiser.goto(`/workshops/${seeded.workshopId}/chains/${seeded.boardId}/${seeded.chainId}/print`);
  const printed = organiser.getByTestId("print-follow-up-links");
  await expect(printed.getByTestId("print-follow-up-link")).toHaveCount(2);
  await expect(printed.getByRole("link", { name: ownerUrl! })).toBeVisible();
  await expect(printed.getByRole("img", { name: "QR-kode til oppfølgingslenken for tiltak 1" })).toBeVisible();
  await organiser.goto(`/workshops/${seeded.workshopId}/follow-up`);
  await expect(organiser.getByTestId("follow-up-live")).toHaveText("Oppdateres fortløpende.");

  // Calendars before the update: one all-day event per owned deadline.
  const api = await request.newContext();
  const ownerFeedUrl = `${ownerUrl!.replace("/f/", "/api/follow-up/")}/calendar.ics`;
  const [before] = await readFeed(api, ownerFeedUrl);
  expect(before).toMatchObject({ start: "2027-06-01", allDay: true, sequence: 0, summary: "Frist: Felles sjekkliste ved utskrivning" });
  expect((await readFeed(api, feedUrl!)).map((e) => e.start).sort()).toEqual(["2027-06-01", "2027-09-01"]);

  // The owner: a fresh context on a phone, no cookies, no account.
  // (Bokmål is the default language, so not even the language cookie is set.)
  const phone = await newContext(browser, baseURL!, { viewport: { width: 390, height: 844 } });
  expect(await phone.cookies()).toEqual([]);
  const owner = await phone.newPage();
  await owner.goto(ownerUrl!);
  await hydrated(owner, "form");
  await expect(owner.getByRole("heading", { level: 1, name: "Felles sjekkliste ved utskrivning" })).toBeVisible();
  await expect(owner.getByTestId("owner-chain").getByRole("listitem")).toHaveCount(2);
  await expect(owner.getByTestId("owner-chain")).toContainText("Opplæring av hjemmetjenesten");
  await expectNoSeriousViolations(owner, "owner follow-up page");
  await shoot(owner, "follow-up-owner-phone", { fullPage: true });
  await owner.getByRole("radio", { name: "Startet" }).check();
  await owner.getByLabel("Fremdrift i prosent (0–100)").fill("40");
  await owner.getByLabel("Frist (endre hvis den er flyttet)").fill("2027-09-15");
  await owner.getByLabel("Kort kommentar (valgfritt)").fill("Utkast sendt til fastlegene; venter på svar.");
  await owner.getByRole("button", { name: "Send oppdatering" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Takk! Oppdateringen er lagret." })).toBeVisible();
  await expect(owner.getByTestId("owner-deadline")).toHaveText("15. september 2027");
  await expect(owner.getByTestId("owner-history").getByRole("listitem")).toHaveCount(1);
  await shoot(owner, "follow-up-owner-saved", { fullPage: true });

  // The organiser's open view, without a reload.
  await expect(row.getByTestId("follow-up-row-status")).toHaveText("Startet, 40 %");
  await expect(row.getByTestId("follow-up-row-deadline")).toHaveText("15. september 2027 (avtalt 1. juni 2027)");
  await expect(row).toContainText("Utkast sendt til fastlegene; venter på svar.");
  await shoot(organiser, "follow-up-view-after", { fullPage: true });

  // The history is kept row by row, never overwritten.
  expect(await testDb().followUpUpdate.count({ where: { workshopId: seeded.workshopId, actionId: seeded.actionId } })).toBe(1);

  // Calendars after: same UID, the new date, a higher SEQUENCE.
  const [after] = await readFeed(api, ownerFeedUrl);
  expect(after.uid).toBe(before.uid);
  expect(after).toMatchObject({ start: "2027-09-15", allDay: true, sequence: 1 });
  const shared = await readFeed(api, feedUrl!);
  expect(shared.find((e) => e.uid === before.uid)).toMatchObject({ start: "2027-09-15", sequence: 1 });
  expect((await api.get(feedUrl!.replace(/key=[^&]+/, "key=forged"))).status()).toBe(404);

  // The organiser withdraws the link: page, API and feed refuse it.
  await row.getByRole("button", { name: "Trekk tilbake lenken" }).click();
  await expect(organiser.getByRole("status").filter({ hasText: "Lenken for «Felles sjekkliste ved utskrivning» er trukket tilbake." })).toBeVisible();
  await expect(row).toContainText("Lenken er trukket tilbake.");
  await owner.reload();
  await expect(owner.getByTestId("owner-refused")).toContainText("trukket tilbake");
  await shoot(owner, "follow-up-owner-revoked");
  const refused = await api.post(ownerUrl!.replace("/f/", "/api/follow-up/"), { data: { status: "done", progress: 100, deadline: null } });
  expect(refused.status()).toBe(410);
  expect(await refused.json()).toMatchObject({ error: "followUpLinkRevoked" });
  expect((await api.get(ownerFeedUrl)).status()).toBe(410);
  expect(await testDb().followUpUpdate.count({ where: { workshopId: seeded.workshopId } })).toBe(1);

  // A follow-up meeting: its first board holds the chains with their current status.
  await hydrated(organiser, "form[aria-labelledby='follow-up-meeting-h']");
  await expect(organiser.getByLabel("Navn på møtet")).toHaveValue("Oppfølgingsmøte: Dialogmøte Frosta");
  await organiser.getByLabel("Dato", { exact: true }).fill("2027-03-01");
  await organiser.getByRole("button", { name: "Lag oppfølgingsmøtet" }).click();
  await expect(organiser).toHaveURL(/\/workshops\/[^/]+\/chains$/);
  const meetingId = organiser.url().split("/workshops/")[1].split("/")[0];
  const meeting = await testDb().workshop.findUniqueOrThrow({ where: { id: meetingId }, include: { phases: { orderBy: { position: "asc" } } } });
  expect(meeting).toMatchObject({ method: "followUpMeeting", date: "2027-03-01" });
  expect(meeting.phases[0]).toMatchObject({ kind: "actionChains", groupMode: "plenary", title: "Gjennomgang av tiltakskjedene" });
  await organiser.goto(`/workshops/${meetingId}/chains/present`);
  const carried = organiser.getByRole("listitem").filter({ hasText: "Felles sjekkliste ved utskrivning" });
  await expect(carried).toContainText("Startet");
  await expect(carried).toContainText("15. sep. 2027");
  await expect(organiser.getByRole("listitem").filter({ hasText: "Opplæring av hjemmetjenesten" })).toContainText("Planlagt");
  await shoot(organiser, "follow-up-meeting-first-board");

  await api.dispose();
  await phone.close();
  await organiserContext.close();
});
