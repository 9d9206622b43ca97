// A table's action chains on its board: start a chain for a focus area, pick one, edit it
// together. Used by the participant page (/w/<id>/chains) and inside the live room.
//
//   <ChainWorkspace workshopId boardId boardTitle organisations={["Bodø kommune", …]}
//                   readOnly={locked || observer} canMarkFinal={isFacilitator} />
//
// The board connection is components/board's useBoardConnection (IndexedDB + y-websocket with
// durable acks); every write goes through lib/board.
"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { SaveStatus } from "@/components/board/SaveStatus";
import { chainsByPriority, viewChain } from "./chainModel";
import { ChainEditor } from "./ChainEditor";
import { StartChain } from "./StartChain";
import { RefusalNotice } from "@/components/board/RefusalNotice";
import { useChainBoard } from "./useChainBoard";

export interface ChainWorkspaceProps {
  workshopId: string;
  boardId: string;
  boardTitle: string;
  organisations: string[];
  readOnly?: boolean;
  canMarkFinal?: boolean;
}

export function ChainWorkspace({ workshopId, boardId, boardTitle, organisations, readOnly: lockedByPage = false, canMarkFinal = false }: ChainWorkspaceProps) {
  const t = useTranslations("chains");
  const { connection, snapshot, writes, failure } = useChainBoard(boardId);
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const chains = useMemo(() => chainsByPriority(snapshot), [snapshot]);
  const views = useMemo(() => new Map(chains.map((c) => [c.id, viewChain(c, snapshot)])), [chains, snapshot]);
  const readOnly = lockedByPage || Boolean(connection?.resyncing);
  const current = views.get(selected ?? "") ?? (chains[0] ? views.get(chains[0].id) : undefined);

  return (
    <div className="flex flex-col gap-5" data-testid="chain-workspace" data-board-id={boardId}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-3xl font-bold">{t("workspaceHeading", { board: boardTitle })}</h2>
        {connection && <SaveStatus state={connection.save} storedLocally={connection.storedLocally} />}
      </div>
      <p className="max-w-4xl text-lg">{t("intro")}</p>
      <p className="sr-only" aria-live="polite" data-testid="chain-announcer">
        {announcement}
      </p>
      <RefusalNotice refusal={connection?.refusal ?? null} />
      {lockedByPage && <p className="rounded-lg border-2 border-slate-500 bg-slate-50 px-3 py-2 text-lg">{t("readOnly")}</p>}
      {failure && (
        <p role="alert" className="rounded-lg border-2 border-amber-800 bg-amber-50 px-3 py-2 text-lg">
          {t("writeFailed")}
        </p>
      )}
      {!connection?.synced && chains.length === 0 ? (
        <p className="text-xl">{t("connecting")}</p>
      ) : (
        <>
          {chains.length > 1 && (
            <nav aria-label={t("list.heading")}>
              <ul className="flex flex-wrap gap-2">
                {chains.map((chain) => {
                  const view = views.get(chain.id);
                  const title = view?.area ? view.area.title.trim() || t("chain.untitledArea") : t("chain.noArea");
                  const active = current?.chain.id === chain.id;
                  return (
                    <li key={chain.id}>
                      <button
                        type="button"
                        aria-pressed={active}
                        onClick={() => setSelected(chain.id)}
                        className={`min-h-11 rounded-lg border-2 px-3 py-1.5 text-lg font-semibold ${active ? "border-brand-800 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-800"}`}
                      >
                        {title} · {t("list.actions", { count: chain.actions.length })}
                        {chain.final && ` · ${t("chain.final")}`}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
          {current && writes ? (
            <ChainEditor
              key={current.chain.id}
              view={current}
              writes={writes}
              organisations={organisations}
              readOnly={readOnly}
              canMarkFinal={canMarkFinal && !readOnly}
              printHref={`/workshops/${workshopId}/chains/${boardId}/${current.chain.id}/print`}
              announce={setAnnouncement}
            />
          ) : (
            <p className="text-xl">{t("list.empty")}</p>
          )}
          {!readOnly && writes && (
            <StartChain
              areas={snapshot.focusAreas}
              chains={chains}
              onStart={(focusAreaId) => {
                const id = writes.addChain(focusAreaId);
                if (!id) return;
                setSelected(id);
                setAnnouncement(t("start.started"));
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
