// How a focus area is named in selects and labels: its title, and for an area copied from
// another board the board it came from, so two tables' "Rekruttering" can be told apart.
"use client";
import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot } from "@/lib/board";

export function useAreaName(): (area: Pick<FocusAreaSnapshot, "title" | "origin">) => string {
  const t = useTranslations("board");
  return useCallback(
    (area) => {
      const title = area.title || t("area.untitled");
      return area.origin?.tableName ? `${title} (${t("area.from", { table: area.origin.tableName })})` : title;
    },
    [t],
  );
}
