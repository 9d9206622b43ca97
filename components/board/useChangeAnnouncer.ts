// Calm announcements of other people's changes for screen-reader users: a summary every few
// seconds ("2 new notes, 1 deleted"), never every keystroke someone else types.
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { BoardSnapshot } from "@/lib/board";
import type { SnapshotChange } from "./useBoardSnapshot";

const quietMs = 4000;

interface Tally {
  added: number;
  removed: number;
  changed: number;
}

export function diffNotes(before: BoardSnapshot, after: BoardSnapshot): Tally {
  const old = new Map(before.notes.map((n) => [n.id, n]));
  const tally: Tally = { added: 0, removed: 0, changed: 0 };
  for (const note of after.notes) {
    const prev = old.get(note.id);
    if (!prev) tally.added++;
    else if (prev.text !== note.text || prev.colour !== note.colour || prev.focusAreaId !== note.focusAreaId) tally.changed++;
    old.delete(note.id);
  }
  tally.removed = old.size;
  return tally;
}

export function useChangeAnnouncer() {
  const t = useTranslations("board");
  const [message, setMessage] = useState("");
  const base = useRef<BoardSnapshot | null>(null);
  const latest = useRef<BoardSnapshot | null>(null);
  const timer = useRef<number | null>(null);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const onChange = useCallback(
    ({ snapshot, remote }: SnapshotChange) => {
      latest.current = snapshot;
      // Our own edits move the baseline, so they are never announced back to us.
      if (!remote || !base.current) {
        if (!timer.current) base.current = snapshot;
        return;
      }
      if (timer.current) return;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        const tally = diffNotes(base.current!, latest.current!);
        base.current = latest.current;
        const parts = [
          tally.added && t("announce.added", { count: tally.added }),
          tally.changed && t("announce.changed", { count: tally.changed }),
          tally.removed && t("announce.removed", { count: tally.removed }),
        ].filter(Boolean);
        if (parts.length > 0) setMessage(t("announce.summary", { changes: parts.join(", ") }));
      }, quietMs);
    },
    [t],
  );

  return { message, onChange };
}
