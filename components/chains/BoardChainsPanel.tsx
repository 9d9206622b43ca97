// One board's chains in the facilitator overview, live: the facilitator is connected to every
// table's board, so a chain appears and grows as the table writes.
"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { SaveStatus } from "@/components/board/SaveStatus";
import { ChainCard } from "./ChainCard";
import { chainsByPriority, viewChain } from "./chainModel";
import { useChainBoard } from "./useChainBoard";

export interface OverviewBoard {
  id: string;
  title: string;
}

export function BoardChainsPanel({ workshopId, board }: { workshopId: string; board: OverviewBoard }) {
  const t = useTranslations("chains");
  const { connection, snapshot, writes } = useChainBoard(board.id);
  const views = useMemo(() => chainsByPriority(snapshot).map((c) => viewChain(c, snapshot)), [snapshot]);
  const base = `/workshops/${workshopId}/chains`;
  return (
    <section className="flex flex-col gap-3" aria-labelledby={`board-${board.id}`} data-testid="overview-board" data-board-id={board.id}>
      <div className="flex flex-wrap items-center gap-3 border-b-2 border-slate-200 pb-2">
        <h2 id={`board-${board.id}`} className="text-2xl font-bold">
          {board.title}
        </h2>
        <span className="text-lg text-muted">{t("overview.summary", { chains: views.length, final: views.filter((v) => v.chain.final).length })}</span>
        {connection && (
          <span className="ml-auto">
            <SaveStatus state={connection.save} storedLocally={connection.storedLocally} />
          </span>
        )}
      </div>
      {!connection?.synced && views.length === 0 ? (
        <p className="text-lg">{t("connecting")}</p>
      ) : views.length === 0 ? (
        <p className="text-lg text-muted">{t("overview.noChains")}</p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {views.map((view) => (
            <ChainCard
              key={view.chain.id}
              view={view}
              links={{
                editor: `/w/${workshopId}/chains?board=${board.id}`,
                projector: `${base}/present?board=${board.id}&chain=${view.chain.id}`,
                print: `${base}/${board.id}/${view.chain.id}/print`,
              }}
              onToggleFinal={() => writes?.setFinal(view.chain.id, !view.chain.final)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
