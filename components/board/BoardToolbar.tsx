// The strip above the board: what the board is about, whether work is saved, the view
// switch, and the main actions as large buttons.
"use client";
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
  /** Search and filters, on the same line as the tools to leave the board its height. */
  children?: React.ReactNode;
}

const button = "rounded-lg px-4 py-2 text-base font-semibold disabled:cursor-not-allowed disabled:opacity-50";

export function BoardToolbar(props: Props) {
  const t = useTranslations("board");
  return (
    <div className="border-b border-slate-200 bg-white px-4 py-3">
      <div className="flex flex-wrap items-center gap-3">
        <div className="mr-auto min-w-0">
          {props.title && <h1 className="text-2xl font-bold">{props.title}</h1>}
          {props.prompt && <p className="text-xl text-ink">{props.prompt}</p>}
        </div>
        <SaveStatus state={props.save} storedLocally={props.storedLocally} />
        <div role="group" aria-label={t("view.label")} className="flex rounded-lg border-2 border-brand-700 p-0.5">
          {(["canvas", "list"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={props.view === v} onClick={() => props.onView(v)} className={`${button} ${props.view === v ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`}>
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
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
          <button type="button" onClick={props.onUndo} aria-keyshortcuts="Control+Z" className={`${button} border-2 border-slate-400 hover:bg-slate-100`}>
            ↶ {t("toolbar.undo")}
          </button>
          <button type="button" onClick={props.onRedo} aria-keyshortcuts="Control+Shift+Z" className={`${button} border-2 border-slate-400 hover:bg-slate-100`}>
            ↷ {t("toolbar.redo")}
          </button>
        </div>
      )}
      {props.children}
      </div>
    </div>
  );
}
