// One sticky note on the canvas. Memoised: on a 2,000-note board a change to one note must
// re-render that note only, so callers pass stable handlers and plain values.
"use client";
import { memo, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { limits, type NoteSnapshot } from "@/lib/board";
import { colourStyles } from "./colours";
import { fitNoteFont, useHyphenated } from "./noteText";

export interface NoteHandlers {
  pointerDown(event: React.PointerEvent, note: NoteSnapshot): void;
  resizeDown(event: React.PointerEvent, note: NoteSnapshot): void;
  keyDown(event: React.KeyboardEvent, note: NoteSnapshot): void;
  focus(note: NoteSnapshot): void;
  startEditing(id: string): void;
  stopEditing(): void;
  setText(id: string, text: string): void;
}

interface Props {
  note: NoteSnapshot;
  x: number;
  y: number;
  w: number;
  h: number;
  selected: boolean;
  editing: boolean;
  editable: boolean;
  showName: boolean;
  areaTitle: string | null;
  handlers: NoteHandlers;
}

function NoteCardImpl({ note, x, y, w, h, selected, editing, editable, showName, areaTitle, handlers }: Props) {
  const t = useTranslations("board");
  const style = colourStyles[note.colour];
  const colourName = t(`colours.${note.colour}`);
  const author = [note.authorOrganisation, showName ? note.authorName : ""].filter(Boolean).join(" · ");
  const label = t("note.label", { text: note.text || t("note.empty"), colour: colourName, author: author || t("note.unknownAuthor") });
  return (
    <article
      data-note-id={note.id}
      tabIndex={0}
      aria-label={label}
      aria-roledescription={t("note.role")}
      onPointerDown={(e) => handlers.pointerDown(e, note)}
      onKeyDown={(e) => handlers.keyDown(e, note)}
      onFocus={(e) => e.target === e.currentTarget && handlers.focus(note)}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (editable) handlers.startEditing(note.id);
      }}
      className="absolute flex touch-none select-none flex-col rounded-md shadow-md"
      style={{
        left: x,
        top: y,
        width: w,
        height: h,
        background: style.fill,
        border: `2px solid ${style.border}`,
        outline: selected ? "4px solid #0b57d0" : undefined,
        outlineOffset: selected ? 2 : undefined,
      }}
    >
      {editing ? (
        <NoteEditor note={note} handlers={handlers} />
      ) : (
        // Text longer than the note fades out over its last line rather than being cut through
        // the middle of a line by the footer. The whole text is in the note's label and opens
        // with a double-click.
        <NoteText text={note.text} w={w} h={h} emptyHint={t("note.emptyHint")} />
      )}
      <footer className="truncate px-2 pb-1 text-xs font-medium text-[#333b44]">
        {areaTitle !== null && <span className="mr-1 rounded bg-white/70 px-1">▣ {areaTitle || t("area.untitled")}</span>}
        {author}
      </footer>
      {selected && editable && (
        <div
          aria-hidden="true"
          onPointerDown={(e) => handlers.resizeDown(e, note)}
          className="absolute -bottom-2 -right-2 h-5 w-5 cursor-nwse-resize rounded-sm border-2 border-white bg-[#0b57d0]"
        />
      )}
    </article>
  );
}

/**
 * The note's words at the largest size that fits, hyphenated the Norwegian way. `lang` is the
 * page's language (the workshop's participants write in it), so the browser hyphenates too.
 */
export function NoteText({ text, w, h, emptyHint }: { text: string; w: number; h: number; emptyHint: string }) {
  const locale = useLocale();
  const shown = useHyphenated(text);
  return (
    <p
      lang={locale === "en" ? "en" : "nb"}
      className="min-h-0 flex-1 overflow-hidden whitespace-pre-wrap break-words px-2 pt-1.5 leading-[1.3] text-ink"
      style={{ ...fadeLastLine, fontSize: fitNoteFont(text, w, h), hyphens: "auto", WebkitHyphens: "auto" }}
    >
      {shown || <span className="text-base italic text-muted">{emptyHint}</span>}
    </p>
  );
}

function NoteEditor({ note, handlers }: { note: NoteSnapshot; handlers: NoteHandlers }) {
  const t = useTranslations("board");
  const [draft, setDraft] = useState(note.text);
  // Every text this editor wrote: the board snapshot trails typing by a frame, and an older
  // snapshot of our own words must not overwrite what was typed since.
  const written = useRef(new Set([note.text]));
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    el?.setSelectionRange(el.value.length, el.value.length);
  }, []);

  // Someone else typed in this note while we edit it: show their words, keep ours merged.
  useEffect(() => {
    if (!written.current.has(note.text)) {
      written.current = new Set([note.text]);
      setDraft(note.text);
    }
  }, [note.text]);

  return (
    <textarea
      ref={ref}
      aria-label={t("note.textLabel")}
      value={draft}
      maxLength={limits.noteText}
      onChange={(e) => {
        setDraft(e.target.value);
        written.current.add(e.target.value);
        handlers.setText(note.id, e.target.value);
      }}
      onPointerDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Escape" || (e.key === "Enter" && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          // Back to the note itself, so keyboard users carry on from where they were.
          e.currentTarget.closest("article")?.focus();
          handlers.stopEditing();
        }
      }}
      onBlur={() => handlers.stopEditing()}
      className="min-h-0 flex-1 resize-none rounded-t-md bg-white/80 px-2 pt-1.5 text-base leading-snug text-ink"
    />
  );
}

export const NoteCard = memo(NoteCardImpl);

/** The text box's last line-height fades to transparent, so a line cut by the box's end fades out. */
const fadeLastLine = { maskImage: "linear-gradient(to bottom, black calc(100% - 1lh), transparent)" } as const;
