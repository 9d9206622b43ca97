// Other people's pointers with their names, drawn in screen space so labels stay readable
// at any zoom.
"use client";
import type { Person } from "./usePresence";
import { cursorColour } from "./colours";
import type { Viewport } from "./viewport";

export function Cursors({ others, view }: { others: Person[]; view: Viewport }) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0 overflow-hidden">
      {others.map((person) => {
        if (!person.cursor) return null;
        const colour = cursorColour(person.id);
        return (
          <div
            key={person.clientId}
            data-cursor-of={person.name}
            className="absolute left-0 top-0 motion-safe:transition-transform motion-safe:duration-75"
            style={{ transform: `translate(${(person.cursor.x - view.x) * view.zoom}px, ${(person.cursor.y - view.y) * view.zoom}px)` }}
          >
            <svg width="20" height="24" viewBox="0 0 20 24" className="drop-shadow">
              <path d="M1 1 L1 20 L6 15 L10 23 L13 22 L9 14 L16 14 Z" fill={colour} stroke="white" strokeWidth="1.5" />
            </svg>
            <span className="ml-4 block whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold text-white" style={{ background: colour }}>
              {person.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}
