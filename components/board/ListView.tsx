// The board as a list: an equal alternative to the canvas for keyboard and screen-reader
// users. Notes are grouped by focus area; long groups show their first notes and a button
// for more, so a 2,000-note board stays quick to tab through.
"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { boardColours, type BoardColour, type FocusAreaSnapshot, type NoteSnapshot } from "@/lib/board";
import type { BoardActions } from "./boardActions";
import { AreaControls } from "./AreaControls";
import { ColourSelect } from "./ColourSelect";
import { ListNote } from "./ListNote";
import { useAreaName } from "./useAreaName";

interface Props {
  notes: NoteSnapshot[];
  allNotes: NoteSnapshot[];
  areas: FocusAreaSnapshot[];
  actions: BoardActions | null;
  readOnly: boolean;
  showNames: boolean;
  onCreateNote(input: { text: string; colour: BoardColour; focusAreaId: string | null }): void;
  onCreateArea(title: string): void;
  onDelete(notes: NoteSnapshot[]): void;
}

const pageSize = 50;

export function ListView({ notes, allNotes, areas, actions, readOnly, showNames, onCreateNote, onCreateArea, onDelete }: Props) {
  const t = useTranslations("board");
  const [text, setText] = useState("");
  const [colour, setColour] = useState<BoardColour>(boardColours[0]);
  const [areaId, setAreaId] = useState("");
  const [areaTitle, setAreaTitle] = useState("");
  const areaName = useAreaName();
  const members = useCallback((id: string) => allNotes.filter((n) => n.focusAreaId === id).length, [allNotes]);
  const deleteOne = useCallback((note: NoteSnapshot) => onDelete([note]), [onDelete]);
  const groups: { area: FocusAreaSnapshot | null; notes: NoteSnapshot[] }[] = [
    ...areas.map((area) => ({ area, notes: notes.filter((n) => n.focusAreaId === area.id) })),
    { area: null, notes: notes.filter((n) => !n.focusAreaId || !areas.some((a) => a.id === n.focusAreaId)) },
  ];

  return (
    <div className="min-h-0 flex-1 overflow-y-auto bg-[#f6f7f8] px-4 py-4" data-testid="board-list">
      {!readOnly && actions && (
        <div className="mb-6 grid gap-4 lg:grid-cols-2">
          <form
            aria-labelledby="list-new-note"
            className="space-y-2 rounded-xl border-2 border-slate-300 bg-white p-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) return;
              onCreateNote({ text: text.trim(), colour, focusAreaId: areaId || null });
              setText("");
            }}
          >
            <h2 id="list-new-note" className="text-xl font-bold">
              {t("list.newNote")}
            </h2>
            <label className="flex flex-col text-base font-semibold">
              {t("note.textLabel")}
              <textarea value={text} maxLength={2000} rows={2} onChange={(e) => setText(e.target.value)} className="mt-1 rounded-lg border-2 border-slate-400 px-2 py-1.5 text-lg font-normal" />
            </label>
            <div className="flex flex-wrap items-end gap-3">
              <ColourSelect label={t("note.colour")} value={colour} onChange={(c) => c && setColour(c)} />
              <label className="flex flex-col text-base font-semibold">
                {t("area.labelShort")}
                <select value={areaId} onChange={(e) => setAreaId(e.target.value)} className="mt-1 max-w-64 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal">
                  <option value="">{t("area.none")}</option>
                  {areas.map((a) => (
                    <option key={a.id} value={a.id}>
                      {areaName(a)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 text-base font-semibold text-white">
                {t("list.addNote")}
              </button>
            </div>
          </form>
          <form
            aria-labelledby="list-new-area"
            className="space-y-2 rounded-xl border-2 border-slate-300 bg-white p-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (!areaTitle.trim()) return;
              onCreateArea(areaTitle.trim());
              setAreaTitle("");
            }}
          >
            <h2 id="list-new-area" className="text-xl font-bold">
              {t("list.newArea")}
            </h2>
            <label className="flex flex-col text-base font-semibold">
              {t("area.title")}
              <input value={areaTitle} maxLength={200} onChange={(e) => setAreaTitle(e.target.value)} className="mt-1 rounded-lg border-2 border-slate-400 px-2 py-1.5 text-lg font-normal" />
            </label>
            <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 text-base font-semibold text-white">
              {t("list.addArea")}
            </button>
          </form>
        </div>
      )}
      {groups.map(({ area, notes: groupNotes }) => (
        <Group
          key={area?.id ?? "none"}
          title={area ? area.title || t("area.untitled") : t("list.withoutArea")}
          from={area?.origin?.tableName ? t("area.from", { table: area.origin.tableName }) : null}
          count={groupNotes.length}
        >
          {area && actions && !readOnly && (
            <details className="mb-3">
              <summary className="cursor-pointer text-base font-semibold text-brand-800">{t("list.areaActions", { title: areaName(area) })}</summary>
              <div className="mt-2 rounded-lg border border-slate-300 bg-white p-3">
                <AreaControls area={area} areas={areas} actions={actions} disabled={readOnly} />
              </div>
            </details>
          )}
          {actions && <NoteList notes={groupNotes} areas={areas} members={members} actions={actions} readOnly={readOnly} showNames={showNames} onDelete={deleteOne} />}
        </Group>
      ))}
    </div>
  );
}

function Group({ title, from, count, children }: { title: string; from: string | null; count: number; children: React.ReactNode }) {
  const t = useTranslations("board");
  return (
    <section className="mb-6" aria-label={from ? `${title} (${from})` : title}>
      <h2 className="mb-2 text-2xl font-bold">
        {title} {from && <span className="text-lg font-medium italic text-muted">{from} </span>}
        <span className="text-lg font-medium text-muted">({t("area.count", { count })})</span>
      </h2>
      {children}
    </section>
  );
}

function NoteList(props: { notes: NoteSnapshot[]; areas: FocusAreaSnapshot[]; members: (id: string) => number; actions: BoardActions; readOnly: boolean; showNames: boolean; onDelete(note: NoteSnapshot): void }) {
  const t = useTranslations("board");
  const [limit, setLimit] = useState(pageSize);
  if (props.notes.length === 0) return <p className="text-base text-muted">{t("list.noNotes")}</p>;
  return (
    <>
      <ul className="grid gap-3 xl:grid-cols-2">
        {props.notes.slice(0, limit).map((note) => (
          <ListNote key={note.id} note={note} areas={props.areas} members={props.members} actions={props.actions} readOnly={props.readOnly} showName={props.showNames} onDelete={props.onDelete} />
        ))}
      </ul>
      {props.notes.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + pageSize)} className="mt-3 rounded-lg border-2 border-slate-500 px-3 py-1.5 text-base font-semibold">
          {t("list.showMore", { count: Math.min(pageSize, props.notes.length - limit), remaining: props.notes.length - limit })}
        </button>
      )}
    </>
  );
}
