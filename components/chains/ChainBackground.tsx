// The link back to what motivated the chain: its focus area and the notes people wrote there.
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";

export function ChainBackground({ area, notes, open = false }: { area: FocusAreaSnapshot | null; notes: NoteSnapshot[]; open?: boolean }) {
  const t = useTranslations("chains");
  if (!area) return <p className="text-lg text-muted">{t("chain.backgroundNone")}</p>;
  const title = area.title.trim() || t("chain.untitledArea");
  return (
    <details open={open} className="rounded-lg border-2 border-slate-300 bg-white" data-testid="chain-background">
      <summary className="min-h-11 cursor-pointer px-3 py-2 text-lg font-semibold">
        {t("chain.background", { count: notes.length, title })}
        {area.rank !== null && <span className="ml-2 font-normal text-muted">{t("chain.rank", { rank: area.rank })}</span>}
      </summary>
      {notes.length > 0 && (
        <ul className="grid gap-2 px-3 pb-3 sm:grid-cols-2 lg:grid-cols-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-lg">
              {note.text.trim() || t("chain.emptyNote")}
              {note.authorOrganisation && <span className="block text-base text-muted">{note.authorOrganisation}</span>}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
