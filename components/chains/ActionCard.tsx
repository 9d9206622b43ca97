// One action (tiltak) in the chain. Reordering works three ways: the up/down buttons, Alt+Arrow
// (and Alt+Home/End) anywhere inside the card, and dragging the handle; all go through the same
// move, so keyboard and mouse users end up with the same chain.
"use client";
import { useId, type DragEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { actionStatuses, limits, type ActionFields, type ActionSnapshot, type ActionStatus } from "@/lib/board";
import type { ChainProblem } from "@/lib/domain/chains/checkChain";
import { keyboardTarget } from "./chainModel";
import { DatesField } from "./DatesField";
import { DependsOnField } from "./DependsOnField";
import { PartnersField } from "./PartnersField";
import { ProblemList } from "./ProblemList";
import { buttonClass, dangerButtonClass, inputClass, labelClass } from "./styles";
import { TextField } from "./TextField";

interface Props {
  action: ActionSnapshot;
  index: number;
  total: number;
  earlier: ActionSnapshot[];
  isFirstStep: boolean;
  problems: ChainProblem[];
  organisations: string[];
  organisationsListId: string;
  readOnly: boolean;
  onChange(changes: Partial<ActionFields>): void;
  onMove(toIndex: number, via: "up" | "down" | "key" | "drag"): void;
  onDelete(): void;
  onDragStart(): void;
  onDropHere(): void;
}

export function ActionCard(props: Props) {
  const { action, index, total, earlier, isFirstStep, problems, organisations, organisationsListId, readOnly, onChange, onMove } = props;
  const t = useTranslations("chains");
  const headingId = useId();
  const number = index + 1;

  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey || readOnly) return;
    const target = keyboardTarget(event.key, index, total);
    if (target === null) return;
    event.preventDefault();
    onMove(target, "key");
  }

  function onDragOver(event: DragEvent) {
    if (readOnly || !event.dataTransfer.types.includes("application/x-samla-action")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
  }

  return (
    <li
      data-testid="action-card"
      data-action-id={action.id}
      data-first-step={isFirstStep || undefined}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={(e) => {
        e.preventDefault();
        props.onDropHere();
      }}
      className={`rounded-xl border-2 bg-white p-4 shadow-sm ${isFirstStep ? "border-brand-700 ring-4 ring-brand-100" : "border-slate-300"}`}
    >
      <section aria-labelledby={headingId} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          {!readOnly && (
            <span
              draggable
              aria-hidden="true"
              title={t("action.dragHandle")}
              onDragStart={(e) => {
                e.dataTransfer.setData("application/x-samla-action", action.id);
                e.dataTransfer.effectAllowed = "move";
                props.onDragStart();
              }}
              className="cursor-grab select-none rounded-md border-2 border-slate-300 px-2 py-1 text-xl text-muted"
            >
              ⠿
            </span>
          )}
          <h4 id={headingId} className="text-xl font-bold">
            {t("action.label", { number })}
            {isFirstStep && <span className="ml-3 rounded-full bg-brand-700 px-3 py-0.5 text-base font-semibold text-white">{t("first.label")}</span>}
          </h4>
          {!readOnly && (
            <div className="ml-auto flex flex-wrap gap-2">
              <button type="button" data-move="up" className={buttonClass} disabled={index === 0} onClick={() => onMove(index - 1, "up")} aria-label={t("action.moveUp", { number })}>
                <span aria-hidden="true">↑</span> {t("action.up")}
              </button>
              <button type="button" data-move="down" className={buttonClass} disabled={index === total - 1} onClick={() => onMove(index + 1, "down")} aria-label={t("action.moveDown", { number })}>
                <span aria-hidden="true">↓</span> {t("action.down")}
              </button>
              <button
                type="button"
                className={dangerButtonClass}
                onClick={() => window.confirm(t("action.deleteConfirm", { number, what: action.what.trim() || t("action.untitled") })) && props.onDelete()}
                aria-label={t("action.delete", { number })}
              >
                {t("action.deleteShort")}
              </button>
            </div>
          )}
        </div>
        <ProblemList problems={problems} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField className="sm:col-span-2" label={t("action.what")} value={action.what} onCommit={(what) => onChange({ what })} maxLength={limits.field} multiline required readOnly={readOnly} testId="action-what" />
          <TextField label={t("action.responsible")} value={action.responsible} onCommit={(responsible) => onChange({ responsible })} maxLength={limits.title} required readOnly={readOnly} />
          <TextField
            label={t("action.responsibleOrganisation")}
            hint={organisations.length > 0 ? t("action.orgHint") : undefined}
            value={action.responsibleOrganisation}
            onCommit={(responsibleOrganisation) => onChange({ responsibleOrganisation })}
            maxLength={limits.title}
            list={organisations.length > 0 ? organisationsListId : undefined}
            required
            readOnly={readOnly}
          />
          <PartnersField partners={action.partners} organisations={organisations} onCommit={(partners) => onChange({ partners })} readOnly={readOnly} />
          <DatesField start={action.start} deadline={action.deadline} onCommit={(dates) => onChange(dates)} readOnly={readOnly} />
          <TextField label={t("action.resources")} value={action.resources} onCommit={(resources) => onChange({ resources })} maxLength={limits.field} multiline readOnly={readOnly} />
          <TextField label={t("action.indicator")} hint={t("action.indicatorHint")} value={action.indicator} onCommit={(indicator) => onChange({ indicator })} maxLength={limits.field} multiline readOnly={readOnly} />
          <StatusField status={action.status} onCommit={(status) => onChange({ status })} readOnly={readOnly} />
          <DependsOnField earlier={earlier} dependsOn={action.dependsOn} onCommit={(dependsOn) => onChange({ dependsOn })} readOnly={readOnly} />
        </div>
      </section>
    </li>
  );
}

function StatusField({ status, onCommit, readOnly }: { status: ActionStatus; onCommit(next: ActionStatus): void; readOnly: boolean }) {
  const t = useTranslations("chains");
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {t("action.status")}
      </label>
      <select id={id} value={status} disabled={readOnly} onChange={(e) => onCommit(e.target.value as ActionStatus)} className={inputClass}>
        {actionStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
