// Chain fields are plain strings in the board document (not Y.Text), so writing on every
// keystroke would make two people typing in one field overwrite each other letter by letter.
// A field keeps its own draft while it has focus and writes it after a pause and on blur;
// when someone else changes the value afterwards, the field shows theirs.
"use client";
import { useCallback, useEffect, useRef, useState } from "react";

const pauseMs = 700;

export interface Draft {
  shown: string;
  change(next: string): void;
  focus(): void;
  blur(): void;
}

export function useDraft(value: string, commit: (next: string) => void, delay = pauseMs): Draft {
  // base: what the document holds once our text is in; before: what it held until then. The
  // snapshot catches up a frame after a write, and showing `before` for that frame would make
  // the field (and its "missing" hint) flicker and shift the page under the pointer.
  const [draft, setDraft] = useState<{ text: string; base: string; before: string } | null>(null);
  const valueRef = useRef(value);
  const [focused, setFocused] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
    valueRef.current = value;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    commitRef.current(text);
    // The document now holds our text; a later different value is someone else's edit.
    const before = valueRef.current;
    setDraft((d) => (d ? { text: d.text, base: text, before } : d));
  }, []);

  // Once the document shows our text, `before` has served its purpose: forget it, so someone
  // else later restoring the old value is shown like any other edit.
  if (draft && !focused && value === draft.base && draft.before !== draft.base) setDraft({ ...draft, before: draft.base });

  // A field that unmounts mid-pause (chain switched, action deleted) still saves what was typed.
  useEffect(() => flush, [flush]);

  const change = useCallback(
    (next: string) => {
      setDraft((d) => ({ text: next, base: d?.base ?? value, before: d?.before ?? value }));
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [value, delay, flush],
  );

  const shown = draft && (focused || draft.base === value || draft.before === value) ? draft.text : value;
  return {
    shown,
    change,
    focus: () => setFocused(true),
    blur: () => {
      setFocused(false);
      flush();
    },
  };
}
