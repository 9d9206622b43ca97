// A board on the big screen: live, read-only, the whole content fitted to the space it has.
// It connects with the projector's token (the server treats that connection as an observer,
// so nothing can be changed from this screen whoever is signed in on the laptop), draws no
// cursors and no author names, and announces nothing: it is for the room to look at.
"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";
import { colourStyles } from "./colours";
import { NoteText } from "./NoteCard";
import { useBoardConnection } from "./useBoardConnection";
import { useBoardSnapshot } from "./useBoardSnapshot";

const margin = 24;
const maxScale = 2.5;

export function BoardProjection({ boardId, token, title }: { boardId: string; token?: string; title: string }) {
  const t = useTranslations("board");
  const connection = useBoardConnection(boardId, { token });
  const [snapshot] = useBoardSnapshot(connection?.doc ?? null, connection?.origin);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 1600, height: 800 });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const items = [...snapshot.notes, ...snapshot.focusAreas];
  const bounds = items.length === 0 ? { x: 0, y: 0, w: 1, h: 1 } : boundsOf(items);
  const scale = Math.min(maxScale, (size.width - 2 * margin) / bounds.w, (size.height - 2 * margin) / bounds.h);
  const offsetX = (size.width - bounds.w * scale) / 2 - bounds.x * scale;
  const offsetY = (size.height - bounds.h * scale) / 2 - bounds.y * scale;

  return (
    <section aria-label={title} data-testid="projected-board" data-board-id={boardId} data-board-ready={connection?.synced ? "true" : "false"} className="relative h-full w-full overflow-hidden bg-[#eef1f4]">
      <div ref={box} className="absolute inset-0">
        {items.length === 0 && connection?.synced && <p className="absolute inset-0 flex items-center justify-center text-4xl text-muted">{t("projection.empty")}</p>}
        <div className="absolute left-0 top-0" style={{ transform: `translate(${offsetX}px, ${offsetY}px) scale(${scale})`, transformOrigin: "0 0" }}>
          {snapshot.focusAreas.map((area) => (
            <ProjectedArea key={area.id} area={area} untitled={t("area.untitled")} />
          ))}
          {snapshot.notes.map((note) => (
            <ProjectedNote key={note.id} note={note} />
          ))}
        </div>
      </div>
    </section>
  );
}

function boundsOf(items: ReadonlyArray<{ x: number; y: number; w: number; h: number }>) {
  const minX = Math.min(...items.map((i) => i.x));
  const minY = Math.min(...items.map((i) => i.y));
  const maxX = Math.max(...items.map((i) => i.x + i.w));
  const maxY = Math.max(...items.map((i) => i.y + i.h));
  return { x: minX, y: minY, w: Math.max(1, maxX - minX), h: Math.max(1, maxY - minY) };
}

function ProjectedArea({ area, untitled }: { area: FocusAreaSnapshot; untitled: string }) {
  const style = colourStyles[area.colour];
  return (
    <div className="absolute rounded-xl" style={{ left: area.x, top: area.y, width: area.w, height: area.h, background: style.tint, border: `3px solid ${style.border}` }}>
      <p className="truncate rounded-t-lg px-3 py-1.5 text-xl font-bold text-ink" style={{ background: style.fill }}>
        {area.rank !== null && <span className="mr-2">#{area.rank}</span>}
        {area.title || untitled}
      </p>
    </div>
  );
}

function ProjectedNote({ note }: { note: NoteSnapshot }) {
  const style = colourStyles[note.colour];
  return (
    <article data-note-id={note.id} className="absolute flex flex-col rounded-md shadow-md" style={{ left: note.x, top: note.y, width: note.w, height: note.h, background: style.fill, border: `2px solid ${style.border}` }}>
      <NoteText text={note.text} w={note.w} h={note.h + 18} emptyHint="" />
      <footer className="truncate px-2 pb-1 text-xs font-medium text-[#333b44]">{note.authorOrganisation}</footer>
    </article>
  );
}
