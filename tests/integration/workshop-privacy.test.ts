// Nothing about a workshop reaches someone without access to it: not its title, not its join
// code, not even whether it exists. Every page and route under /workshops, /w, /present and
// /api/workshops is asked by an anonymous visitor, another facilitator and a participant of
// another workshop, for a real workshop and for an id that does not exist; the answers must
// say nothing about the workshop and be the same for both ids.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signParticipantToken } from "@/server/platform/auth/participantToken";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn, type SignedIn } from "../helpers/auth";

const authSecret = "integration-test-secret-for-privacy-0123456789abcdef";
const title = "Hemmelig samling om Fjordby sykehus";
let server: RunningServer;
let db: Db;
let owner: SignedIn;
let other: SignedIn;
let secret: { workshopId: string; boardId: string; joinCode: string };
// Same shape as the real ids (cuid), so nothing can tell them apart by length.
const missing = { workshopId: "cm0000000000000000nothere", boardId: "cm0000000000000000noboard" };
let outsiderOfAnotherWorkshop: { cookieHeader: string; token: string };

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
  db = createDb(server.databaseUrl);
  owner = await signUpAndIn(server.url, { name: "Olga Eier", email: "olga@example.no", password: "et langt og trygt passord" });
  other = await signUpAndIn(server.url, { name: "Otto Annen", email: "otto@example.no", password: "et langt og trygt passord" });
  const created = await fetch(`${server.url}/api/workshops`, {
    method: "POST",
    headers: { cookie: owner.cookieHeader, "content-type": "application/json" },
    body: JSON.stringify({ title, language: "nb", method: "searchConference", organisations: [{ name: "Fjordby kommune" }] }),
  });
  const { workshop } = (await created.json()) as { workshop: { id: string; joinCode: string } };
  const board = await db.board.findFirstOrThrow({ where: { workshopId: workshop.id } });
  secret = { workshopId: workshop.id, boardId: board.id, joinCode: workshop.joinCode };
  expect(secret.workshopId.length).toBe(missing.workshopId.length);

  // Otto's own workshop, with a participant who has a cookie and a token for it.
  const ottos = await db.workshop.create({ data: { title: "Ottos samling", method: "free", joinCode: "OTTOSS", ownerId: (await db.user.findUniqueOrThrow({ where: { email: "otto@example.no" } })).id } });
  const participant = await db.participant.create({ data: { workshopId: ottos.id, displayName: "Per Annensted", organisation: "Nabo kommune", secret: "per-sin-hemmelighet" } });
  const token = signParticipantToken(authSecret, participant.id, participant.secret);
  outsiderOfAnotherWorkshop = { cookieHeader: `samla_p_${ottos.id}=${encodeURIComponent(token)}`, token };
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

type Ids = { workshopId: string; boardId: string };
const pages = (w: Ids) => [
  `/workshops/${w.workshopId}`,
  `/workshops/${w.workshopId}/run`,
  `/workshops/${w.workshopId}/vote`,
  `/workshops/${w.workshopId}/export`,
  `/workshops/${w.workshopId}/chains`,
  `/workshops/${w.workshopId}/chains/present`,
  `/workshops/${w.workshopId}/boards/${w.boardId}`,
  `/workshops/${w.workshopId}/chains/${w.boardId}/chain1/print`,
  `/w/${w.workshopId}`,
  `/w/${w.workshopId}/boards/${w.boardId}`,
  `/w/${w.workshopId}/chains`,
  `/w/${w.workshopId}/chains/organisations`,
  `/present/${w.workshopId}`,
];
const apiGets = (w: Ids) => [
  `/api/workshops/${w.workshopId}`,
  `/api/workshops/${w.workshopId}/participants`,
  `/api/workshops/${w.workshopId}/voting`,
  `/api/workshops/${w.workshopId}/voting/candidates`,
  `/api/workshops/${w.workshopId}/voting/round1/results`,
  `/api/workshops/${w.workshopId}/export/docx`,
  `/api/workshops/${w.workshopId}/export/boards/${w.boardId}`,
];
const apiWrites = (w: Ids): Array<[string, string, unknown]> => [
  ["PATCH", `/api/workshops/${w.workshopId}`, { title: "Kapret" }],
  ["DELETE", `/api/workshops/${w.workshopId}`, undefined],
  ["POST", `/api/workshops/${w.workshopId}/duplicate`, {}],
  ["POST", `/api/workshops/${w.workshopId}/archive`, { archived: true }],
  ["POST", `/api/workshops/${w.workshopId}/tables`, { op: "add" }],
  ["POST", `/api/workshops/${w.workshopId}/phases`, { expectedIds: [], edits: [] }],
  ["PUT", `/api/workshops/${w.workshopId}/organisations`, { organisations: [] }],
  ["POST", `/api/workshops/${w.workshopId}/findings`, { boardId: w.boardId, format: "lines", text: "x" }],
  ["POST", `/api/workshops/${w.workshopId}/room/observer`, {}],
  ["PATCH", `/api/workshops/${w.workshopId}/participants/me`, { displayName: "x", organisation: "y" }],
  ["DELETE", `/api/workshops/${w.workshopId}/participants/p1`, undefined],
];

