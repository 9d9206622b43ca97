// Beside the canvas: what can be done with the current selection (with real buttons and
// selects, so everything on the canvas also works without a mouse) and who is here.
"use client";
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";
import type { BoardActions } from "./boardActions";
import { AreaControls } from "./AreaControls";
import { AreaPicker } from "./AreaPicker";
import { ColourSelect } from "./ColourSelect";
import { PresenceList } from "./PresenceList";
import type { BoardMe } from "./types";
import type { Person } from "./usePresence";
import { useAreaName } from "./useAreaName";

interface Props {
  me: BoardMe;
  others: Person[];
  selected: NoteSnapshot[];
  area: FocusAreaSnapshot | null;
  areas: FocusAreaSnapshot[];
  notes: NoteSnapshot[];
  actions: BoardActions | null;
  readOnly: boolean;
  onDelete(notes: NoteSnapshot[]): void;
  onNewArea(notes: NoteSnapshot[]): void;
  onClearArea(): void;
  /** A just-made area whose title field should take focus once it shows. */
  namingArea: string | null;
  onNamingStarted(): void;
  /** Stays at the panel's top whatever is selected (silent writing's notice and share button). */
  banner?: React.ReactNode;
}

export function SidePanel({ me, others, selected, area, areas, notes, actions, readOnly, onDelete, onNewArea, onClearArea, namingArea, onNamingStarted, banner }: Props) {
  const t = useTranslations("board");
  const areaName = useAreaName();
  const deletable = actions ? selected.filter(actions.canDelete).length : 0;
  const sameColour = selected.every((n) => n.colour === selected[0]?.colour) ? (selected[0]?.colour ?? "") : "";
  const sameArea = selected.every((n) => n.focusAreaId === selected[0]?.focusAreaId) ? (selected[0]?.focusAreaId ?? null) : null;
  // tabIndex: the panel scrolls, so keyboard users must be able to focus it to scroll it
  // (WCAG 2.1.1; axe's scrollable-region-focusable).
  return (
    <aside aria-label={t("panel.label")} tabIndex={0} className="flex w-80 shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white">
      {banner && <div className="px-4 pt-4">{banner}</div>}
      <section aria-labelledby="board-selection-heading" className="space-y-3 p-4">
        {selected.length > 0 && actions ? (
          <>
            <h2 id="board-selection-heading" className="text-lg font-bold">
              {t("panel.selected", { count: selected.length })}
            </h2>
            <ColourSelect label={t("note.colour")} value={sameColour} disabled={readOnly} onChange={(c) => c && actions.recolour(selected.map((n) => n.id), c)} />
            <AreaPicker
              key={selected.map((n) => n.id).join()}
              areas={areas}
              current={sameArea}
              disabled={readOnly}
              onMove={(id) => {
                const target = areas.find((a) => a.id === id) ?? null;
                actions.moveToArea(selected, target, target ? { members: notes.filter((n) => n.focusAreaId === target.id).length } : undefined);
              }}
            />
            <button type="button" disabled={readOnly} onClick={() => onNewArea(selected)} className="block rounded-lg border-2 border-brand-700 px-3 py-1.5 text-base font-semibold text-brand-800 hover:bg-brand-50 disabled:border-slate-300 disabled:text-slate-500">
              {t("area.newFromSelection")}
            </button>
            <button
              type="button"
              disabled={readOnly || deletable === 0}
              onClick={() => onDelete(selected)}
              className="block rounded-lg border-2 border-red-800 px-3 py-1.5 text-base font-semibold text-red-900 hover:bg-red-50 disabled:border-slate-300 disabled:text-slate-500"
            >
              {t("note.deleteCount", { count: deletable })}
            </button>
            {deletable < selected.length && <p className="text-base text-muted">{t("note.onlyOwn")}</p>}
          </>
        ) : area && actions ? (
          <>
            <h2 id="board-selection-heading" className="text-lg font-bold">
              {t("panel.area", { title: areaName(area) })}
            </h2>
            <AreaControls key={area.id} area={area} areas={areas} actions={actions} disabled={readOnly} onDissolved={onClearArea} focusTitle={area.id === namingArea} onTitleFocused={onNamingStarted} />
          </>
        ) : (
          <>
            <h2 id="board-selection-heading" className="text-lg font-bold">
              {t("panel.howTo")}
            </h2>
            <ul className="list-disc space-y-1 pl-5 text-base">
              <li>{t("panel.tipCreate")}</li>
              <li>{t("panel.tipEdit")}</li>
              <li>{t("panel.tipMove")}</li>
              <li>{t("panel.tipSelect")}</li>
              <li>{t("panel.tipGroup")}</li>
            </ul>
          </>
        )}
      </section>
      <PresenceList me={me} others={others} />
    </aside>
  );
}
