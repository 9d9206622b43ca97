// An anonymous round in a named workshop (rounds are anonymous by default), voted by eight people
// from seven organisations through real sockets, then read back from every output: the socket
// events the participants and the projector received, the facilitator's reveal and sync, the
// voting API and the results API (JSON and CSV), and every export (archive, docx, pdf, xlsx and
// each CSV sheet with both separators). None may tie a person to their dots, and none may show
// a breakdown row resting on fewer than K voters. The archive then imports as a workshop that
// reports the same.
import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/platform/db/client";
import type { SignedIn } from "../helpers/auth";
import type { RunningServer } from "../helpers/server";
import { connect, emit, roundItems, startVotingServer, stopVotingServer, type VotingFixture } from "./votingFixture";
import { docxTables, docxText, docxXml, againOnReset, parseCsv, pdfText, workbook } from "./readBack";

const authSecret = "anonymous-outputs-secret-that-is-long-enough-0123456789";
const K = 3;
let server: RunningServer;
let db: Db;
let facilitator: SignedIn;
let fixture: VotingFixture;
const sockets: Socket[] = [];

beforeAll(async () => {
  ({ server, db, facilitator, fixture } = await startVotingServer(authSecret, { participants: 8, areas: ["Psykisk helse", "Bolig for unge", "Skole og fritid"] }));
  // The organisations editor's list, with sectors; one participant typed a role, not a sector.
  await db.workshopOrganisation.createMany({
    data: [
      ["Trondheim kommune", "kommune"],
      ["Malvik kommune", "kommune"],
      ["Melhus kommune", "kommune"],
      ["Skaun kommune", "kommune"],
      ["St. Olavs hospital HF", "helseforetak"],
      ["Trøndelag fylkeskommune", "fylkeskommune"],
      ["Frivilligsentralen", "frivillighet"],
    ].map(([name, sector], position) => ({ workshopId: fixture.workshopId, name, sector, position })),
  });
  await db.participant.update({ where: { id: fixture.participants[4].id }, data: { sector: "Rådgiver" } });
});

afterAll(() => stopVotingServer({ server, db }, sockets));

type Received = { event: string; payload: unknown };
function record(socket: Socket): Received[] {
  const log: Received[] = [];
  socket.onAny((event, payload) => log.push({ event, payload }));
  return log;
}

async function get(pathname: string, cookie = facilitator.cookieHeader): Promise<Response> {
  const res = await againOnReset(`${server.url}${pathname}`, { headers: { cookie } });
  expect(res.status, `${pathname}: ${await res.clone().text().catch(() => "")}`).toBe(200);
  return res;
}
const file = async (pathname: string) => Buffer.from(await (await get(pathname)).arrayBuffer());

/** Every breakdown row (anything with a kind and voters) anywhere in a JSON value. */
function rowsIn(value: unknown, found: Array<{ kind: string; voters: number; name: unknown }> = []) {
  if (Array.isArray(value)) value.forEach((v) => rowsIn(v, found));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.kind === "string" && typeof o.voters === "number") found.push({ kind: o.kind, voters: o.voters, name: o.name });
    Object.values(o).forEach((v) => rowsIn(v, found));
  }
  return found;
}

