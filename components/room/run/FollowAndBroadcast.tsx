"use client";

import type { RunAction } from "./useAction";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { RoomState } from "@/lib/contract/room";

type Run = RunAction;
const field = "mt-1 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-lg";

export function FollowAndBroadcast({ state, run, busy }: { state: RoomState; run: Run; busy: boolean }) {
  const t = useTranslations("room");
  const ids = { follow: useId(), text: useId(), to: useId() };
  const plenary = state.boards.find((b) => b.tableId === null) ?? null;
  const [followTarget, setFollowTarget] = useState<string>("own");
  const [text, setText] = useState("");
  const [to, setTo] = useState("all");
  return (
    <section aria-labelledby="follow-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="follow-heading" className="text-xl font-bold">
        {t("followHeading")}
      </h2>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void run("room:followMe", { boardId: followTarget === "own" ? null : followTarget }, t("followDone"));
        }}
      >
        <div className="grow">
          <label htmlFor={ids.follow} className="block font-semibold">
            {t("followTarget")}
          </label>
          <select id={ids.follow} className={field} value={followTarget} onChange={(e) => setFollowTarget(e.target.value)}>
            <option value="own">{t("followOwnBoards")}</option>
            {plenary && <option value={plenary.id}>{t("followPlenary")}</option>}
          </select>
        </div>
        <button type="submit" disabled={busy} className="rounded-lg bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
          {t("followMe")}
        </button>
      </form>
      <form
        className="mt-5 flex flex-col gap-3"
        onSubmit={async (event) => {
          event.preventDefault();
          const sent = await run("room:broadcast", { text, tableId: to === "all" ? null : to }, t("broadcastSent"));
          if (sent) setText("");
        }}
      >
        <div>
          <label htmlFor={ids.text} className="block font-semibold">
            {t("broadcastLabel")}
          </label>
          <textarea id={ids.text} className={field} rows={2} maxLength={500} required value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div className="grow">
            <label htmlFor={ids.to} className="block font-semibold">
              {t("broadcastTo")}
            </label>
            <select id={ids.to} className={field} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="all">{t("broadcastAll")}</option>
              {state.tables.map((table) => (
                <option key={table.id} value={table.id}>
                  {table.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={busy || !text.trim()} className="rounded-lg bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
            {t("broadcastSend")}
          </button>
        </div>
      </form>
    </section>
  );
}
