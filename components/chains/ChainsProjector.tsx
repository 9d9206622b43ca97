// The big-screen view: one chain, or every chain of every board, live and in large type.
"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { ChainSummary } from "./ChainSummary";
import { chainsByPriority, viewChain } from "./chainModel";
import { useChainBoard } from "./useChainBoard";
import type { OverviewBoard } from "./BoardChainsPanel";

export function ChainsProjector({ boards, chainId }: { boards: OverviewBoard[]; chainId: string | null }) {
  return (
    <div className="flex flex-col gap-8">
      {boards.map((board) => (
        <BoardProjection key={board.id} board={board} chainId={chainId} />
      ))}
    </div>
  );
}

function BoardProjection({ board, chainId }: { board: OverviewBoard; chainId: string | null }) {
  const t = useTranslations("chains");
  const { connection, snapshot } = useChainBoard(board.id);
  const views = useMemo(
    () => chainsByPriority(snapshot).filter((c) => chainId === null || c.id === chainId).map((c) => viewChain(c, snapshot)),
    [snapshot, chainId],
  );
  if (!connection?.synced && views.length === 0) return <p className="text-2xl">{t("connecting")}</p>;
  if (views.length === 0) return chainId ? <p className="text-2xl">{t("projector.notFound")}</p> : null;
  return (
    <>
      {views.map((view) => (
        <ChainSummary key={view.chain.id} view={view} tableName={board.title} />
      ))}
    </>
  );
}
