"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";
import type { Room } from "./useRoom";

/** Lets a participant fix a typo in their name or organisation without rejoining. */
export function ProfileEditor({ room, name, organisation }: { room: Room; name: string; organisation: string }) {
  const t = useTranslations("room");
  const [open, setOpen] = useState(false);
  const [displayName, setDisplayName] = useState(name);
  const [org, setOrg] = useState(organisation);
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => {
          setDisplayName(name);
          setOrg(organisation);
          setOpen(true);
        }}
        className="rounded-lg border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("changeName")}
      </button>
    );
  }
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-300 bg-white p-4"
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
    </form>
  );
}
