// Editing one action chain together: the goal, the first step, and the ordered actions.
// Focus follows the action a person moved or added, and every move is announced, so a screen
// reader user knows where the action went even when someone else's edit arrives meanwhile.
"use client";
import { useId, useLayoutEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { limits } from "@/lib/board";
import { ActionCard } from "./ActionCard";
import type { ChainView } from "./chainModel";
import { ChainBackground } from "./ChainBackground";
import { FirstStep } from "./FirstStep";
import { ProblemList } from "./ProblemList";
import { buttonClass, dangerButtonClass, primaryButtonClass } from "./styles";
import { TextField } from "./TextField";
import type { ChainWrites } from "./useChainBoard";

interface Props {
  view: ChainView;
  writes: ChainWrites;
  organisations: string[];
  readOnly: boolean;
  canMarkFinal: boolean;
  printHref: string | null;
  announce(message: string): void;
}

export function ChainEditor({ view, writes, organisations, readOnly, canMarkFinal, printHref, announce }: Props) {
  const t = useTranslations("chains");
  const listId = useId();
  const { chain, actions, first } = view;
  const title = view.area ? view.area.title.trim() || t("chain.untitledArea") : t("chain.noArea");
  const refocus = useRef<{ element: Element | null; newActionId: string | null }>({ element: null, newActionId: null });
  const [dragId, setDragId] = useState<string | null>(null);

  // Runs when the chain's order or contents changed (the views are memoised per snapshot).
  useLayoutEffect(() => {
    const { element, newActionId } = refocus.current;
    refocus.current = { element: null, newActionId: null };
    if (newActionId) {
      document.querySelector<HTMLElement>(`[data-action-id="${newActionId}"] [data-testid="action-what"]`)?.focus();
      return;
    }
    if (!(element instanceof HTMLElement) || !element.isConnected) return;
    if (element instanceof HTMLButtonElement && element.disabled) {
      element.closest("[data-action-id]")?.querySelector<HTMLElement>("button[data-move]:not(:disabled)")?.focus();
    } else if (document.activeElement !== element) {
      element.focus();
    }
  }, [actions]);

  function move(actionId: string, toIndex: number) {
    const action = actions.find((a) => a.id === actionId);
    if (!action || toIndex < 0 || toIndex >= actions.length) return;
    refocus.current = { element: document.activeElement, newActionId: null };
    writes.moveAction(chain.id, actionId, toIndex);
    announce(t("action.moved", { what: action.what.trim() || t("action.untitled"), position: toIndex + 1, total: actions.length }));
  }

  function add() {
    const id = writes.addAction(chain.id);
    if (!id) return;
    refocus.current = { element: null, newActionId: id };
    announce(t("chain.actionAdded", { number: actions.length + 1 }));
  }

  return (
    <article className="flex flex-col gap-5" data-testid="chain-editor" data-chain-id={chain.id}>
      <div className="flex flex-wrap items-center gap-3">
        <h3 className="text-2xl font-bold">{t("chain.heading", { title })}</h3>
        {chain.final && <span className="rounded-full border-2 border-green-800 bg-green-50 px-3 py-0.5 text-lg font-semibold text-green-900">✓ {t("chain.final")}</span>}
        <div className="ml-auto flex flex-wrap gap-2">
          {printHref && (
            <a href={printHref} className={buttonClass} target="_blank" rel="noopener">
              {t("chain.print")}
            </a>
          )}
          {canMarkFinal && (
            <button type="button" className={buttonClass} aria-pressed={chain.final} onClick={() => writes.setFinal(chain.id, !chain.final)}>
              {chain.final ? t("chain.unmarkFinal") : t("chain.markFinal")}
            </button>
          )}
          {!readOnly && (
            <button
              type="button"
              className={dangerButtonClass}
              onClick={() => {
                if (!window.confirm(t("chain.deleteConfirm", { title }))) return;
                writes.deleteChain(chain.id);
                announce(t("chain.deleted"));
              }}
            >
              {t("chain.delete")}
            </button>
          )}
        </div>
      </div>
      <ChainBackground area={view.area} notes={view.notes} />
      <TextField label={t("chain.goal")} hint={t("chain.goalHint")} value={chain.goal} onCommit={(goal) => writes.setGoal(chain.id, goal)} maxLength={limits.field} multiline required readOnly={readOnly} testId="chain-goal" />
      <FirstStep first={first} actionCount={actions.length} />
      <ProblemList problems={view.chainProblems} />
      {view.dataProblems.length > 0 && <p className="rounded-lg border-2 border-amber-800 bg-amber-50 px-3 py-2 text-lg">{t("problems.data", { count: view.dataProblems.length })}</p>}
      <section className="flex flex-col gap-3" aria-labelledby={`${listId}-h`}>
        <h3 id={`${listId}-h`} className="text-xl font-bold">
          {t("chain.actionsHeading")}
        </h3>
        {!readOnly && actions.length > 1 && <p className="text-lg text-muted">{t("chain.reorderHint")}</p>}
        {organisations.length > 0 && (
          <datalist id={`${listId}-orgs`}>
            {organisations.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        )}
        {actions.length === 0 ? (
          <p className="text-lg">{t("chain.noActions")}</p>
        ) : (
          <ol className="flex flex-col gap-4" data-testid="action-list">
            {actions.map((action, index) => (
              <ActionCard
                key={action.id}
                action={action}
                index={index}
                total={actions.length}
                earlier={actions.slice(0, index)}
                isFirstStep={first?.id === action.id}
                problems={view.problemsByAction.get(action.id) ?? []}
                organisations={organisations}
                organisationsListId={`${listId}-orgs`}
                readOnly={readOnly}
                onChange={(changes) => writes.updateAction(chain.id, action.id, changes)}
                onMove={(toIndex) => move(action.id, toIndex)}
                onDelete={() => {
                  writes.deleteAction(chain.id, action.id);
                  announce(t("action.deleted"));
                }}
                onDragStart={() => setDragId(action.id)}
                onDropHere={() => {
                  if (dragId && dragId !== action.id) move(dragId, index);
                  setDragId(null);
                }}
              />
            ))}
          </ol>
        )}
        {!readOnly && (
          <button type="button" className={`${primaryButtonClass} self-start`} onClick={add}>
            <span aria-hidden="true">+</span> {t("chain.addAction")}
          </button>
        )}
      </section>
    </article>
  );
}
