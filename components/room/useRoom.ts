"use client";
// The live room for any page of a workshop: one socket.io connection (identity comes from the
// cookies, or an observer token), the server's room state, the clock offset, and a promise-
// based emit. Voting and action chains build on this hook; keep its surface small:
//
//   const room = useRoom(workshopId);
//   room.state       RoomState | null   (lib/contract/room.ts) — a new object on every change
//   room.status      "connecting" | "connected" | "reconnecting" | "removed" | "forgotten" | "refused"
//   room.serverNow() the server's clock in epoch ms (local clock + measured offset)
//   room.emit(event, payload?) → Promise<Ack>   never rejects; { ok:false, code:"offline" } when not connected
//   room.subscribe(event, listener) → unsubscribe   for events of other features
// Events, payloads and answers are typed by the contract (lib/contract/events.ts).
//   room.messages    broadcast messages received, newest last
//   room.follow      the last "bring everyone here" request
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { RoomFollow, RoomMessage, RoomState } from "@/lib/contract/room";
import type { AckOf, ClientEvent, ClientPayload, ClientToServerEvents, ServerEvent, ServerEvents, ServerToClientEvents } from "@/lib/contract/events";

export type RoomStatus = "connecting" | "connected" | "reconnecting" | "removed" | "forgotten" | "refused";
export type { Ack } from "@/lib/contract/events";

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** Events without data may be sent without a payload. */
export type PayloadArgs<E extends ClientEvent> = undefined extends ClientPayload<E> ? [payload?: ClientPayload<E>] : [payload: ClientPayload<E>];

export interface Room {
  state: RoomState | null;
  status: RoomStatus;
  /** Why the server refused the connection, when status is "refused". */
  refusal: string | null;
  serverOffsetMs: number;
  serverNow(): number;
  emit<E extends ClientEvent>(event: E, ...payload: PayloadArgs<E>): Promise<AckOf<E>>;
  subscribe<E extends ServerEvent>(event: E, listener: (payload: ServerEvents[E]) => void): () => void;
  messages: RoomMessage[];
  follow: RoomFollow | null;
}

const ACK_TIMEOUT_MS = 10_000;
const MAX_MESSAGES = 20;

/** Three round trips; the fastest gives the tightest estimate of the server's clock. */
async function measureOffset(socket: RoomSocket): Promise<number | null> {
  let best: { rtt: number; offset: number } | null = null;
  for (let i = 0; i < 3; i++) {
    const sent = Date.now();
    const ack = await send(socket, "time:sync").catch(() => null);
    const received = Date.now();
    if (!ack?.ok) continue;
    const rtt = received - sent;
    const offset = ack.serverNow + rtt / 2 - received;
    if (!best || rtt < best.rtt) best = { rtt, offset };
  }
  return best?.offset ?? null;
}

/** One acknowledged event; rejects on a timeout. The only place the socket's emit is called. */
function send<E extends ClientEvent>(socket: RoomSocket, event: E, ...payload: PayloadArgs<E>): Promise<AckOf<E>> {
  // socket.io cannot type a generic event's arguments; the contract types them at this call.
  const untyped = socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck(event: string, ...args: unknown[]): Promise<AckOf<E>> };
  return untyped.emitWithAck(event, ...payload);
}

