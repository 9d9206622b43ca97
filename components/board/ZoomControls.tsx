"use client";
// The zoom buttons in the canvas' corner: out, the current zoom, in, and fit to the content.
import { useTranslations } from "next-intl";

export function ZoomControls({ zoom, zoomBy, fit }: { zoom: number; zoomBy(factor: number): void; fit(): void }) {
  const t = useTranslations("board");
  return (
    <div className="absolute bottom-3 left-3 flex items-center gap-1 rounded-lg border border-slate-300 bg-white p-1 shadow" role="group" aria-label={t("zoom.group")}>
      <button type="button" className="h-11 w-11 rounded text-2xl font-bold hover:bg-slate-100" onClick={() => zoomBy(0.8)} aria-label={t("zoom.out")}>
        −
      </button>
      <span className="w-16 text-center text-base tabular-nums" aria-live="off">
        {Math.round(zoom * 100)} %
      </span>
      <button type="button" className="h-11 w-11 rounded text-2xl font-bold hover:bg-slate-100" onClick={() => zoomBy(1.25)} aria-label={t("zoom.in")}>
        +
      </button>
      <button type="button" className="h-11 rounded px-3 text-base font-semibold hover:bg-slate-100" onClick={fit}>
        {t("zoom.fit")}
      </button>
    </div>
  );
}
