// Who is on the board and where their pointers are, through Yjs awareness. The local cursor
// is sent at most 20 times a second; the server batches everyone's changes the same way.
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type { BoardMe } from "./types";

export interface Person {
  clientId: number;
  id: string;
  name: string;
  organisation: string;
  kind: BoardMe["kind"];
  cursor: { x: number; y: number } | null;
}

const cursorIntervalMs = 50;

function readPerson(clientId: number, state: Record<string, unknown>): Person | null {
  const user = state.user as Partial<Person> | undefined;
  if (!user || typeof user.id !== "string" || typeof user.name !== "string") return null;
  const cursor = state.cursor as { x?: unknown; y?: unknown } | null | undefined;
  const valid = cursor && typeof cursor.x === "number" && typeof cursor.y === "number" && Number.isFinite(cursor.x) && Number.isFinite(cursor.y);
  return {
    clientId,
    id: user.id,
    name: user.name.slice(0, 200),
    organisation: typeof user.organisation === "string" ? user.organisation.slice(0, 200) : "",
    kind: user.kind === "facilitator" || user.kind === "observer" ? user.kind : "participant",
    cursor: valid ? { x: cursor.x as number, y: cursor.y as number } : null,
  };
}

export function usePresence(provider: WebsocketProvider | null, me: BoardMe) {
  const [others, setOthers] = useState<Person[]>([]);
  const pending = useRef<{ x: number; y: number } | null | undefined>(undefined);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    if (!provider) return;
    const awareness = provider.awareness;
    awareness.setLocalStateField("user", { id: me.id, name: me.name, organisation: me.organisation, kind: me.kind });
    const read = () => {
      const people: Person[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const person = readPerson(clientId, state);
        if (person) people.push(person);
      }
      setOthers(people);
    };
    awareness.on("change", read);
    read();
    return () => awareness.off("change", read);
  }, [provider, me.id, me.name, me.organisation, me.kind]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const setCursor = useCallback(
    (point: { x: number; y: number } | null) => {
      if (!provider) return;
      pending.current = point;
      if (timer.current) return;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        if (pending.current !== undefined) provider.awareness.setLocalStateField("cursor", pending.current);
        pending.current = undefined;
      }, cursorIntervalMs);
    },
    [provider],
  );

  return { others, setCursor };
}

/** One entry per person, though they may have the board open in two tabs. */
export function uniquePeople(people: Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const person of people) if (!seen.has(person.id)) seen.set(person.id, person);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "nb"));
}
