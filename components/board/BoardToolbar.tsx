// The strip above the board, in one row so the canvas keeps the screen: the board's name, the
// main actions, search and filters behind one button, whether work is saved, the view switch.
"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { SaveStatus } from "./SaveStatus";
import type { SaveState } from "./useBoardConnection";

interface Props {
  title?: string;
  prompt?: string;
  view: "canvas" | "list";
  onView(view: "canvas" | "list"): void;
  save: SaveState;
  storedLocally: boolean;
  readOnly: boolean;
  showCanvasActions: boolean;
  onNewNote(): void;
  onNewArea(): void;
  onUndo(): void;
  onRedo(): void;
  /** True while a search or filter hides notes: the filter button says so. */
  filterActive?: boolean;
  /** Search and filters, opened by the toolbar's filter button. */
  children?: React.ReactNode;
}

const button = "rounded-lg px-3 py-1.5 text-base font-semibold disabled:cursor-not-allowed disabled:opacity-50";

export function BoardToolbar(props: Props) {
  const t = useTranslations("board");
  return (
    <div className="border-b border-slate-200 bg-white px-3 py-1.5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        {(props.title || props.prompt) && (
          <div className="flex min-w-0 items-baseline gap-3">
            {props.title && <h1 className="shrink-0 text-lg font-bold">{props.title}</h1>}
            {props.prompt && (
              <p className="min-w-0 max-w-xl truncate text-base text-ink" title={props.prompt}>
                {props.prompt}
              </p>
            )}
          </div>
        )}
        {!props.readOnly && (
          <div role="toolbar" aria-label={t("toolbar.label")} className="flex flex-wrap items-center gap-2">
            {props.showCanvasActions && (
              <>
                <button type="button" onClick={props.onNewNote} aria-keyshortcuts="N" className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
                  + {t("toolbar.newNote")} <span className="ml-1 rounded border border-white/60 px-1 text-sm">N</span>
                </button>
                <button type="button" onClick={props.onNewArea} className={`${button} border-2 border-brand-700 text-brand-800 hover:bg-brand-50`}>
                  + {t("toolbar.newArea")}
                </button>
              </>
            )}
            {/* Symbols only, to keep the toolbar one row on a 1280 px laptop; the name is in the label and the tooltip. */}
            <button type="button" onClick={props.onUndo} aria-keyshortcuts="Control+Z" aria-label={t("toolbar.undo")} title={`${t("toolbar.undo")} (Ctrl+Z)`} className={`${button} border-2 border-slate-400 hover:bg-slate-100`}>
              <span aria-hidden="true">↶</span>
            </button>
            <button type="button" onClick={props.onRedo} aria-keyshortcuts="Control+Shift+Z" aria-label={t("toolbar.redo")} title={`${t("toolbar.redo")} (Ctrl+Shift+Z)`} className={`${button} border-2 border-slate-400 hover:bg-slate-100`}>
              <span aria-hidden="true">↷</span>
            </button>
          </div>
        )}
        <div className="ml-auto flex items-center gap-3">
          {props.children && <FilterButton active={props.filterActive ?? false}>{props.children}</FilterButton>}
          <SaveStatus state={props.save} storedLocally={props.storedLocally} />
          <div role="group" aria-label={t("view.label")} className="flex rounded-lg border-2 border-brand-700 p-0.5">
            {(["canvas", "list"] as const).map((v) => (
              <button key={v} type="button" aria-pressed={props.view === v} onClick={() => props.onView(v)} className={`${button} py-1 ${props.view === v ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`}>
                {t(`view.${v}`)}
              </button>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

/** "Søk og filter": opens the search and filter fields under the toolbar; Escape closes them. */
function FilterButton({ active, children }: { active: boolean; children: React.ReactNode }) {
  const t = useTranslations("board");
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={`${button} border-2 ${active ? "border-amber-700 bg-amber-50 text-amber-950" : "border-slate-400 hover:bg-slate-100"}`}
      >
        {active ? t("filter.buttonActive") : t("filter.button")}
      </button>
      <div id={panelId} hidden={!open} className="absolute right-0 top-full z-30 mt-2 w-max max-w-[min(44rem,90vw)] rounded-xl border-2 border-slate-300 bg-white p-3 shadow-lg">
        {children}
      </div>
    </div>
  );
}
