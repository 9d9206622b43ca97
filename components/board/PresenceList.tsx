// "Who is here": everyone with the board open right now.
"use client";
import { useTranslations } from "next-intl";
import type { BoardMe } from "./types";
import { cursorColour } from "./colours";
import { uniquePeople, type Person } from "./usePresence";

export function PresenceList({ me, others }: { me: BoardMe; others: Person[] }) {
  const t = useTranslations("board");
  const people = uniquePeople(others).filter((p) => p.id !== me.id);
  return (
    <section aria-labelledby="board-presence-heading" className="border-t border-slate-200 p-4">
      <h2 id="board-presence-heading" className="text-lg font-bold">
        {t("presence.heading", { count: people.length + 1 })}
      </h2>
      <ul className="mt-2 space-y-1 text-base">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-full border-2 border-ink" />
          <span>
            {t("presence.you", { name: me.name })}
            {me.organisation && <span className="text-muted"> · {me.organisation}</span>}
          </span>
        </li>
        {people.map((p) => (
          <li key={p.id} className="flex items-center gap-2">
            <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-full" style={{ background: cursorColour(p.id) }} />
            <span>
              {p.name}
              {p.organisation && <span className="text-muted"> · {p.organisation}</span>}
              {p.kind !== "participant" && <span className="text-muted"> ({t(`presence.kind.${p.kind}`)})</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
