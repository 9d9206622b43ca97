// Every socket.io event goes through one shape: authorise, validate (zod), act, publish.
// A feature's handler file defines the authorise and act parts; the event's payload schema and
// its answer's type come from the contract (lib/contract/events.ts). registerHandlers wires them
// onto each socket and answers the client's acknowledgement with { ok: true, … } or
// { ok: false, code, message }.
import type { Server, Socket } from "socket.io";
import type { Config } from "../platform/config";
import type { Db } from "../platform/db/client";
import type { Principal, WorkshopAccess } from "../platform/auth/authenticate";
import type { YjsServer } from "../boards/yjsServer";
import { log } from "../platform/log";
import { metrics, secondsSince } from "../platform/metrics";
import {
  clientEvents,
  type AckOf,
  type ClientEvent,
  type ClientEventResults,
  type ClientInput,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "../../lib/contract/events";

export interface SocketData {
  principal: Principal;
  access: WorkshopAccess;
  workshopId: string;
}

/** The socket.io server, typed by the contract. */
export type SamlaServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type SamlaSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface HandlerContext {
  io: SamlaServer;
  db: Db;
  config: Config;
  yjs: YjsServer;
  socket: SamlaSocket;
  workshopId: string;
  principal: Principal;
  access: WorkshopAccess;
}

export class HandlerError extends Error {
  constructor(public readonly code: string, message?: string) {
    super(message ?? code);
  }
}

export interface HandlerDefinition<E extends ClientEvent> {
  event: E;
  /** Lowest access that may send this event. */
  allow: "facilitator" | "participant" | "any";
  handle(ctx: HandlerContext, input: ClientInput<E>): Promise<ClientEventResults[E]>;
}

/** Any one event's handler, for lists of them. */
export type AnyHandler = { [E in ClientEvent]: HandlerDefinition<E> }[ClientEvent];

export function defineHandler<E extends ClientEvent>(definition: HandlerDefinition<E>): HandlerDefinition<E> {
  return definition;
}

function allowed(access: WorkshopAccess, needed: AnyHandler["allow"]): boolean {
  if (needed === "any") return true;
  if (needed === "participant") return access === "participant" || access === "facilitator";
  return access === "facilitator";
}

export function registerHandlers(
  socket: SamlaSocket,
  base: Omit<HandlerContext, "socket" | "workshopId" | "principal" | "access">,
  handlers: ReadonlyArray<AnyHandler>,
): void {
  for (const handler of handlers) {
    const run = handler.handle as (ctx: HandlerContext, input: unknown) => Promise<object>;
    // A client may leave out the payload of an event without data: the ack is then the first argument.
    const listener = async (payload: unknown, maybeAck?: unknown) => {
      const ack = typeof maybeAck === "function" ? (maybeAck as (a: AckOf<ClientEvent>) => void) : typeof payload === "function" ? (payload as (a: AckOf<ClientEvent>) => void) : () => {};
      const { principal, access, workshopId } = socket.data;
      const started = process.hrtime.bigint();
      // One line per event: which, how it ended, how long it took; never its payload.
      const answer = (result: AckOf<ClientEvent>) => {
        const seconds = secondsSince(started);
        const ms = seconds * 1000;
        metrics.socketEvents.inc({ event: handler.event, outcome: result.ok ? "ok" : result.code });
        if (handler.event === "vote:cast") metrics.voteCast.observe(seconds);
        log.debug("socket event", { connId: socket.id, workshopId, event: handler.event, outcome: result.ok ? "ok" : result.code, ms: Math.round(ms * 10) / 10 });
        ack(result);
      };
      if (!allowed(access, handler.allow)) {
        answer({ ok: false, code: "forbidden", message: `${handler.event} needs ${handler.allow} access` });
        return;
      }
      const parsed = clientEvents[handler.event].safeParse(typeof payload === "function" ? undefined : payload);
      if (!parsed.success) {
        answer({ ok: false, code: "invalidInput", message: parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ") });
        return;
      }
      try {
        const result = await run({ ...base, socket, principal, access, workshopId }, parsed.data);
        answer({ ok: true, ...result } as AckOf<ClientEvent>);
      } catch (error) {
        if (error instanceof HandlerError) {
          answer({ ok: false, code: error.code, message: error.message });
        } else {
          log.error(`socket event ${handler.event} failed`, error);
          answer({ ok: false, code: "internalError", message: "something went wrong on the server" });
        }
      }
    };
    // The listener is written for every event at once; socket.io's per-event signature cannot say that.
    socket.on(handler.event, listener as never);
  }
}
