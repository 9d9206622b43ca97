// Other people's pointers with their names, drawn in screen space so labels stay readable
// at any zoom. A name shows while its pointer moves and fades once it rests, so a label never
// sits for long over the note someone is reading; the pointer itself stays.
"use client";
import { useEffect, useState } from "react";
import type { Person } from "./usePresence";
import { cursorColour } from "./colours";
import type { Viewport } from "./viewport";

/** How long a resting pointer keeps its name shown (ms). */
export const cursorLabelRestMs = 1500;

export function Cursors({ others, view }: { others: Person[]; view: Viewport }) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0 overflow-hidden">
      {others.map((person) => (person.cursor ? <Cursor key={person.clientId} person={person} cursor={person.cursor} view={view} /> : null))}
    </div>
  );
}

function Cursor({ person, cursor, view }: { person: Person; cursor: { x: number; y: number }; view: Viewport }) {
  const colour = cursorColour(person.id);
  const [moving, setMoving] = useState(true);
  useEffect(() => {
    setMoving(true);
    const rest = setTimeout(() => setMoving(false), cursorLabelRestMs);
    return () => clearTimeout(rest);
  }, [cursor.x, cursor.y]);
  return (
    <div
      data-cursor-of={person.name}
      data-resting={moving ? "false" : "true"}
      className="absolute left-0 top-0 motion-safe:transition-transform motion-safe:duration-75"
      style={{ transform: `translate(${(cursor.x - view.x) * view.zoom}px, ${(cursor.y - view.y) * view.zoom}px)` }}
    >
      <svg width="20" height="24" viewBox="0 0 20 24" className="drop-shadow">
        <path d="M1 1 L1 20 L6 15 L10 23 L13 22 L9 14 L16 14 Z" fill={colour} stroke="white" strokeWidth="1.5" />
      </svg>
      <span
        className="ml-4 block whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold text-white transition-opacity duration-500"
        style={{ background: colour, opacity: moving ? 1 : 0 }}
      >
        {person.name}
      </span>
    </div>
  );
}
