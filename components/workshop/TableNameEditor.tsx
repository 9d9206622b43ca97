"use client";
// A table's name with an inline rename: the button opens a text field, Enter saves, Escape
// cancels, and focus goes back to the button either way so keyboard users keep their place.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonSmall } from "./styles";

export const TABLE_NAME_MAX = 80; // same limit as the service's zod schema

interface Props {
  tableId: string;
  name: string;
  /** Resolves to an error sentence, or null when saved. */
  onRename: (name: string) => Promise<string | null>;
  children?: React.ReactNode; // further actions beside "rename"
}

export function TableNameEditor({ tableId, name, onRename, children }: Props) {
  const t = useTranslations("workshop.tables");
  const tc = useTranslations("common");
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const inputId = `table-name-${tableId}`;
  const errorId = `${inputId}-error`;

  // Set on close; the button exists again only after React has rendered the closed state.
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    renameButton.current?.focus();
  }, [editing]);

  function close() {
    refocus.current = true;
    setEditing(false);
    setError(null);
  }

  if (!editing) {
    return (
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 className="text-xl font-bold break-words">{name}</h4>
        <div className="flex flex-wrap gap-2">
          <button
            ref={renameButton}
            type="button"
            className={buttonSmall}
            onClick={() => {
              setDraft(name);
              setEditing(true);
            }}
          >
            <span aria-hidden="true">✎ </span>{t("rename")}
            <span className="sr-only">: {name}</span>
          </button>
          {children}
        </div>
      </div>
    );
  }

  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const trimmed = draft.trim();
        if (trimmed === "") return setError(t("nameRequired"));
        if (trimmed.length > TABLE_NAME_MAX) return setError(t("nameTooLong", { max: TABLE_NAME_MAX }));
        if (trimmed === name) return close();
        setBusy(true);
        const failure = await onRename(trimmed);
        setBusy(false);
        if (failure) setError(failure);
        else close();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={inputId} className="block font-semibold">
        {t("newName", { name })}
      </label>
      <input
        id={inputId}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : `${inputId}-hint`}
        className="mt-1 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-lg"
      />
      {error ? (
        <p id={errorId} role="alert" className="mt-1 font-medium text-red-800">{error}</p>
      ) : (
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-muted">{t("renameHint")}</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="submit" className={buttonSmall} disabled={busy}>{tc("save")}</button>
        <button type="button" className={buttonSmall} onClick={close}>{tc("cancel")}</button>
      </div>
    </form>
  );
}