interface Caller {
  name: string;
  headers: () => Record<string, string>;
}
const callers: Caller[] = [
  { name: "an anonymous visitor", headers: () => ({}) },
  { name: "another facilitator", headers: () => ({ cookie: other.cookieHeader }) },
  { name: "a participant of another workshop (cookie)", headers: () => ({ cookie: outsiderOfAnotherWorkshop.cookieHeader }) },
  { name: "a participant of another workshop (token)", headers: () => ({ authorization: `Bearer ${outsiderOfAnotherWorkshop.token}` }) },
];

interface Answer {
  status: number;
  location: string | null;
  body: string;
}

async function ask(caller: Caller, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    redirect: "manual",
    headers: { ...caller.headers(), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // Each page carries its own CSP nonce (on its scripts and in its payload): one word for all.
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
  const text = await res.text();
  return { status: res.status, location: res.headers.get("location"), body: nonce ? text.replaceAll(nonce, "<nonce>") : text };
}

/**
 * An answer with the ids the caller sent replaced, so answers for both ids can be compared.
 * A streamed page sends its React Server Components rows in the order they finish, which
 * varies from request to request: the rows are compared as a sorted list, glued back together
 * across the <script> chunks they were streamed in.
 */
function normalised(answer: Answer, ids: Ids): Answer {
  const strip = (text: string) => text.replaceAll(ids.workshopId, "<workshop>").replaceAll(ids.boardId, "<board>");
  const rows = strip(answer.body)
    .replaceAll('"])</script><script nonce="<nonce>">self.__next_f.push([1,"', "")
    .split(/\\n|\n/)
    .sort();
  return { status: answer.status, location: answer.location && strip(answer.location), body: rows.join("\n") };
}

function leaks(answer: Answer): string[] {
  const found: string[] = [];
  const text = `${answer.location ?? ""}\n${answer.body}`;
  if (text.includes(title)) found.push("the title");
  if (text.includes(secret.joinCode)) found.push("the join code");
  if (text.includes(`${secret.joinCode.slice(0, 3)}-${secret.joinCode.slice(3)}`)) found.push("the formatted join code");
  if (text.includes("Fjordby kommune")) found.push("an organisation");
  return found;
}

describe("a workshop to people without access", () => {
  for (const caller of callers) {
    it(`tells ${caller.name} nothing, and the same as for a workshop that does not exist`, async () => {
      const requests: Array<[string, (w: Ids) => string, unknown]> = [
        ...pages(secret).map((_, i) => ["GET", (w: Ids) => pages(w)[i], undefined] as [string, (w: Ids) => string, unknown]),
        ...apiGets(secret).map((_, i) => ["GET", (w: Ids) => apiGets(w)[i], undefined] as [string, (w: Ids) => string, unknown]),
        ...apiWrites(secret).map(([method, , body], i) => [method, (w: Ids) => apiWrites(w)[i][1], body] as [string, (w: Ids) => string, unknown]),
      ];
      const problems: string[] = [];
      for (const [method, path, body] of requests) {
        const real = await ask(caller, method, path(secret), body);
        const none = await ask(caller, method, path(missing), body);
        const where = `${method} ${path({ workshopId: "<workshop>", boardId: "<board>" })}`;
        const leaked = leaks(real);
        if (leaked.length > 0) problems.push(`${where} (${real.status}) shows ${leaked.join(", ")}`);
        const [a, b] = [normalised(real, secret), normalised(none, missing)];
        if (a.status !== b.status || a.location !== b.location) problems.push(`${where}: ${a.status} ${a.location ?? ""} for the real workshop, ${b.status} ${b.location ?? ""} for none`);
        else if (a.body !== b.body) problems.push(`${where}: the body differs between the real workshop and none`);
        const isRoute = where.startsWith(`${method} /api/`) || where.endsWith("/organisations");
        if (isRoute && real.status < 400) problems.push(`${where} answered ${real.status}`);
      }
      expect(problems).toEqual([]);
      // and nothing was changed by the attempts
      const stored = await db.workshop.findUniqueOrThrow({ where: { id: secret.workshopId } });
      expect(stored.title).toBe(title);
      expect(stored.status).toBe("open");
    });
  }

  it("still shows the owner their workshop (the test can see a leak when there is one)", async () => {
    const ownerCaller: Caller = { name: "the owner", headers: () => ({ cookie: owner.cookieHeader }) };
    expect(leaks(await ask(ownerCaller, "GET", `/workshops/${secret.workshopId}`))).toContain("the title");
    expect((await ask(ownerCaller, "GET", `/api/workshops/${secret.workshopId}`)).status).toBe(200);
  });
});
