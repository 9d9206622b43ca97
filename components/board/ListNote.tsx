// One note in the list view, with every action as a real form control.
"use client";
import { memo, useState } from "react";
import { useTranslations } from "next-intl";
import { limits, type FocusAreaSnapshot, type NoteSnapshot } from "@/lib/board";
import type { BoardActions } from "./boardActions";
import { AreaPicker } from "./AreaPicker";
import { ColourSelect } from "./ColourSelect";

interface Props {
  note: NoteSnapshot;
  areas: FocusAreaSnapshot[];
  members: (areaId: string) => number;
  actions: BoardActions;
  readOnly: boolean;
  showName: boolean;
  onDelete(note: NoteSnapshot): void;
}

function ListNoteImpl({ note, areas, members, actions, readOnly, showName, onDelete }: Props) {
  const t = useTranslations("board");
  const [draft, setDraft] = useState<string | null>(null);
  const short = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text || t("note.empty");
  const author = [note.authorOrganisation, showName ? note.authorName : ""].filter(Boolean).join(" · ");
  return (
    <li data-list-note-id={note.id} className="rounded-lg border-2 border-slate-300 bg-white p-3">
      {draft === null ? (
        <p className="whitespace-pre-wrap break-words text-lg">{note.text || <span className="italic text-muted">{t("note.empty")}</span>}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            actions.setText(note.id, draft);
            setDraft(null);
          }}
          className="space-y-2"
        >
          <label className="flex flex-col text-base font-semibold">
            {t("note.textLabel")}
            <textarea
              autoFocus
              value={draft}
              maxLength={limits.noteText}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => e.key === "Escape" && setDraft(null)}
              rows={3}
              className="mt-1 rounded-lg border-2 border-slate-400 px-2 py-1.5 text-lg font-normal"
            />
          </label>
          <div className="flex gap-2">
            <button type="submit" className="rounded-lg bg-brand-700 px-3 py-1.5 text-base font-semibold text-white">
              {t("note.saveText")}
            </button>
            <button type="button" onClick={() => setDraft(null)} className="rounded-lg border-2 border-slate-400 px-3 py-1.5 text-base font-semibold">
              {t("note.cancel")}
            </button>
          </div>
        </form>
      )}
      <p className="mt-1 text-base text-muted">
        {t(`colours.${note.colour}`)}
        {author && ` · ${author}`}
      </p>
      {!readOnly && (
        <div className="mt-2 flex flex-wrap items-end gap-3">
          {draft === null && actions.canRewrite(note) && (
            <button type="button" onClick={() => setDraft(note.text)} className="rounded-lg border-2 border-slate-500 px-3 py-1.5 text-base font-semibold hover:bg-slate-100">
              {t("note.edit")}
              <span className="sr-only"> {short}</span>
            </button>
          )}
          <ColourSelect label={t("note.colour")} value={note.colour} onChange={(c) => c && actions.recolour([note.id], c)} />
          <AreaPicker
            areas={areas}
            current={note.focusAreaId}
            labelSuffix={short}
            onMove={(id) => {
              const target = areas.find((a) => a.id === id) ?? null;
              actions.moveToArea([note], target, target ? { members: members(target.id) } : undefined);
            }}
          />
          {actions.canDelete(note) && (
            <button type="button" onClick={() => onDelete(note)} className="rounded-lg border-2 border-red-800 px-3 py-1.5 text-base font-semibold text-red-900 hover:bg-red-50">
              {t("note.delete")}
              <span className="sr-only"> {short}</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export const ListNote = memo(ListNoteImpl);
