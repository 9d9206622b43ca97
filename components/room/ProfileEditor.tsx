"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";
import type { Room } from "./useRoom";

/**
 * The participant's own request to be forgotten (the privacy notice on the join page promises
 * it): their name goes from the list, their notes and the stored boards; ballots stay counted
 * without a name. Their cookie stops working, so the room then shows that they have left.
 */
function ForgetMe({ workshopId, onError }: { workshopId: string | null; onError: () => void }) {
  const t = useTranslations("room");
  if (!workshopId) return null;
  return (
    <button
      type="button"
      className="rounded-lg border-2 border-red-800 bg-white px-4 py-2 font-semibold text-red-900 hover:bg-red-50"
      onClick={async () => {
        if (!window.confirm(t("forgetMeConfirm"))) return;
        const res = await fetch(`/api/workshops/${workshopId}/participants/me/forget`, { method: "POST" }).catch(() => null);
        if (!res?.ok) onError();
      }}
    >
      {t("forgetMe")}
    </button>
  );
}

/** Lets a participant fix a typo in their name or organisation without rejoining. */
export function ProfileEditor({ room, name, organisation }: { room: Room; name: string; organisation: string }) {
  const t = useTranslations("room");
  const [open, setOpen] = useState(false);
  const [displayName, setDisplayName] = useState(name);
  const [org, setOrg] = useState(organisation);
  const [error, setError] = useState<string | null>(null);
  const toggle = (
    <button
      type="button"
      aria-expanded={open}
      onClick={() => {
        setDisplayName(name);
        setOrg(organisation);
        setOpen(!open);
      }}
      className="rounded-lg border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {t("changeName")}
    </button>
  );
  // A panel under the button, over the page, not in the header's flow: on a board page the
  // header is two compact lines and a form in it would push the board off the screen.
  return (
    <div className="relative">
      {toggle}
      {open && (
        <form
          className="absolute right-0 top-full z-30 mt-2 flex w-[min(92vw,36rem)] flex-wrap items-end gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-lg"
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
          onSubmit={async (event) => {
            event.preventDefault();
            const ack = await room.emit("profile:update", { displayName, organisation: org });
            if (ack.ok) {
              setOpen(false);
              setError(null);
            } else setError(ack.code === "invalidInput" ? t("profileInvalid") : t("actionFailed"));
          }}
        >
          <TextField label={t("yourName")} value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={60} required error={error} />
          <TextField label={t("yourOrganisation")} value={org} onChange={(e) => setOrg(e.target.value)} maxLength={120} required />
          <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("saveProfile")}
          </button>
          <button type="button" onClick={() => setOpen(false)} className="rounded-lg border-2 border-slate-500 bg-white px-4 py-2 font-semibold">
            {t("cancel")}
          </button>
          <ForgetMe workshopId={room.state?.workshopId ?? null} onError={() => setError(t("actionFailed"))} />
        </form>
      )}
    </div>
  );
}
