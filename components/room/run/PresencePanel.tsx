"use client";

import { useTranslations } from "next-intl";
import type { RoomState } from "@/lib/contract/room";

/** Who is online at each table, in numbers and names (facilitators only get names). */
export function PresencePanel({ state }: { state: RoomState }) {
  const t = useTranslations("room");
  return (
    <section aria-labelledby="presence-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="presence-heading" className="text-xl font-bold">
        {t("presenceHeading")}
      </h2>
      <p className="mt-1 text-lg" data-testid="presence-total">
        {t("presenceTotal", { online: state.counts.online, joined: state.counts.joined })}
      </p>
      {state.tables.length === 0 ? (
        <p className="mt-2 text-muted">{t("noTables")}</p>
      ) : (
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {state.tables.map((table) => (
            <li key={table.id} className="rounded-lg border border-slate-200 p-2">
              <p className="font-semibold">
                {table.name}: {t("tableOnline", { online: table.online, seated: table.seated })}
              </p>
              {table.onlineNames && table.onlineNames.length > 0 && <p className="text-muted">{table.onlineNames.join(", ")}</p>}
            </li>
          ))}
        </ul>
      )}
      {state.counts.unseatedOnline > 0 && <p className="mt-2 text-lg">{t("unseatedOnline", { count: state.counts.unseatedOnline })}</p>}
    </section>
  );
}
