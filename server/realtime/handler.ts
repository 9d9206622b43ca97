// Every socket.io event goes through one shape: authorise, validate (zod), act, publish.
// A handler file defines those parts; registerHandlers wires them onto each socket and
// answers the client's acknowledgement with { ok: true, … } or { ok: false, code, message }.
import type { Server, Socket } from "socket.io";
import { z } from "zod";
import type { Config } from "../platform/config";
import type { Db } from "../platform/db/client";
import type { Principal, WorkshopAccess } from "../platform/auth/authenticate";
import type { createYjsServer } from "../boards/yjsServer";
import { log } from "../platform/log";

type YjsServer = ReturnType<typeof createYjsServer>;

export interface SocketData {
  principal: Principal;
  access: WorkshopAccess;
  workshopId: string;
}

export type SamlaSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;

export interface HandlerContext {
  io: Server;
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

export type Ack = { ok: true; [key: string]: unknown } | { ok: false; code: string; message: string };

export interface HandlerDefinition<S extends z.ZodType> {
  event: string;
  /** Lowest access that may send this event. */
  allow: "facilitator" | "participant" | "any";
  input: S;
  handle(ctx: HandlerContext, input: z.infer<S>): Promise<Record<string, unknown> | void>;
}

export function defineHandler<S extends z.ZodType>(definition: HandlerDefinition<S>): HandlerDefinition<S> {
  return definition;
}

function allowed(access: WorkshopAccess, needed: HandlerDefinition<z.ZodType>["allow"]): boolean {
  if (needed === "any") return true;
  if (needed === "participant") return access === "participant" || access === "facilitator";
  return access === "facilitator";
}

export function registerHandlers(
  socket: SamlaSocket,
  base: Omit<HandlerContext, "socket" | "workshopId" | "principal" | "access">,
  handlers: ReadonlyArray<HandlerDefinition<z.ZodType>>,
): void {
  for (const handler of handlers) {
    // socket.io types events per server; our events are declared by their handler files.
    (socket as unknown as Socket).on(handler.event, async (payload: unknown, maybeAck?: unknown) => {
      const ack = typeof maybeAck === "function" ? (maybeAck as (a: Ack) => void) : typeof payload === "function" ? (payload as (a: Ack) => void) : () => {};
      const { principal, access, workshopId } = socket.data;
      if (!allowed(access, handler.allow)) {
        ack({ ok: false, code: "forbidden", message: `${handler.event} needs ${handler.allow} access` });
        return;
      }
      const parsed = handler.input.safeParse(typeof payload === "function" ? undefined : payload);
      if (!parsed.success) {
        ack({ ok: false, code: "invalidInput", message: parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ") });
        return;
      }
      try {
        const result = await handler.handle({ ...base, socket, principal, access, workshopId }, parsed.data);
        ack({ ok: true, ...(result ?? {}) });
      } catch (error) {
        if (error instanceof HandlerError) {
          ack({ ok: false, code: error.code, message: error.message });
        } else {
          log.error(`socket event ${handler.event} failed`, error);
          ack({ ok: false, code: "internalError", message: "something went wrong on the server" });
        }
      }
    });
  }
}
