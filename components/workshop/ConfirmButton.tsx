"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";

interface Props {
  label: React.ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
  disabled?: boolean;
}

/**
 * A destructive action behind a modal dialog. The native <dialog> traps focus, closes on
 * Escape and returns focus to the button, which is what keyboard users need here.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, className, disabled }: Props) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="m-auto max-w-lg rounded-xl p-6 shadow-xl backdrop:bg-black/50">
        <p className="text-lg font-semibold">{question}</p>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <button type="button" autoFocus className="rounded-lg border-2 border-slate-500 px-4 py-2 font-semibold" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
          <button
            type="button"
            className="rounded-lg bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
