"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { RoomPhase } from "@/lib/contract/room";

/**
 * The current phase's title and prompt, big enough to read without leaning in. `compact` is
 * the participant's board page: title and prompt on two short lines, the prompt's rest behind
 * a "show all" button, so the board keeps the height of the screen.
 */
export function PhaseHeader({ phase, index, total, headingId, compact = false }: { phase: RoomPhase | null; index: number; total: number; headingId?: string; compact?: boolean }) {
  const t = useTranslations("room");
  if (phase && compact) return <CompactPhaseHeader phase={phase} index={index} total={total} headingId={headingId} />;
  if (!phase) {
    return (
      <div>
        <h1 id={headingId} tabIndex={-1} className="text-3xl font-bold">
          {t("lobbyTitle")}
        </h1>
        <p className="mt-2 text-xl text-muted">{t("lobbyText")}</p>
      </div>
    );
  }
  return (
    <div>
      <p className="text-lg font-semibold text-muted">{t("phaseOf", { number: index + 1, total })}</p>
      <h1 id={headingId} tabIndex={-1} className="text-3xl font-bold" data-testid="phase-title">
        {phase.title}
      </h1>
      {phase.prompt && <p className="mt-2 max-w-4xl whitespace-pre-line text-2xl leading-snug">{phase.prompt}</p>}
    </div>
  );
}

/**
 * Title and prompt on two lines. The prompt is cut to its first line when it does not fit, and
 * "Vis hele" opens it: measured, not guessed, so a short prompt never gets the button.
 */
function CompactPhaseHeader({ phase, index, total, headingId }: { phase: RoomPhase; index: number; total: number; headingId?: string }) {
  const t = useTranslations("room");
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  const prompt = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const el = prompt.current;
    if (!el || open) return;
    const measure = () => setCut(el.scrollWidth > el.clientWidth + 1 || phase.prompt.includes("\n"));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [phase.prompt, open]);
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <p className="text-base font-semibold text-muted">{t("phaseOf", { number: index + 1, total })}</p>
        <h1 id={headingId} tabIndex={-1} className="text-xl font-bold" data-testid="phase-title">
          {phase.title}
        </h1>
      </div>
      {phase.prompt && (
        <div className="flex items-start gap-2">
          <p ref={prompt} id="phase-prompt" data-testid="phase-prompt" className={`min-w-0 text-lg leading-snug ${open ? "whitespace-pre-line" : "truncate"}`}>
            {phase.prompt}
          </p>
          {(cut || open) && (
            <button
              type="button"
              aria-expanded={open}
              aria-controls="phase-prompt"
              onClick={() => setOpen((o) => !o)}
              className="shrink-0 rounded border-2 border-brand-700 px-2 text-base font-semibold text-brand-800 hover:bg-brand-50"
            >
              {open ? t("promptLess") : t("promptMore")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
