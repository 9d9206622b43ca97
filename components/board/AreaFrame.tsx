// A focus area (satsningsområde) on the canvas: a tinted frame with its title bar. The title
// bar is the handle for selecting, dragging and moving the area by keyboard.
"use client";
import { memo } from "react";
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot } from "@/lib/board";
import { colourStyles } from "./colours";

export interface AreaHandlers {
  pointerDown(event: React.PointerEvent, area: FocusAreaSnapshot): void;
  resizeDown(event: React.PointerEvent, area: FocusAreaSnapshot): void;
  keyDown(event: React.KeyboardEvent, area: FocusAreaSnapshot): void;
  select(area: FocusAreaSnapshot): void;
}

interface Props {
  area: FocusAreaSnapshot;
  x: number;
  y: number;
  w: number;
  h: number;
  count: number;
  selected: boolean;
  dropTarget: boolean;
  editable: boolean;
  handlers: AreaHandlers;
}

function AreaFrameImpl({ area, x, y, w, h, count, selected, dropTarget, editable, handlers }: Props) {
  const t = useTranslations("board");
  const style = colourStyles[area.colour];
  const title = area.title || t("area.untitled");
  // Copied areas say where they came from: after gathering, two tables' areas may share a name.
  const from = area.origin?.tableName ? t("area.from", { table: area.origin.tableName }) : null;
  return (
    <div
      data-area-id={area.id}
      className="absolute rounded-xl"
      style={{
        left: x,
        top: y,
        width: w,
        height: h,
        background: style.tint,
        border: `3px ${dropTarget ? "dashed" : "solid"} ${style.border}`,
        outline: selected ? "4px solid #0b57d0" : undefined,
        outlineOffset: 2,
      }}
    >
      <button
        type="button"
        onPointerDown={(e) => handlers.pointerDown(e, area)}
        onKeyDown={(e) => handlers.keyDown(e, area)}
        onClick={() => handlers.select(area)}
        onDoubleClick={(e) => e.stopPropagation()}
        aria-pressed={selected}
        aria-label={t("area.label", { title, colour: t(`colours.${area.colour}`), count }) + (from ? `, ${from}` : "")}
        className="flex w-full cursor-grab touch-none items-center gap-2 rounded-t-lg px-3 py-2 text-left text-xl font-bold text-ink"
        style={{ background: style.fill }}
      >
        <span className="truncate">{title}</span>
        {from && <span className="shrink-0 text-base font-medium italic">{from}</span>}
        <span className="ml-auto shrink-0 text-base font-medium">{t("area.count", { count })}</span>
      </button>
      {selected && editable && (
        <div
          aria-hidden="true"
          onPointerDown={(e) => handlers.resizeDown(e, area)}
          className="absolute -bottom-2 -right-2 h-6 w-6 cursor-nwse-resize rounded-sm border-2 border-white bg-[#0b57d0]"
        />
      )}
    </div>
  );
}

export const AreaFrame = memo(AreaFrameImpl);
