// Says why the server refused the last edit, after the board went back to the server's copy
// (components/board/dropRefusedEdits.ts). Shared by the board and the action-chain editor.
"use client";
import { useTranslations } from "next-intl";
import type { RefusalCode } from "@/lib/board";

export function RefusalNotice({ refusal }: { refusal: RefusalCode | null }) {
  const t = useTranslations("board");
  return (
    <p role="status" data-testid="board-refusal" className={refusal ? "border-b-2 border-amber-800 bg-amber-50 px-4 py-2 text-lg font-semibold text-amber-950" : "sr-only"}>
      {refusal ? t(`refused.${refusal}`) : ""}
    </p>
  );
}