describe("an anonymous round in a named workshop", () => {
  it("ties nobody to their dots and shows no group under K in any output, and its archive round-trips", async () => {
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    sockets.push(fac);
    // The projector as a venue PC opens it: the link the facilitator makes.
    const link = (await (await againOnReset(`${server.url}/api/workshops/${fixture.workshopId}/room/observer`, { method: "POST", headers: { cookie: facilitator.cookieHeader, "content-type": "application/json" }, body: "{}" })).json()) as { url: string };
    const projector = await connect(server.url, fixture.workshopId, new URL(link.url).searchParams.get("token")!);
    const voters = await Promise.all(fixture.participants.map((p) => connect(server.url, fixture.workshopId, p.token)));
    sockets.push(projector, ...voters);
    const logs = { projector: record(projector), participants: voters.map(record) };

    const opened = await emit(fac, "vote:open", { title: "Prioritering", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 2, anonymous: true, showLive: false, closesAt: null } });
    expect(opened.ok).toBe(true);
    const round = (opened as unknown as { round: { id: string; items: { id: string }[] } }).round;
    const roundId = round.id;
    const itemIds = round.items.map((i) => i.id);
    // Everyone votes; Malvik's one voter puts all three dots on their own, unmistakable pattern.
    for (const [i, socket] of voters.entries()) {
      const mine = i === 1 ? [itemIds[2], itemIds[2], itemIds[1]] : [itemIds[0], itemIds[i % 3]];
      for (const itemId of mine) expect((await emit(socket, "vote:cast", { roundId, itemId })).ok).toBe(true);
    }
    const syncs = { participant: await emit(voters[0], "vote:sync"), projector: await emit(projector, "vote:sync") };
    expect((await emit(fac, "vote:close", { roundId })).ok).toBe(true);
    const reveal = await emit(fac, "vote:reveal", { roundId });
    expect(reveal.ok).toBe(true);
    const facilitatorSync = await emit(fac, "vote:sync");
    await new Promise((r) => setTimeout(r, 500)); // the reveal's publish reaches every socket

    const base = `/api/workshops/${fixture.workshopId}`;
    const api = {
      results: await (await get(`${base}/voting/${roundId}/results`)).json(),
      history: await (await get(`${base}/voting`)).json(),
      historyAsParticipant: await (await get(`${base}/voting`, `samla_p_${fixture.workshopId}=${encodeURIComponent(fixture.participants[0].token)}`)).json(),
    };
    const csvs: Record<string, string> = {};
    for (const separator of ["semicolon", "comma"]) {
      csvs[`results-${separator}`] = (await file(`${base}/voting/${roundId}/results?format=csv&separator=${separator}`)).toString("utf8");
      for (const sheet of ["notes", "focusAreas", "votes", "votesByOrganisation", "chains", "participants"]) csvs[`${sheet}-${separator}`] = (await file(`${base}/export/csv?sheet=${sheet}&separator=${separator}`)).toString("utf8");
    }
    const archiveText = (await file(`${base}/export/json`)).toString("utf8");
    const docxBody = await docxXml(await file(`${base}/export/docx`));
    const pdf = pdfText(await file(`${base}/export/pdf`));
    const xlsx = await workbook(await file(`${base}/export/xlsx`));

    // Everything that carries votes, as JSON text: every voting event the sockets heard (room
    // events carry each person's own name in "me", which ties them to no dots), the acks.
    const votingEvents = (log: Received[]) => log.filter((r) => r.event.startsWith("vote:"));
    const socketText = JSON.stringify({ projector: votingEvents(logs.projector), participants: logs.participants.map(votingEvents), syncs, reveal, facilitatorSync });
    const voteJson = { sockets: socketText, api: JSON.stringify(api), archiveRounds: JSON.stringify(JSON.parse(archiveText).votingRounds) };
    // The recorders heard the results: the test would see a leak if there were one.
    expect(logs.participants[0].some((r) => r.event === "vote:results")).toBe(true);
    expect(logs.projector.some((r) => r.event === "vote:results")).toBe(true);

    // 1. No name, no participant reference next to dots.
    for (const p of fixture.participants) {
      for (const [what, text] of Object.entries(voteJson)) {
        expect(text.includes(p.name), `${p.name} in ${what}`).toBe(false);
        expect(text.includes(p.id), `participant ${p.id} in ${what}`).toBe(false);
      }
    }
    const archive = JSON.parse(archiveText);
    expect(archive.votingRounds[0].ballots).toBeNull();
    expect(archive.votingRounds[0].aggregate.voters).toBe(8);
    // The named workshop still lists its people (not anonymous), but no vote table names one.
    expect(archive.participants.some((p: { displayName: string }) => p.displayName === fixture.participants[0].name)).toBe(true);
    const votingSection = (text: string) => text.slice(text.indexOf("Prioritering"), text.indexOf("Tiltakskjeder"));
    for (const p of fixture.participants) {
      expect(votingSection(docxText(docxBody)).includes(p.name), `${p.name} in the Word report's votes`).toBe(false);
      expect(votingSection(pdf).includes(p.name), `${p.name} in the PDF's votes`).toBe(false);
      for (const key of ["results-semicolon", "results-comma", "votes-semicolon", "votesByOrganisation-semicolon", "votesByOrganisation-comma"]) expect(csvs[key].includes(p.name), `${p.name} in ${key}`).toBe(false);
    }

    // 2. No row under K voters: in every JSON that carries breakdowns …
    const rows = [...rowsIn(JSON.parse(socketText)), ...rowsIn(api), ...rowsIn(archive.votingRounds)];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.kind === "suppressed" || row.voters >= K, JSON.stringify(row)).toBe(true);
    // Seven organisations, Trondheim with two voters and the others with one: no organisation
    // is named; kommune (five voters) is a sector of its own; the other three are pooled.
    const results = api.results.results;
    expect(results.byOrganisation.map((r: { kind: string; voters: number }) => [r.kind, r.voters])).toEqual([["pooled", 8]]);
    expect(results.bySector.map((r: { name: string | null; kind: string; voters: number }) => [r.name, r.kind, r.voters])).toEqual([["kommune", "named", 5], [null, "pooled", 3]]);
    expect(results.minGroupSize).toBe(K);
    expect(results.ballots).toBeUndefined();
    // … in the Word report's breakdown tables …
    const breakdownTables = docxTables(docxBody).filter((t) => t[0][1] === "Velgere");
    expect(breakdownTables).toHaveLength(2);
    for (const table of breakdownTables) for (const row of table.slice(1)) expect(Number(row[1]), row.join(" | ")).toBeGreaterThanOrEqual(K);
    expect(breakdownTables[1].slice(1).map((r) => r[0])).toEqual(["Kommune", "Andre (små grupper slått sammen)"]);
    // … in the PDF (no small organisation's name in the vote section) …
    for (const organisation of ["Trondheim kommune", "Malvik kommune", "St. Olavs hospital HF", "Frivilligsentralen"]) expect(votingSection(pdf).includes(organisation), `${organisation} in the PDF's votes`).toBe(false);
    // … in the spreadsheet and in the CSV, read with either separator.
    const byOrg = xlsx.getWorksheet("Stemmer per organisasjon")!;
    byOrg.eachRow((row, n) => {
      if (n > 1) expect(Number(row.getCell(3).value), String(row.values)).toBeGreaterThanOrEqual(K);
    });
    for (const [separator, char] of [["semicolon", ";"], ["comma", ","]] as const) {
      const sheet = parseCsv(csvs[`votesByOrganisation-${separator}`], char);
      expect(sheet[0]).toEqual(["Avstemning", "Organisasjon", "Velgere", "Satsningsområde", "Prikker"]);
      for (const row of sheet.slice(1)) expect(Number(row[2]), row.join(char)).toBeGreaterThanOrEqual(K);
      const resultsCsv = parseCsv(csvs[`results-${separator}`], char);
      const orgHeader = resultsCsv.findIndex((r) => r[0] === "Organisasjon");
      expect(resultsCsv.slice(orgHeader + 1).map((r) => r[0])).toEqual(["Andre (små grupper)"]);
    }
    // Sectors come from the organisations editor, not from the role someone typed.
    expect(docxText(docxBody)).not.toContain("Rådgiver");

    // 3. The archive imports, and the new workshop reports the same round.
    const imported = await fetch(`${server.url}/api/workshops/import`, { method: "POST", headers: { cookie: facilitator.cookieHeader, "content-type": "application/json" }, body: archiveText });
    expect(imported.status).toBe(201);
    const { workshopId } = (await imported.json()) as { workshopId: string };
    const [importedRound] = (await (await get(`/api/workshops/${workshopId}/voting`)).json()).rounds as { round: { id: string } }[];
    const again = (await (await get(`/api/workshops/${workshopId}/voting/${importedRound.round.id}/results`)).json()).results;
    const comparable = (r: Record<string, unknown> & { ranking: { id: string; title: string }[]; byOrganisation: { perItem: Record<string, number> }[]; bySector: { perItem: Record<string, number> }[]; spread: { itemId: string }[] }) => {
      const titleOf = new Map(r.ranking.map((i) => [i.id, i.title]));
      const byTitle = (rows: { perItem: Record<string, number> }[]) => rows.map((row) => ({ ...row, perItem: Object.fromEntries(Object.entries(row.perItem).map(([id, n]) => [titleOf.get(id), n])) }));
      const spread = r.spread.map(({ itemId, ...rest }) => ({ ...rest, item: titleOf.get(itemId) }));
      return { ...r, roundId: 0, eligible: 0, ranking: r.ranking.map((i) => ({ ...i, id: 0 })), byOrganisation: byTitle(r.byOrganisation), bySector: byTitle(r.bySector), spread };
    };
    expect(comparable(again)).toEqual(comparable(results));
    const strip = (t: string) => t.replace(/Laget \d+\. \w+ \d{4}/, "");
    const reportOf = async (id: string) => strip(docxText(await docxXml(await file(`/api/workshops/${id}/export/docx`))));
    expect(votingSection(await reportOf(workshopId))).toBe(votingSection(await reportOf(fixture.workshopId)));
    // Its own archive carries the same results again, still without ballots.
    const second = JSON.parse((await file(`/api/workshops/${workshopId}/export/json`)).toString("utf8"));
    expect(second.votingRounds[0].ballots).toBeNull();
    expect(second.votingRounds[0].aggregate.bySector).toEqual(expect.arrayContaining([expect.objectContaining({ name: "kommune", voters: 5 })]));
  }, 120_000);
});
