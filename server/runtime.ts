// The live servers of this process (board sync and socket.io), for route handlers.
// Next.js bundles route handlers apart from server/main.ts, so module-level singletons would
// be two different objects; the runtime is kept on globalThis instead.
import type { Server as SocketServer } from "socket.io";
import type { createYjsServer } from "./yjs/yjsServer";

export interface Runtime {
  yjs: ReturnType<typeof createYjsServer>;
  io: SocketServer;
}

const holder = globalThis as typeof globalThis & { __samlaRuntime?: Runtime };

export function setRuntime(runtime: Runtime): void {
  holder.__samlaRuntime = runtime;
}

/** The running servers; throws when called outside a started Samla process. */
export function getRuntime(): Runtime {
  if (!holder.__samlaRuntime) throw new Error("Samla runtime is not started (route handler outside server/main.ts?)");
  return holder.__samlaRuntime;
}