export function useRoom(workshopId: string, options: { token?: string } = {}): Room {
  const { token } = options;
  const socketRef = useRef<RoomSocket | null>(null);
  const [state, setState] = useState<RoomState | null>(null);
  const [status, setStatus] = useState<RoomStatus>("connecting");
  const [refusal, setRefusal] = useState<string | null>(null);
  const [serverOffsetMs, setOffset] = useState(0);
  const [messages, setMessages] = useState<RoomMessage[]>([]);
  const [follow, setFollow] = useState<RoomFollow | null>(null);
  // Listeners live here, not on the socket: children subscribe in effects that run before
  // this hook's own effect has created the socket, and they must survive reconnects.
  const listeners = useRef(new Map<string, Set<(payload: unknown) => void>>());

  useEffect(() => {
    // Retries at most ~2 s apart (socket.io adds up to 50 % jitter, which spreads a whole room's
    // reconnects): after a server restart every page is back within seconds of it answering.
    const socket: RoomSocket = io({ path: "/socket.io", auth: { workshopId, ...(token ? { token } : {}) }, withCredentials: true, reconnectionDelayMax: 2000 });
    socketRef.current = socket;
    let removed = false;
    socket.on("connect", () => {
      setStatus("connected");
      setRefusal(null);
      void measureOffset(socket).then((offset) => offset !== null && setOffset(offset));
    });
    socket.on("disconnect", (reason) => {
      if (removed) return;
      setStatus("reconnecting");
      // "io server disconnect" is the server closing this socket on purpose, which socket.io
      // does not retry by itself. A server going away (an upgrade, a restart) and one that no
      // longer lets this device in both look like that, so only a new handshake can tell them
      // apart: ask for one, and a refusal comes back through connect_error below.
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", (error) => {
      // Authentication failures come back as errors from the handshake middleware; they will
      // not heal by retrying, unlike a dropped wifi or a restarting server.
      if (/^(unauthenticated|forbidden|invalidHandshake)/.test(error.message)) {
        setStatus("refused");
        setRefusal(error.message);
        socket.disconnect();
      } else {
        setStatus("reconnecting");
      }
    });
    socket.onAny((event: string, payload: unknown) => {
      for (const listener of listeners.current.get(event) ?? []) listener(payload);
    });
    socket.on("room:state", (next: RoomState) => setState(next));
    // Comings and goings carry only counts and tables, the same for everyone of one role; the
    // rest of the view (and "me") stays as the last room:state left it. Before the first
    // room:state there is nothing to update; that state is on its way, and the presence
    // publish this connection scheduled on the server comes after it.
    socket.on("room:presence", (presence) =>
      setState((current) => (current && current.workshopId === presence.workshopId ? { ...current, counts: presence.counts, tables: presence.tables } : current)),
    );
    // Preparation changes (tables re-assigned, phases edited) announce themselves without a
    // state; fetch this socket's fresh view.
    socket.on("room:changed", () => {
      void send(socket, "room:sync")
        .then((ack) => ack.ok && setState(ack.state))
        .catch(() => undefined);
    });
    socket.on("room:message", (message) => setMessages((list) => [...list.slice(-(MAX_MESSAGES - 1)), message]));
    socket.on("room:follow", (next) => setFollow(next));
    socket.on("room:removed", ({ reason }) => {
      removed = true;
      setStatus(reason);
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [workshopId, token]);

  const emit = useCallback(async <E extends ClientEvent>(event: E, ...payload: PayloadArgs<E>): Promise<AckOf<E>> => {
    const socket = socketRef.current;
    if (!socket?.connected) return { ok: false, code: "offline", message: "not connected" };
    try {
      return await send(socket, event, ...payload);
    } catch {
      return { ok: false, code: "timeout", message: "the server did not answer" };
    }
  }, []);

  const subscribe = useCallback(<E extends ServerEvent>(event: E, listener: (payload: ServerEvents[E]) => void) => {
    const set = listeners.current.get(event) ?? new Set();
    set.add(listener as (payload: unknown) => void);
    listeners.current.set(event, set);
    return () => {
      set.delete(listener as (payload: unknown) => void);
    };
  }, []);

  const serverNow = useCallback(() => Date.now() + serverOffsetMs, [serverOffsetMs]);

  return useMemo(
    () => ({ state, status, refusal, serverOffsetMs, serverNow, emit, subscribe, messages, follow }),
    [state, status, refusal, serverOffsetMs, serverNow, emit, subscribe, messages, follow],
  );
}
