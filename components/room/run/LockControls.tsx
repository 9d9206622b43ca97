"use client";

import type { RunAction } from "./useAction";
import { useTranslations } from "next-intl";
import { LockIcon } from "../LockIcon";
import type { RoomState } from "@/lib/contract/room";

const small = "rounded-lg border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-50";

type Run = RunAction;

/** "Pens down" for all boards, or one at a time; the state is written out, not only coloured. */
export function LockControls({ state, run, busy }: { state: RoomState; run: Run; busy: boolean }) {
  const t = useTranslations("room");
  const boards = [...state.boards].sort((a, b) => (a.tableId === null ? -1 : b.tableId === null ? 1 : a.title.localeCompare(b.title, "nb")));
  return (
    <section aria-labelledby="locks-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="locks-heading" className="text-xl font-bold">
        {t("locksHeading")}
      </h2>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" disabled={busy} className="rounded-lg bg-slate-800 px-4 py-2 text-lg font-semibold text-white hover:bg-slate-900 disabled:opacity-50" onClick={() => run("boards:lockAll", {}, t("allLocked"))}>
          <LockIcon className="mr-2 h-5 w-5 align-[-3px]" />
          {t("lockAll")}
        </button>
        <button type="button" disabled={busy} className="rounded-lg border-2 border-slate-800 bg-white px-4 py-2 text-lg font-semibold disabled:opacity-50" onClick={() => run("boards:unlockAll", {}, t("allUnlocked"))}>
          {t("unlockAll")}
        </button>
      </div>
      <ul className="mt-3 flex flex-col gap-2">
        {boards.map((board) => (
          <li key={board.id} className="flex items-center justify-between gap-3">
            <span className="text-lg">
              {board.title} — <strong>{board.locked ? <><LockIcon className="mr-1 h-5 w-5 align-[-3px]" />{t("locked")}</> : t("open")}</strong>
            </span>
            <button
              type="button"
              disabled={busy}
              className={small}
              aria-label={board.locked ? t("unlockBoardNamed", { name: board.title }) : t("lockBoardNamed", { name: board.title })}
              onClick={() => run(board.locked ? "board:unlock" : "board:lock", { boardId: board.id }, board.locked ? t("boardUnlockedDone", { name: board.title }) : t("boardLockedDone", { name: board.title }))}
            >
              {board.locked ? t("unlock") : t("lock")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
